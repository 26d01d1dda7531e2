'use client';
import { Button } from '@/components/ui/Button';
import type { ReactNode, Ref } from 'react';
import type { BankLesson, BankQuestion } from '@/lib/quiz/bank';
import { Feedback } from './Feedback';
import { QuestionCard } from './QuestionCard';
import type { QuestionAttempt } from './useQuestionAttempt';

interface Props {
  flow: QuestionAttempt;
  question: BankQuestion;
  lesson: BankLesson | undefined;
  idPrefix: string;
  /** "Question 3 of 10", above the stem. */
  label: string;
  stemRef?: Ref<HTMLParagraphElement>;
  /** Lesson links as #anchors (inside the lesson itself). */
  samePage?: boolean;
  /** What follows a checked answer: next question, try again, done. */
  next: ReactNode;
  /** Under the verdict, before the buttons (e.g. when a review comes back). */
  note?: ReactNode;
  /** Replaces the Check button row (Check yourself shows the answers instead without JavaScript). */
  checkRow?: ReactNode;
  formRef?: Ref<HTMLFormElement>;
  /** Names the form (a landmark) where several questions share a page. */
  formLabel?: string;
  className?: string;
}

/** A question being answered: options, the Check button with its hint, then the verdict and next steps. */
export function QuestionForm({
  flow,
  question,
  lesson,
  idPrefix,
  label,
  stemRef,
  samePage,
  next,
  note,
  checkRow,
  formRef,
  formLabel,
  className,
}: Props) {
  return (
    <form ref={formRef} aria-label={formLabel} onSubmit={flow.formProps.onSubmit} className={className}>
      <QuestionCard
        question={question}
        order={flow.order}
        answer={flow.answer}
        onChange={flow.choose}
        revealed={flow.checked}
        idPrefix={idPrefix}
        label={label}
        stemRef={stemRef}
      />
      {flow.checked ? (
        <Feedback question={question} lesson={lesson} correct={Boolean(flow.correct)} headingRef={flow.verdictRef} samePage={samePage}>
          {note}
          {next}
        </Feedback>
      ) : (
        (checkRow ?? <CheckRow hint={flow.hint} optionCount={flow.order.length} />)
      )}
    </form>
  );
}

/** `pending`: rendered before the script runs (server HTML), where pressing it could only reload the page. */
export function CheckRow({ hint, optionCount, pending = false }: { hint: string; optionCount: number; pending?: boolean }) {
  return (
    <div className="mt-5 flex flex-wrap items-center gap-3" hidden={pending}>
      <Button type="submit" variant="primary" size="lg" disabled={pending}>
        Check answer
      </Button>
      <span className="text-sm text-muted">
        <kbd className="font-mono">1</kbd>–<kbd className="font-mono">{Math.min(9, optionCount)}</kbd> choose ·{' '}
        <kbd className="font-mono">Enter</kbd> checks
      </span>
      <p role="status" className="text-sm font-medium text-warning">
        {hint}
      </p>
    </div>
  );
}
