import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from './course.server';
import { loadQuizBank, MIN_QUESTIONS_PER_LESSON } from './quiz.server';
import { loadSeedHeadings } from './seed.server';
import type { TocEntry } from './types';

const seed = ['What is Docker?', 'Docker on an OS'];
const lessonMdx = (covers: string) =>
  `---\ntitle: A lesson\nsummary: One line.\ncovers: ["${covers}"]\nobjectives: ["Do a thing"]\nminutes: 5\n---\n\n## Images and containers\n`;

function question(id: string, extra: Partial<Record<'refs' | 'kind' | 'question' | 'difficulty' | 'exams', string>> = {}) {
  return `- id: ${id}
  kind: ${extra.kind ?? 'single'}
  difficulty: ${extra.difficulty ?? '1'}
  question: ${extra.question ?? 'Which one?'}
  options:
    - text: Right
      correct: true
      why: Because.
    - text: Wrong
      ${extra.kind === 'multiple' ? 'correct: true\n      ' : ''}why: Because not.
    - text: Also wrong
      why: Nope.
  refs: ${extra.refs ?? '["#images-and-containers"]'}
${extra.exams ?? '  exams: ["SAA-C03/resilient"]'}
`;
}
const quiz = (prefix: string, n = MIN_QUESTIONS_PER_LESSON) =>
  Array.from({ length: n }, (_, i) => question(`${prefix}-${i + 1}`)).join('\n');

function makeCourse(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'stevedore-quiz-'));
  files['01-d/module.yaml'] = 'title: Docker\nsummary: Basics.\n';
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return loadCourse({ contentDir: dir, seedHeadings: seed });
}

const toc = (): TocEntry[] => [
  { id: 'images-and-containers', text: 'Images and containers', depth: 2 },
  { id: 'key-takeaways', text: 'Key takeaways', depth: 2 },
];

