import { describe, expect, it } from 'vitest';
import { checkContent } from './check-content';

describe('the course in content/', async () => {
  const report = await checkContent();

  it('passes every content check: coverage, lesson sections, diagrams, quizzes, glossary', () => {
    expect(report.problems).toEqual([]);
  });

  it('teaches all 26 seed headings, each exactly once', () => {
    expect(report.course?.uncovered).toEqual([]);
    const covers = report.course?.lessons.flatMap((l) => l.frontmatter.covers) ?? [];
    expect(covers).toHaveLength(26);
    expect(new Set(covers).size).toBe(26);
  });

  it('has a glossary of at least 60 terms and at least 8 questions per lesson on average', () => {
    expect(report.glossaryTerms).toBeGreaterThanOrEqual(60);
    expect(report.questions).toBeGreaterThanOrEqual(8 * (report.course?.lessons.length ?? 0));
  });
});
