import type { Attempt } from '@/lib/store/quiz-state-schema';
import { defaultExamMinutes } from './timer';
import type { IndexedBank } from './bank';
import { isCorrect } from './scoring';

export type Mode = Attempt['mode'];

/** A new attempt: ids, a seed for the option order, empty answers; `exam` for an exam preset. */
export function createAttempt(options: {
  mode: Mode;
  questions: string[];
  seed: number;
  now: number;
  limitMs: number | null;
  exam?: string;
}): Attempt {
  return {
    ...(options.mode === 'exam' && options.exam ? { exam: options.exam } : {}),
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

/**
 * An ended exam's questions as review entries. An unanswered question counts as a miss, as in the
 * score: a question skipped for lack of time is exactly one to see again soon.
 */
export function reviewsOf(index: IndexedBank, attempt: Pick<Attempt, 'questions' | 'answers'>) {
  return attempt.questions.flatMap((id, i) => {
    const question = index.questions.get(id);
    return question ? [{ id, ok: isCorrect(question, attempt.answers[i] ?? null) }] : [];
  });
}

export type FollowUp = 'missed' | 'flagged';

/** The question ids a follow-up takes from a finished attempt: those not answered right, or those flagged. */
export function followUpQuestions(
  index: IndexedBank,
  attempt: Pick<Attempt, 'questions' | 'answers' | 'flagged'>,
  which: FollowUp,
): string[] {
  const ids = attempt.questions.filter((id, i) => {
    const question = index.questions.get(id);
    if (!question) return false;
    return which === 'flagged' ? attempt.flagged.includes(i) : !isCorrect(question, attempt.answers[i] ?? null);
  });
  return [...new Set(ids)];
}

/**
 * "Retake missed" (the same mode; an exam gets the default time for its length) and "Review
 * flagged" (practice mode: explanations after each question). Null when there is nothing to take.
 */
export function createFollowUp(
  index: IndexedBank,
  source: Attempt,
  which: FollowUp,
  options: { seed: number; now: number },
): Attempt | null {
  const questions = followUpQuestions(index, source, which);
  if (questions.length === 0) return null;
  const mode: Mode = which === 'missed' ? source.mode : 'practice';
  return createAttempt({
    mode,
    questions,
    seed: options.seed,
    now: options.now,
    limitMs: mode === 'exam' ? defaultExamMinutes(questions.length) * 60_000 : null,
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

/** How an attempt is named on screen: "Practice", "Exam", or "SAA-C03 preset exam". */
export function attemptTitle(attempt: Pick<Attempt, 'mode' | 'exam'>): string {
  if (attempt.mode === 'practice') return 'Practice';
  return attempt.exam ? `${attempt.exam} preset exam` : 'Exam';
}

/** Whether the exam ended because time ran out (for the results page). */
export function ranOutOfTime(attempt: Pick<Attempt, 'startedAt' | 'finishedAt' | 'limitMs'>): boolean {
  return attempt.limitMs !== null && attempt.finishedAt !== null && attempt.finishedAt >= attempt.startedAt + attempt.limitMs;
}
