'use client';
import { useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { BankQuestion } from '@/lib/quiz/bank';
import { answerHint, isAnswerReady, isCorrect, toggleOption, type Answer } from '@/lib/quiz/scoring';
import { optionOrder } from '@/lib/quiz/shuffle';
import { useAnswerKeys } from './useAnswerKeys';

export interface QuestionAttemptOptions {
  question: BankQuestion | undefined;
  /**
   * What is on screen: a question in a particular sitting (attempt position, review turn). The
   * draft answer starts empty whenever it changes.
   */
  turn: string;
  /**
   * Seeds the option order. Read once per turn by the caller and passed unchanged while the
   * question is on screen: checking an answer must never move the options under the cursor.
   */
  seed: number;
  /** An answer checked earlier and kept elsewhere (a practice attempt in the store): shown checked. */
  checkedAnswer?: Answer;
  /** The answer was complete and has been checked: record it. */
  onCheck: (answer: number[], correct: boolean) => void;
  /** Enter after checking: the flow's next step, if it has one. */
  onNext?: () => void;
  /** Keys act inside this element only (several questions on one page); the whole page otherwise. */
  scope?: RefObject<HTMLElement | null>;
  keysEnabled?: boolean;
}

interface Draft {
  turn: string;
  answer: number[] | null;
  checked: boolean;
  hint: string;
}

/**
 * One question flow for Check yourself, practice and review: the draft answer, keys 1–9 and Enter,
 * "choose first" hints, checking, focus on the verdict, trying again. Exam mode keeps its answers in
 * the attempt instead (nothing is checked until the end). A new question type changes this hook,
 * QuestionCard and lib/quiz/scoring.ts; the flows stay as they are.
 */
export function useQuestionAttempt({
  question,
  turn,
  seed,
  checkedAnswer,
  onCheck,
  onNext,
  scope,
  keysEnabled = true,
}: QuestionAttemptOptions) {
  const [state, setState] = useState<Draft>({ turn, answer: null, checked: false, hint: '' });
  const draft: Draft = state.turn === turn ? state : { turn, answer: null, checked: false, hint: '' };
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const optionCount = question?.options.length ?? 0;
  const questionId = question?.id ?? '';
  const order = useMemo(() => optionOrder(optionCount, seed, questionId), [optionCount, seed, questionId]);

  const checked = (checkedAnswer !== undefined && checkedAnswer !== null) || draft.checked;
  const answer = checkedAnswer ?? draft.answer;
  const correct = checked && question ? isCorrect(question, answer) : null;

  function choose(next: number[]) {
    if (!checked) setState({ ...draft, answer: next, hint: '' });
  }

  function check() {
    if (!question || checked) return;
    if (!isAnswerReady(question, answer)) {
      setState({ ...draft, hint: answerHint(question) });
      return;
    }
    const chosen = [...answer!];
    setState({ ...draft, answer: chosen, checked: true, hint: '' });
    onCheck(chosen, isCorrect(question, chosen));
    // The verdict is read out first; it renders in this same event, so the next frame has it.
    requestAnimationFrame(() => verdictRef.current?.focus());
  }

  function retry() {
    setState({ turn, answer: null, checked: false, hint: '' });
    requestAnimationFrame(() => (scope?.current ?? document).querySelector<HTMLInputElement>('input:not([disabled])')?.focus());
  }

  useAnswerKeys({
    enabled: keysEnabled && Boolean(question),
    scope,
    onPick: (position) => {
      const canonical = order[position - 1];
      if (!question || checked || canonical === undefined) return;
      choose(toggleOption(question.kind, answer, canonical));
      scope?.current?.querySelector<HTMLInputElement>(`input[value="${canonical}"]`)?.focus();
    },
    onEnter: () => (checked ? onNext?.() : check()),
  });

  const formProps = {
    onSubmit: (event: FormEvent) => {
      event.preventDefault();
      check();
    },
  };

  return { order, answer, choose, checked, correct, hint: draft.hint, check, retry, verdictRef, formProps };
}

export type QuestionAttempt = ReturnType<typeof useQuestionAttempt>;