async function errorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('quiz bank loader', () => {
  it('builds the bank: lesson and module on each question, "(Choose two.)" moved out of the stem, ref titles', async () => {
    const course = makeCourse({
      '01-d/01-a/lesson.mdx': lessonMdx('What is Docker?'),
      '01-d/01-a/quiz.yaml': `${quiz('a', 7)}\n${question('a-multi', { kind: 'multiple', question: 'Which two? (Choose two.)' })}`,
    });
    const bank = await loadQuizBank(course, toc);
    expect(bank.questions).toHaveLength(8);
    const multi = bank.questions.find((q) => q.id === 'a-multi');
    expect(multi).toMatchObject({ lesson: 'a', module: 'd', kind: 'multiple', question: 'Which two?', refs: ['images-and-containers'] });
    expect(bank.lessons).toEqual([
      { slug: 'a', title: 'A lesson', module: 'd', sections: { 'images-and-containers': 'Images and containers' } },
    ]);
    expect(bank.modules).toEqual([{ slug: 'd', title: 'Docker', order: 1 }]);
  });

  it('fails when a lesson has no quiz.yaml, naming the file', async () => {
    const course = makeCourse({ '01-d/01-a/lesson.mdx': lessonMdx('What is Docker?') });
    expect(await errorOf(loadQuizBank(course, toc))).toMatch(/01-d\/01-a\/quiz\.yaml: missing: every lesson needs a quiz\.yaml/);
  });

  it('fails with fewer than 8 questions, naming the file', async () => {
    const course = makeCourse({ '01-d/01-a/lesson.mdx': lessonMdx('What is Docker?'), '01-d/01-a/quiz.yaml': quiz('a', 7) });
    expect(await errorOf(loadQuizBank(course, toc))).toMatch(/01-a\/quiz\.yaml:1: has 7 questions; a lesson needs at least 8/);
  });

  it('fails on an id used twice in the course, pointing at both places', async () => {
    const course = makeCourse({
      '01-d/01-a/lesson.mdx': lessonMdx('What is Docker?'),
      '01-d/01-a/quiz.yaml': quiz('a'),
      '01-d/02-b/lesson.mdx': lessonMdx('Docker on an OS'),
      '01-d/02-b/quiz.yaml': `${quiz('b', 8)}\n${question('a-3')}`,
    });
    const message = await errorOf(loadQuizBank(course, toc));
    // Each question takes 15 lines: a-3 starts line 31 of a's file; the 9th question of b's starts line 121.
    expect(message).toMatch(/02-b\/quiz\.yaml:121 \[8\]\.id: "a-3" is also used by .*01-a\/quiz\.yaml:31; question ids are stable keys/);
  });

  it('fails on a ref that is not a heading of the lesson, with the line and a hint', async () => {
    const course = makeCourse({
      '01-d/01-a/lesson.mdx': lessonMdx('What is Docker?'),
      '01-d/01-a/quiz.yaml': `${question('a-0', { refs: '\n    - "#key-takeaways"\n    - "#images"' })}\n${quiz('a')}`,
    });
    const message = await errorOf(loadQuizBank(course, toc));
    expect(message).toMatch(
      /01-a\/quiz\.yaml:15 \[0\]\.refs\[1\]: "#images" is not a ## or ### heading of lesson\.mdx \(did you mean "#images-and-containers"\?\)/,
    );
  });

  it('fails on a "Choose N" that disagrees with the answer key, and reports schema errors with lines', async () => {
    const course = makeCourse({
      '01-d/01-a/lesson.mdx': lessonMdx('What is Docker?'),
      '01-d/01-a/quiz.yaml': `${question('a-0', { kind: 'multiple', question: 'Pick them. (Choose three.)' })}\n${quiz('a')}`,
      '01-d/02-b/lesson.mdx': lessonMdx('Docker on an OS'),
      '01-d/02-b/quiz.yaml': `${question('b-0', { difficulty: '4' })}\n${quiz('b')}`,
    });
    const message = await errorOf(loadQuizBank(course, toc));
    expect(message).toMatch(/01-a\/quiz\.yaml:4 \[0\]\.question: says "Choose three" but 2 options are correct/);
    expect(message).toMatch(/02-b\/quiz\.yaml:3 \[0\]\.difficulty: must be 1 \(recall\), 2 \(apply\) or 3 \(analyse\)/);
  });

  it('carries each question’s exam tags into the bank', async () => {
    const course = makeCourse({
      '01-d/01-a/lesson.mdx': lessonMdx('What is Docker?'),
      '01-d/01-a/quiz.yaml': `${question('a-0', { exams: '  exams: ["SAA-C03/secure", "DOP-C02/sdlc"]' })}\n${quiz('a')}`,
    });
    const bank = await loadQuizBank(course, toc);
    expect(bank.questions.find((q) => q.id === 'a-0')?.exams).toEqual(['SAA-C03/secure', 'DOP-C02/sdlc']);
  });

  it('requires exam tags, naming the file, line and field of a missing, empty, unknown or repeated one', async () => {
    const course = makeCourse({
      '01-d/01-a/lesson.mdx': lessonMdx('What is Docker?'),
      '01-d/01-a/quiz.yaml': [
        question('a-0', { exams: '' }),
        question('a-1', { exams: '  exams: []' }),
        question('a-2', { exams: '  exams: ["SAA-C03/resilient", "SAA-C03/resillient"]' }),
        question('a-3', { exams: '  exams: ["SOA-C02/monitoring"]' }),
        question('a-4', { exams: '  exams: ["DVA-C02/security", "DVA-C02/security"]' }),
        quiz('a'),
      ].join('\n'),
    });
    const message = await errorOf(loadQuizBank(course, toc));
    // A missing key points at its question (line 1); each later question starts 15 lines on.
    expect(message).toMatch(
      /01-a\/quiz\.yaml:1 \[0\]\.exams: missing: list the exam domains the question serves, e\.g\. exams: \["SAA-C03\/resilient"\]/,
    );
    expect(message).toMatch(/01-a\/quiz\.yaml:29 \[1\]\.exams: name at least one exam domain/);
    expect(message).toMatch(
      /01-a\/quiz\.yaml:44 \[2\]\.exams\[1\]: unknown domain "resillient" of SAA-C03; use one of SAA-C03\/secure, SAA-C03\/resilient, /,
    );
    expect(message).toMatch(
      /01-a\/quiz\.yaml:59 \[3\]\.exams\[0\]: unknown exam domain "SOA-C02\/monitoring": write EXAM\/domain with EXAM one of SAA-C03, DVA-C02, SOA-C03, DOP-C02/,
    );
    expect(message).toMatch(/01-a\/quiz\.yaml:74 \[4\]\.exams: names an exam domain twice/);
  });
});

describe('the quizzes in content/', () => {
  it('load against the compiled lessons, at least 8 per lesson', async () => {
    const { compileMdx } = await import('./mdx.server');
    const course = loadCourse({ contentDir: path.join(process.cwd(), 'content'), seedHeadings: loadSeedHeadings().headings });
    const bank = await loadQuizBank(course, async (lesson) => (await compileMdx(lesson)).toc);
    for (const lesson of course.lessons) expect(bank.questions.filter((q) => q.lesson === lesson.slug).length).toBeGreaterThanOrEqual(8);
  }, 60_000);
});
