import type { QuizState } from './quiz-state-schema';

/** Caps that keep stored quiz data small; the oldest finished attempts and answers go first. */
export const MAX_ATTEMPTS = 20;
export const MAX_HISTORY = 1000;
export const MAX_QUESTIONS_PER_ATTEMPT = 200;

/** Zod-free, so the store (in every page's bundle) can start empty without loading the validator. */
export const emptyQuizState = (): QuizState => ({ attempts: [], cards: {}, history: [] });
