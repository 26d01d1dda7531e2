'use client';
import { appStore } from '@/lib/store';

export interface AnsweredQuestion {
  id: string;
  ok: boolean;
}

/**
 * Records answers (any mode) in the store: each one goes into the history and schedules its
 * review card. ts-fsrs is imported on demand, so it is never part of a page's first load — a
 * lesson's "Check yourself" only fetches it when the learner answers.
 */
export async function recordAnswers(
  answers: readonly AnsweredQuestion[],
  options?: { undoable?: boolean },
  now = Date.now(),
): Promise<number> {
  if (answers.length === 0) return now;
  const { reviewCard } = await import('./review-schedule');
  const { quiz, recordReviews } = appStore.getState();
  recordReviews(
    answers.map((a) => ({ id: a.id, ok: a.ok, at: now, card: reviewCard(quiz.cards[a.id], a.ok, now) })),
    options,
  );
  return now;
}
