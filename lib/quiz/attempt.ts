import type { Attempt } from '@/lib/store/quiz-state-schema';
import type { IndexedBank } from './bank';
import { isCorrect } from './scoring';

export type Mode = Attempt['mode'];

/** A new attempt: ids, a seed for the option order, empty answers. */
export function createAttempt(options: { mode: Mode; questions: string[]; seed: number; now: number; limitMs: number | null }): Attempt {
  return {
    id: `${options.mode}-${options.now.toString(36)}`,
    mode: options.mode,
    seed: options.seed >>> 0,
    startedAt: options.now,
    finishedAt: null,
    limitMs: options.mode === 'exam' ? options.limitMs : null,
    questions: options.questions,
    answers: options.questions.map(() => null),
    flagged: [],
    current: 0,
  };
}

/** The answered questions of an attempt as review entries (unanswered ones are not reviews). */
export function answeredOf(index: IndexedBank, attempt: Pick<Attempt, 'questions' | 'answers'>) {
  return attempt.questions.flatMap((id, i) => {
    const question = index.questions.get(id);
    const answer = attempt.answers[i] ?? null;
    return question && answer && answer.length > 0 ? [{ id, ok: isCorrect(question, answer) }] : [];
  });
}

export interface NavigatorItem {
  position: number;
  answered: boolean;
  flagged: boolean;
}

/** What the exam navigator shows for each question, and the totals under it. */
export function navigatorState(attempt: Pick<Attempt, 'questions' | 'answers' | 'flagged'>) {
  const flagged = new Set(attempt.flagged);
  const items: NavigatorItem[] = attempt.questions.map((_, position) => ({
    position,
    answered: Boolean(attempt.answers[position]?.length),
    flagged: flagged.has(position),
  }));
  const answered = items.filter((i) => i.answered).length;
  return { items, answered, unanswered: items.length - answered, flagged: flagged.size };
}

/** Whether the exam ended because time ran out (for the results page). */
export function ranOutOfTime(attempt: Pick<Attempt, 'startedAt' | 'finishedAt' | 'limitMs'>): boolean {
  return attempt.limitMs !== null && attempt.finishedAt !== null && attempt.finishedAt >= attempt.startedAt + attempt.limitMs;
}
