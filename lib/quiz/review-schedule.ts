import { createEmptyCard, fsrs, Rating, type Card, type State } from 'ts-fsrs';

/**
 * Spaced review with FSRS (ts-fsrs). A miss comes back after one 10-minute step; a first right
 * answer graduates straight to a review in about two days, and each later success waits longer.
 * One learning step rather than ts-fsrs's default two keeps a right answer from returning
 * ten minutes later, which would flood the queue after every exam.
 */
const scheduler = fsrs({ learning_steps: ['10m'], relearning_steps: ['10m'], enable_fuzz: true });

/** A card as stored: dates as epoch milliseconds, the fields ts-fsrs needs to continue. */
export interface StoredCard {
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  lastReview: number | null;
}

/** Four decimals are plenty for FSRS memory state and keep the stored JSON short. */
const round = (n: number) => Math.round(n * 10_000) / 10_000;

export function toStored(card: Card): StoredCard {
  return {
    due: card.due.getTime(),
    stability: round(card.stability),
    difficulty: round(card.difficulty),
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

export function fromStored(card: StoredCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: 0,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    last_review: card.lastReview === null ? undefined : new Date(card.lastReview),
  };
}

/** Schedules a card after an answer: wrong → Again, right → Good. A first answer creates the card. */
export function reviewCard(previous: StoredCard | undefined, correct: boolean, now: number): StoredCard {
  const at = new Date(now);
  const card = previous ? fromStored(previous) : createEmptyCard(at);
  return toStored(scheduler.next(card, at, correct ? Rating.Good : Rating.Again).card);
}
