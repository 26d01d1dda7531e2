'use client';
import Link from 'next/link';
import { useState } from 'react';
import type { IndexedBank } from '@/lib/quiz/bank';
import { recordAnswers } from '@/lib/quiz/record';
import { describeWait, dueIds, nextDue } from '@/lib/quiz/review-queue';
import { isAnswerReady, isCorrect, toggleOption } from '@/lib/quiz/scoring';
import { optionOrder } from '@/lib/quiz/shuffle';
import { appStore, useApp } from '@/lib/store';
import { BankGate } from './BankGate';
import { Feedback } from './Feedback';
import { QuestionCard } from './QuestionCard';
import { useAnswerKeys } from './useAnswerKeys';
import { useFocusOnChange } from './useFocusOnChange';
import { useNow } from './useNow';

const primary = 'rounded-lg bg-accent px-4 py-2 font-medium text-accent-fg hover:opacity-90';
const secondary = 'rounded-lg border border-line px-4 py-2 text-sm font-medium hover:bg-bg-subtle';

/** /review/: the questions due for review, one at a time, scheduled by FSRS. */
export function ReviewApp() {
  return <BankGate skeletonRows={4}>{(index) => <ReviewQueue index={index} />}</BankGate>;
}

interface Current {
  id: string;
  answer: number[] | null;
  /** Set once checked: the verdict stays on screen even though the card is no longer due. */
  result: boolean | null;
  /** When it was checked: the card's lastReview matches once the new schedule is stored. */
  at?: number;
}

function ReviewQueue({ index }: { index: IndexedBank }) {
  const cards = useApp((s) => s.quiz.cards);
  const undo = useApp((s) => s.reviewUndo);
  const now = useNow();
  // Cards whose question left the bank are skipped rather than shown broken.
  const due = dueIds(cards, now).filter((id) => index.questions.has(id));
  const [current, setCurrent] = useState<Current | null>(null);
  const shown = current ?? (due[0] ? { id: due[0], answer: null, result: null } : null);
  const question = shown ? index.questions.get(shown.id) : undefined;
  const [hint, setHint] = useState('');
  const stemRef = useFocusOnChange<HTMLParagraphElement>(shown?.id ?? null);
  const verdictRef = useFocusOnChange<HTMLParagraphElement>(shown?.result ?? null);
  const card = shown ? cards[shown.id] : undefined;
  // The order changes from one review to the next (by repetition count), so position is never the cue.
  const order = question && shown ? optionOrder(question.options.length, card?.reps ?? 0, shown.id) : [];

  function submit() {
    if (!shown || !question || shown.result !== null) return;
    if (!isAnswerReady(question, shown.answer)) {
      setHint(question.kind === 'multiple' ? `Choose ${question.options.filter((o) => o.correct).length} options.` : 'Choose an option first.');
      return;
    }
    setHint('');
    const ok = isCorrect(question, shown.answer);
    setCurrent({ ...shown, result: ok });
    void recordAnswers([{ id: shown.id, ok }], { undoable: true }).then((at) =>
      setCurrent((c) => (c && c.id === shown.id ? { ...c, at } : c)),
    );
  }

  function next() {
    setCurrent(null);
  }

  function undoLast() {
    if (!undo) return;
    appStore.getState().undoLastReview();
    setCurrent({ id: undo.id, answer: null, result: null });
  }

  useAnswerKeys({
    enabled: Boolean(question),
    onPick: (pick) => {
      const canonical = order[pick - 1];
      if (!shown || !question || shown.result !== null || canonical === undefined) return;
      setCurrent({ ...shown, answer: toggleOption(question.kind, shown.answer, canonical) });
    },
    onEnter: () => (shown?.result !== null ? next() : submit()),
  });

  const remaining = due.filter((id) => id !== shown?.id).length;
  const upcoming = nextDue(cards, now);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-lg font-semibold" role="status">
          {due.length === 0 ? 'Nothing due' : `${due.length} due now`}
        </p>
        {undo ? <button type="button" onClick={undoLast} className={secondary}>Undo last review</button> : null}
      </div>

      {shown && question ? (
        <form onSubmit={(e) => { e.preventDefault(); submit(); }} className="rounded-xl border border-line bg-card p-4 sm:p-6">
          <QuestionCard
            question={question}
            order={order}
            answer={shown.answer}
            onChange={(answer) => setCurrent({ ...shown, answer })}
            revealed={shown.result !== null}
            idPrefix={`review-${shown.id}`}
            label={`${index.lessons.get(question.lesson)?.title ?? ''}${card && card.reps > 0 ? ` · reviewed ${card.reps} time${card.reps === 1 ? '' : 's'}` : ''}`}
            stemRef={stemRef}
          />
          {shown.result !== null ? (
            <Feedback question={question} lesson={index.lessons.get(question.lesson)} correct={shown.result} headingRef={verdictRef}>
              <p className="w-full text-sm text-muted">
                {card && shown.at !== undefined && card.lastReview === shown.at ? `It comes back ${describeWait(card.due - shown.at)}.` : ''}
              </p>
              <button type="button" onClick={next} className={primary}>{remaining > 0 ? 'Next question' : 'Done'}</button>
            </Feedback>
          ) : (
            <div className="mt-5 flex flex-wrap items-center gap-3">
              <button type="submit" className={primary}>Check answer</button>
              <p role="status" className="text-sm font-medium text-warning">{hint}</p>
            </div>
          )}
        </form>
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
      <p className="mt-5"><Link href="/practice/" className={primary}>Practice questions</Link></p>
    </div>
  );
}
