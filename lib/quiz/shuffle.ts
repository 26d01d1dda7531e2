import { hashSeed, mulberry32 } from './prng';

/** Fisher–Yates with a seeded PRNG: the same seed always gives the same permutation. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The display order of a question's options in an attempt: a permutation of canonical indexes.
 * Seeded by the attempt seed and the question id, so each question shuffles differently but
 * reproducibly — a stored attempt re-renders exactly as the learner saw it.
 */
export function optionOrder(optionCount: number, attemptSeed: number, questionId: string): number[] {
  return seededShuffle(
    Array.from({ length: optionCount }, (_, i) => i),
    hashSeed(attemptSeed, questionId),
  );
}
