'use client';
import { Button } from '@/components/ui/Button';
import { useCallback, useId, useRef, useState } from 'react';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { attemptTitle, navigatorState, reviewsOf } from '@/lib/quiz/attempt';
import type { IndexedBank } from '@/lib/quiz/bank';
import { recordAnswers } from '@/lib/quiz/record';
import { toggleOption } from '@/lib/quiz/scoring';
import { optionOrder } from '@/lib/quiz/shuffle';
import { deadlineOf, formatClock, lowTimeWarnings } from '@/lib/quiz/timer';
import { appStore } from '@/lib/store';
import type { Attempt } from '@/lib/store/quiz-state-schema';
import { ExamNavigator } from './ExamNavigator';
import { QuestionCard } from './QuestionCard';
import { useAnswerKeys } from './useAnswerKeys';
import { useCountdown } from './useCountdown';
import { useFocusOnChange } from './useFocusOnChange';
import { useMediaQuery } from './useMediaQuery';
import { useStickyTop } from './useStickyTop';

/** Where the navigator has room beside the question (Tailwind's lg). */
const WIDE = '(min-width: 64rem)';

/** Exam mode: a clock, flags, a navigator; answers can change until the exam is submitted or time runs out. */
export function ExamSession({ index, attempt, onFinish }: { index: IndexedBank; attempt: Attempt; onFinish: (id: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [navigatorOpen, setNavigatorOpen] = useState(false);
  const wide = useMediaQuery(WIDE);
  const stickyTop = useStickyTop();
  const navigatorId = useId();
  const finished = useRef(false);
  const position = attempt.current;
  const id = attempt.questions[position]!;
  const question = index.questions.get(id);
  const answer = attempt.answers[position] ?? null;
  const flagged = attempt.flagged.includes(position);
  const nav = navigatorState(attempt);
  const stemRef = useFocusOnChange<HTMLParagraphElement>(position, { initial: true });
  const store = appStore.getState();

  const deadline = deadlineOf(attempt.startedAt, attempt.limitMs ?? 0);
  const finish = useCallback(() => {
    if (finished.current) return;
    finished.current = true;
    // Read the latest answers from the store: the clock can fire between renders.
    const latest = appStore.getState().quiz.attempts.find((a) => a.id === attempt.id);
    onFinish(attempt.id);
    // Time taken never exceeds the limit, even when the tab slept past the deadline.
    appStore.getState().finishAttempt(attempt.id, Math.min(Date.now(), deadline));
    if (latest) void recordAnswers(reviewsOf(index, latest));
  }, [attempt.id, deadline, index, onFinish]);

  const remaining = useCountdown(deadline, finish);
  const warnings = lowTimeWarnings(attempt.limitMs ?? 0, remaining);
  const warning = warnings.oneMinute || warnings.fiveMinutes;
  const go = (p: number) => store.goToQuestion(attempt.id, p);
  const order = question ? optionOrder(question.options.length, attempt.seed, id) : [];
  const last = position === attempt.questions.length - 1;
  const counter = `Question ${position + 1} of ${attempt.questions.length}`;

  useAnswerKeys({
    enabled: !confirming,
    onPick: (pick) => {
      const canonical = order[pick - 1];
      if (question && canonical !== undefined) store.answerQuestion(attempt.id, position, toggleOption(question.kind, answer, canonical));
    },
    onEnter: () => (last ? setConfirming(true) : go(position + 1)),
  });

  const navigator = (
    <ExamNavigator
      {...nav}
      current={position}
      onGo={(p) => {
        go(p);
        // On a phone the list covers the question: close it once a question is chosen.
        if (!wide) setNavigatorOpen(false);
      }}
    />
  );

  return (
    <section aria-labelledby="session-title" className="space-y-4">
      {/* Sticks below the site header: the clock and the counter stay in view on a long question. */}
      <div
        style={{ top: stickyTop }}
        className="sticky z-20 space-y-2 rounded-xl border border-line bg-bg-subtle/95 px-4 py-2 shadow-sm backdrop-blur"
      >
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
          <h2 id="session-title" className="text-lg font-semibold">
            {attemptTitle(attempt)}
          </h2>
          <p className="text-sm font-medium">{counter}</p>
          <p className="flex items-baseline gap-2">
            <span className="text-sm text-muted">Time left</span>
            <span
              role="timer"
              className={`font-mono text-lg font-semibold tabular-nums ${warnings.oneMinute ? 'text-red-700 dark:text-red-300' : ''}`}
            >
              {formatClock(remaining)}
            </span>
          </p>
          {wide ? null : (
            <Button aria-expanded={navigatorOpen} aria-controls={navigatorId} onClick={() => setNavigatorOpen((o) => !o)}>
              {navigatorOpen ? 'Hide questions' : 'All questions'}{' '}
              <span className="text-muted">
                ({nav.answered}/{nav.items.length})
              </span>
            </Button>
          )}
        </div>
        {warning ? (
          <p
            className={`rounded-lg px-3 py-1 text-sm font-semibold ${warnings.oneMinute ? 'bg-red-600/15 text-red-800 dark:text-red-200' : 'bg-warning/15 text-fg'}`}
          >
            Less than {warnings.oneMinute ? '1 minute' : '5 minutes'} left
            <span className="hidden sm:inline">: the exam submits itself when the clock reaches 0:00</span>.
          </p>
        ) : null}
        {wide ? null : (
          <div id={navigatorId} hidden={!navigatorOpen} className="max-h-[50vh] overflow-y-auto pb-1">
            {navigatorOpen ? navigator : null}
          </div>
        )}
      </div>
      {/* Each warning's text appears once and never changes, so each is read out once. */}
      <p role="status" className="sr-only">
        {warnings.fiveMinutes}
      </p>
      <p role="alert" className="sr-only">
        {warnings.oneMinute}
      </p>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_15rem]">
        <div className="rounded-xl border border-line bg-card p-4 sm:p-6">
          {question ? (
            <QuestionCard
              question={question}
              order={order}
              answer={answer}
              onChange={(a) => store.answerQuestion(attempt.id, position, a)}
              idPrefix={`exam-${id}`}
              stemRef={stemRef}
            />
          ) : (
            <p>This question is no longer in the course; it is not scored.</p>
          )}
          <div className="mt-5 flex flex-wrap items-center gap-2">
            <Button disabled={position === 0} onClick={() => go(position - 1)}>
              Previous
            </Button>
            <Button aria-pressed={flagged} onClick={() => store.toggleFlag(attempt.id, position)}>
              {flagged ? '⚑ Flagged for review' : 'Flag for review'}
            </Button>
            {last ? null : (
              <Button variant="primary" onClick={() => go(position + 1)}>
                Next
              </Button>
            )}
          </div>
        </div>
        <div className="space-y-3">
          {wide ? navigator : null}
          <Button variant="primary" size="lg" className="w-full" onClick={() => setConfirming(true)}>
            Submit exam
          </Button>
        </div>
      </div>

      <ConfirmDialog
        open={confirming}
        title={nav.unanswered > 0 ? `Submit with ${nav.unanswered} unanswered?` : 'Submit the exam?'}
        confirmLabel={nav.unanswered > 0 ? 'Submit anyway' : 'Submit'}
        destructive={nav.unanswered > 0}
        onConfirm={() => {
          setConfirming(false);
          finish();
        }}
        onCancel={() => setConfirming(false)}
      >
        {nav.unanswered > 0
          ? `${nav.unanswered} of ${nav.items.length} questions have no answer and will count as wrong (they join your review queue).`
          : `All ${nav.items.length} questions are answered.`}
        {nav.flagged > 0 ? ` ${nav.flagged} ${nav.flagged === 1 ? 'is' : 'are'} flagged for review.` : ''} You cannot change answers after
        submitting.
      </ConfirmDialog>
    </section>
  );
}
