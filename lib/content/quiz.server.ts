import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BankLesson, BankQuestion, QuizBank } from '@/lib/quiz/bank';
import { type Course, type Lesson } from './course.server';
import { ContentError, ContentErrors, type ContentProblem } from './errors';
import { quizFileSchema, type Question } from './quiz-schema';
import type { TocEntry } from './types';
import { parseYamlWith, yamlLineFinder } from './yaml-source';

/** CONTENT.md: "At least 8 questions per lesson". Fewer fails the build. */
export const MIN_QUESTIONS_PER_LESSON = 8;

const NUMBER_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
/** "(Choose two.)" at the end of a stem: the UI prints it from the answer key, so it is stripped. */
const CHOOSE_SUFFIX = /\s*\(?\s*choose (two|three|four|five|\d)\.?\s*\)?\s*$/i;

/** How a lesson's table of contents is found: the MDX compiler in the build, a fake in tests. */
export type TocLookup = (lesson: Lesson) => Promise<readonly TocEntry[]> | readonly TocEntry[];

/**
 * Loads every lesson's quiz.yaml into the bank: zod shape (via parseYamlWith), at least
 * MIN_QUESTIONS_PER_LESSON questions, ids unique across the course, every ref an h2/h3 anchor of
 * its lesson, and a "(Choose N.)" that matches the answer key. Every problem in every file is
 * collected before failing, each naming the file, the line and the field.
 */
export async function loadQuizBank(course: Course, tocOf: TocLookup): Promise<QuizBank> {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const errors: ContentError[] = [];
  const questions: BankQuestion[] = [];
  const lessons: BankLesson[] = [];
  const firstUse = new Map<string, string>();

  for (const lesson of course.lessons) {
    const file = rel(path.join(lesson.dir, 'quiz.yaml'));
    const absolute = path.join(lesson.dir, 'quiz.yaml');
    if (!existsSync(absolute)) {
      errors.push(
        new ContentError(file, [
          {
            field: '',
            message: `missing: every lesson needs a quiz.yaml beside its lesson.mdx with at least ${MIN_QUESTIONS_PER_LESSON} questions (see CONTENT.md, "A quiz")`,
          },
        ]),
      );
      continue;
    }
    const text = readFileSync(absolute, 'utf8');
    let quiz: Question[];
    try {
      quiz = parseYamlWith(quizFileSchema, text, file);
    } catch (error) {
      errors.push(error instanceof ContentError ? error : new ContentError(file, [{ field: '', message: String(error) }]));
      continue;
    }
    const lineOf = yamlLineFinder(text);
    const anchors = new Map((await tocOf(lesson)).map((entry) => [entry.id, entry.text]));
    const problems: ContentProblem[] = [];
    if (quiz.length < MIN_QUESTIONS_PER_LESSON) {
      problems.push({
        field: '',
        line: 1,
        message: `has ${quiz.length} question${quiz.length === 1 ? '' : 's'}; a lesson needs at least ${MIN_QUESTIONS_PER_LESSON}, spread over the three difficulties`,
      });
    }
    const sections: Record<string, string> = {};
    quiz.forEach((q, i) => {
      const where = `${file}:${lineOf([i, 'id']) ?? '?'}`;
      const other = firstUse.get(q.id);
      if (other)
        problems.push({
          field: `[${i}].id`,
          line: lineOf([i, 'id']),
          message: `"${q.id}" is also used by ${other}; question ids are stable keys and must be unique across the course`,
        });
      else firstUse.set(q.id, where);

      q.refs.forEach((ref, r) => {
        const id = ref.slice(1);
        const heading = anchors.get(id);
        if (heading === undefined) {
          problems.push({
            field: `[${i}].refs[${r}]`,
            line: lineOf([i, 'refs', r]),
            message: `"${ref}" is not a ## or ### heading of ${path.basename(lesson.file)}${hintFor(id, [...anchors.keys()])}`,
          });
        } else sections[id] = heading;
      });

      const stated = CHOOSE_SUFFIX.exec(q.question.trim());
      const correct = q.options.filter((o) => o.correct).length;
      if (stated) {
        const n = NUMBER_WORDS[stated[1]!.toLowerCase()] ?? Number(stated[1]);
        if (q.kind !== 'multiple' || n !== correct) {
          problems.push({
            field: `[${i}].question`,
            line: lineOf([i, 'question']),
            message: `says "Choose ${stated[1]}" but ${q.kind === 'multiple' ? `${correct} options are correct` : 'it is a single-answer question'}`,
          });
        }
      }
      questions.push({
        id: q.id,
        lesson: lesson.slug,
        module: lesson.moduleSlug,
        kind: q.kind,
        difficulty: q.difficulty,
        question: q.question.trim().replace(CHOOSE_SUFFIX, ''),
        options: q.options.map((o) => ({ text: o.text, correct: o.correct, why: o.why })),
        refs: q.refs.map((ref) => ref.slice(1)),
        exams: q.exams,
      });
    });
    if (problems.length > 0) errors.push(new ContentError(file, problems));
    lessons.push({ slug: lesson.slug, title: lesson.title, module: lesson.moduleSlug, sections });
  }

  if (errors.length > 0) throw new ContentErrors('Content', errors);
  return {
    modules: course.modules.map((m) => ({ slug: m.slug, title: m.title, order: m.order })),
    lessons,
    questions,
  };
}

function hintFor(id: string, anchors: readonly string[]): string {
  const close = anchors.find((a) => a.includes(id) || id.includes(a));
  if (close) return ` (did you mean "#${close}"?)`;
  return anchors.length > 0
    ? ` (anchors: ${anchors
        .slice(0, 8)
        .map((a) => `#${a}`)
        .join(', ')}${anchors.length > 8 ? ', …' : ''})`
    : '';
}
