import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossReference, keyLengthStats } from '@/lib/quiz/bank-audit';
import { EXAMS } from '@/lib/quiz/exams';
import { headingToc } from './check-content';
import { loadCourse } from './course.server';
import { loadQuizBank } from './quiz.server';
import { loadSeedHeadings } from './seed.server';

/** The whole bank in content/, loaded and validated as the build loads it (headings from the MDX source, as check:content does). */
describe('the question bank measures knowledge, not test-taking', async () => {
  const course = loadCourse({ contentDir: path.join(process.cwd(), 'content'), seedHeadings: loadSeedHeadings().headings });
  const bank = await loadQuizBank(course, (lesson) => headingToc(lesson.body));

  it('"always pick the longest option" is right in at most 30% of single-answer questions', () => {
    const stats = keyLengthStats(bank.questions);
    expect(stats.single).toBeGreaterThan(200);
    const measured = `the key is the longest option in ${stats.keyLongest} of ${stats.single} (${(stats.share * 100).toFixed(1)}%)`;
    expect(stats.share, measured).toBeLessThanOrEqual(0.3);
  });

  it('no key is more than 1.6 times as long as its longest distractor', () => {
    const tooLong = keyLengthStats(bank.questions).ratios.filter((r) => r.ratio > 1.6);
    expect(tooLong.map((r) => `${r.id} (${r.ratio.toFixed(2)}×)`)).toEqual([]);
  });

  it('no question leans on another question’s scenario', () => {
    const leaning = bank.questions.flatMap((q) => {
      const phrase = crossReference(q);
      return phrase ? [`${q.id}: "${phrase}"`] : [];
    });
    expect(leaning).toEqual([]);
  });

  it('every domain of every exam has questions to draw, so each preset can follow the weights', () => {
    const empty = EXAMS.flatMap((exam) =>
      exam.domains
        .filter((d) => !bank.questions.some((q) => q.exams.includes(`${exam.code}/${d.key}`)))
        .map((d) => `${exam.code}/${d.key}`),
    );
    expect(empty).toEqual([]);
  });
});
