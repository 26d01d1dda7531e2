'use client';
import { Button, ButtonLink } from '@/components/ui/Button';
import { useState } from 'react';
import type { IndexedBank } from '@/lib/quiz/bank';
import { recordAnswers } from '@/lib/quiz/record';
import { describeWait, dueIds, nextDue } from '@/lib/quiz/review-queue';
import { appStore, useApp } from '@/lib/store';
import { BankGate } from './BankGate';
import { QuestionForm } from './QuestionForm';
import { useFocusOnChange } from './useFocusOnChange';
import { useNow } from './useNow';
import { useQuestionAttempt } from './useQuestionAttempt';

/** /review/: the questions due for review, one at a time, scheduled by FSRS. */
export function ReviewApp() {
  return <BankGate skeletonRows={4}>{(index) => <ReviewQueue index={index} />}</BankGate>;
}

/** The question on screen and the seed of its option order, fixed for as long as it is shown. */
interface Shown {
  id: string;
  seed: number;
  /** Counts the questions shown, so the same question coming back (after undo) starts afresh. */
  turn: number;
}

function ReviewQueue({ index }: { index: IndexedBank }) {
  const cards = useApp((s) => s.quiz.cards);
  const undo = useApp((s) => s.reviewUndo);
  const now = useNow();
  // Cards whose question left the bank are skipped rather than shown broken.
  const due = dueIds(cards, now).filter((id) => index.questions.has(id));
  const [pinned, setPinned] = useState<Shown | null>(null);
  const [turn, setTurn] = useState(0);
  // The order changes from one review to the next (by repetition count), so position is never the
  // cue; it is read when the question appears and pinned, because checking bumps the count.
  const shown = pinned ?? (due[0] ? { id: due[0], seed: cards[due[0]]?.reps ?? 0, turn } : null);
  const question = shown ? index.questions.get(shown.id) : undefined;
  const [checkedAt, setCheckedAt] = useState<number | null>(null);
  const stemRef = useFocusOnChange<HTMLParagraphElement>(shown ? `${shown.id}:${shown.turn}` : null);
  const card = shown ? cards[shown.id] : undefined;

  function next() {
    setPinned(null);
    setCheckedAt(null);
    setTurn((t) => t + 1);
  }

  const flow = useQuestionAttempt({
    question,
    turn: shown ? `${shown.id}:${shown.turn}` : '',
    seed: shown?.seed ?? 0,
    onCheck: (_answer, ok) => {
      if (!shown) return;
      // Keep the verdict on screen although the card is no longer due.
      setPinned(shown);
      void recordAnswers([{ id: shown.id, ok }], { undoable: true }).then(setCheckedAt);
    },
    onNext: next,
  });

  function undoLast() {
    if (!undo) return;
    appStore.getState().undoLastReview();
    setCheckedAt(null);
    setPinned({ id: undo.id, seed: undo.previous?.reps ?? 0, turn: turn + 1 });
    setTurn((t) => t + 1);
  }

  const remaining = due.filter((id) => id !== shown?.id).length;
  const upcoming = nextDue(cards, now);
  const lesson = question ? index.lessons.get(question.lesson) : undefined;
  // Reviews before this one: the count as it was when the question appeared.
  const reviewedBefore = shown?.seed ?? 0;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-lg font-semibold" role="status">
          {due.length === 0 ? 'Nothing due' : `${due.length} due now`}
        </p>
        {undo ? <Button onClick={undoLast}>Undo last review</Button> : null}
      </div>

      {shown && question ? (
        <QuestionForm
          flow={flow}
          question={question}
          lesson={lesson}
          idPrefix={`review-${shown.id}`}
          label={`${lesson?.title ?? ''}${reviewedBefore > 0 ? ` · reviewed ${reviewedBefore} time${reviewedBefore === 1 ? '' : 's'}` : ''}`}
          stemRef={stemRef}
          className="rounded-xl border border-line bg-card p-4 sm:p-6"
          note={
            <p className="w-full text-sm text-muted">
              {card && checkedAt !== null && card.lastReview === checkedAt ? `It comes back ${describeWait(card.due - checkedAt)}.` : ''}
            </p>
          }
          next={
            <Button variant="primary" size="lg" onClick={next}>
              {remaining > 0 ? 'Next question' : 'Done'}
            </Button>
          }
        />
      ) : (
        <EmptyQueue hasCards={Object.keys(cards).length > 0} nextIn={upcoming === null ? null : upcoming - now} />
      )}
    </div>
  );
}

function EmptyQueue({ hasCards, nextIn }: { hasCards: boolean; nextIn: number | null }) {
  return (
    <div className="rounded-xl border border-dashed border-line bg-bg-subtle p-8 text-center">
      <p className="text-lg font-semibold">{hasCards ? 'All caught up.' : 'No questions to review yet.'}</p>
      <p className="mt-2 text-muted">
        {hasCards && nextIn !== null
          ? `The next question is due ${describeWait(nextIn)}.`
          : 'Answer questions in Practice or in a lesson’s “Check yourself”, and they will come back here on schedule.'}
      </p>
      <p className="mt-5">
        <ButtonLink href="/practice/" variant="primary" size="lg">
          Practice questions
        </ButtonLink>
      </p>
    </div>
  );
}
