'use client';
import { Button } from '@/components/ui/Button';
import { createFollowUp, followUpQuestions, type FollowUp } from '@/lib/quiz/attempt';
import type { IndexedBank } from '@/lib/quiz/bank';
import { newSeed } from '@/lib/quiz/prng';
import { plural } from '@/lib/quiz/setup-fields';
import { appStore } from '@/lib/store';
import type { Attempt } from '@/lib/store/quiz-state-schema';

/**
 * "Retake missed" and "Review flagged" for a finished attempt: each starts a new session of just
 * those questions (shown only when there are some). `onStarted` moves to /practice/ where needed.
 */
export function FollowUpButtons({
  index,
  attempt,
  onStarted,
  context,
}: {
  index: IndexedBank;
  attempt: Attempt;
  onStarted?: () => void;
  context?: string;
}) {
  const start = (which: FollowUp) => {
    const next = createFollowUp(index, attempt, which, { seed: newSeed(), now: Date.now() });
    if (!next) return;
    appStore.getState().startAttempt(next);
    onStarted?.();
  };
  const missed = followUpQuestions(index, attempt, 'missed').length;
  const flagged = followUpQuestions(index, attempt, 'flagged').length;
  const suffix = context ? <span className="sr-only"> {context}</span> : null;
  return (
    <>
      {missed > 0 ? (
        <Button onClick={() => start('missed')}>
          Retake missed ({plural(missed, 'question')}){suffix}
        </Button>
      ) : null}
      {flagged > 0 ? (
        <Button onClick={() => start('flagged')}>
          Review flagged ({plural(flagged, 'question')}){suffix}
        </Button>
      ) : null}
    </>
  );
}
