import type { QuizState } from './quiz-state-schema';

/** Caps that keep stored quiz data small; the oldest finished attempts and answers go first. */
export const MAX_ATTEMPTS = 20;
export const MAX_HISTORY = 1000;
export const MAX_QUESTIONS_PER_ATTEMPT = 200;
/** The longest exam the practice page sets (its time limit field); a stored limit beyond it is refused. */
export const MAX_EXAM_MINUTES = 600;
/** Review cards: one per question answered; far more than the bank will ever hold. */
export const MAX_CARDS = 5000;
/** Ids (questions, lessons, attempts) are short; anything longer is not ours. */
export const MAX_ID_LENGTH = 200;

/** Zod-free, so the store (in every page's bundle) can start empty without loading the validator. */
export const emptyQuizState = (): QuizState => ({ attempts: [], cards: {}, history: [] });
