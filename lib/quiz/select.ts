import type { BankQuestion, Difficulty } from './bank';
import { seededShuffle } from './shuffle';

/**
 * The lesson's "Check yourself" set: up to `max` questions taken round-robin over the
 * difficulties (1, 2, 3, 1, 2, …) in file order, so the set is deterministic and mixes recall
 * with application rather than being the first five written.
 */
export function pickCheckYourself<Q extends Pick<BankQuestion, 'difficulty'>>(questions: readonly Q[], max = 5): Q[] {
  const byDifficulty = ([1, 2, 3] as const).map((d) => questions.filter((q) => q.difficulty === d));
  const picked: Q[] = [];
  for (let round = 0; picked.length < max && byDifficulty.some((list) => list.length > round); round++) {
    for (const list of byDifficulty) {
      const q = list[round];
      if (q && picked.length < max) picked.push(q);
    }
  }
  return picked;
}

/** Which questions by the learner's own record: every one, those last answered wrong, those never answered. */
export type HistoryFilter = 'all' | 'wrong' | 'new';

export interface PracticeFilter {
  lessons: ReadonlySet<string>;
  difficulties: ReadonlySet<Difficulty>;
  history?: HistoryFilter;
  /** Question id → whether its latest answer was right (lastResults); needed unless history is 'all'. */
  results?: ReadonlyMap<string, boolean>;
}

/** Each answered question's latest result, from the answer history (oldest first). */
export function lastResults(history: readonly { q: string; ok: boolean }[]): Map<string, boolean> {
  const results = new Map<string, boolean>();
  for (const record of history) results.set(record.q, record.ok);
  return results;
}

function matchesHistory(id: string, filter: PracticeFilter): boolean {
  const last = filter.results?.get(id);
  if (filter.history === 'wrong') return last === false;
  if (filter.history === 'new') return last === undefined;
  return true;
}

export function matchingQuestions(questions: readonly BankQuestion[], filter: PracticeFilter): BankQuestion[] {
  return questions.filter((q) => filter.lessons.has(q.lesson) && filter.difficulties.has(q.difficulty) && matchesHistory(q.id, filter));
}

/** The questions of a session: the matching ones in a seeded order, the first `count` of them. */
export function buildSession(questions: readonly BankQuestion[], filter: PracticeFilter, count: number, seed: number): string[] {
  return seededShuffle(
    matchingQuestions(questions, filter).map((q) => q.id),
    seed,
  ).slice(0, Math.max(0, count));
}
