import type { StateCreator } from 'zustand';
import type { StoredCard } from '@/lib/quiz/review-schedule';
import type { Attempt, QuizState } from './quiz-state-schema';
import { emptyQuizState, MAX_ATTEMPTS, MAX_HISTORY } from './quiz-state';
import type { AppState } from './store';

/** One answer to record: the card is already scheduled (ts-fsrs loads lazily, never with the store). */
export interface ReviewEntry {
  id: string;
  ok: boolean;
  at: number;
  card: StoredCard;
}

/** Enough to take back the last review on /review/. Session only: never persisted. */
interface ReviewUndo {
  id: string;
  at: number;
  previous: StoredCard | null;
}

export interface QuizSlice {
  quiz: QuizState;
  reviewUndo: ReviewUndo | null;
  startAttempt: (attempt: Attempt) => void;
  answerQuestion: (attemptId: string, position: number, answer: number[] | null) => void;
  toggleFlag: (attemptId: string, position: number) => void;
  goToQuestion: (attemptId: string, position: number) => void;
  finishAttempt: (attemptId: string, at: number) => void;
  discardAttempt: (attemptId: string) => void;
  /** Adds answers to the history and replaces their cards; `undoable` keeps the previous card for undo. */
  recordReviews: (entries: readonly ReviewEntry[], options?: { undoable?: boolean }) => void;
  undoLastReview: () => void;
  resetQuiz: () => void;
}

/**
 * Starting an attempt ends any other unfinished one (an empty one is dropped), then keeps the
 * newest MAX_ATTEMPTS. Ended attempts keep their answers but are not scored into review cards.
 */
function withNewAttempt(attempts: readonly Attempt[], attempt: Attempt): Attempt[] {
  const ended = attempts
    .filter((a) => a.finishedAt !== null || a.answers.some((answer) => answer !== null))
    .map((a) => (a.finishedAt === null ? { ...a, finishedAt: attempt.startedAt } : a));
  return [...ended, attempt].slice(-MAX_ATTEMPTS);
}

export const createQuizSlice: StateCreator<AppState, [], [], QuizSlice> = (set) => {
  const updateAttempt = (attemptId: string, change: (a: Attempt) => Attempt) =>
    set((s) => ({ quiz: { ...s.quiz, attempts: s.quiz.attempts.map((a) => (a.id === attemptId ? change(a) : a)) } }));

  return {
    quiz: emptyQuizState(),
    reviewUndo: null,
    startAttempt: (attempt) => set((s) => ({ quiz: { ...s.quiz, attempts: withNewAttempt(s.quiz.attempts, attempt) } })),
    answerQuestion: (attemptId, position, answer) =>
      updateAttempt(attemptId, (a) =>
        a.finishedAt !== null ? a : { ...a, answers: a.questions.map((_, i) => (i === position ? answer : (a.answers[i] ?? null))) },
      ),
    toggleFlag: (attemptId, position) =>
      updateAttempt(attemptId, (a) => ({
        ...a,
        flagged: a.flagged.includes(position) ? a.flagged.filter((p) => p !== position) : [...a.flagged, position].sort((x, y) => x - y),
      })),
    goToQuestion: (attemptId, position) =>
      updateAttempt(attemptId, (a) => ({ ...a, current: Math.max(0, Math.min(a.questions.length - 1, position)) })),
    finishAttempt: (attemptId, at) => updateAttempt(attemptId, (a) => (a.finishedAt !== null ? a : { ...a, finishedAt: at })),
    discardAttempt: (attemptId) => set((s) => ({ quiz: { ...s.quiz, attempts: s.quiz.attempts.filter((a) => a.id !== attemptId) } })),
    recordReviews: (entries, options) =>
      set((s) => {
        if (entries.length === 0) return {};
        const last = entries[entries.length - 1]!;
        const cards = { ...s.quiz.cards };
        for (const e of entries) cards[e.id] = e.card;
        const history = [...s.quiz.history, ...entries.map((e) => ({ q: e.id, ok: e.ok, at: e.at }))].slice(-MAX_HISTORY);
        return {
          quiz: { ...s.quiz, cards, history },
          reviewUndo: options?.undoable ? { id: last.id, at: last.at, previous: s.quiz.cards[last.id] ?? null } : s.reviewUndo,
        };
      }),
    undoLastReview: () =>
      set((s) => {
        const undo = s.reviewUndo;
        if (!undo) return {};
        const cards = { ...s.quiz.cards };
        if (undo.previous) cards[undo.id] = undo.previous;
        else delete cards[undo.id];
        const last = s.quiz.history[s.quiz.history.length - 1];
        const history = last && last.q === undo.id && last.at === undo.at ? s.quiz.history.slice(0, -1) : s.quiz.history;
        return { quiz: { ...s.quiz, cards, history }, reviewUndo: null };
      }),
    resetQuiz: () => set({ quiz: emptyQuizState(), reviewUndo: null }),
  };
};
