'use client';
import Link from '@/components/ui/Link';
import { useRouter } from 'next/navigation';
import { BankGate } from '@/components/quiz/BankGate';
import { FollowUpButtons } from '@/components/quiz/FollowUpButtons';
import { attemptTitle, ranOutOfTime } from '@/lib/quiz/attempt';
import type { IndexedBank } from '@/lib/quiz/bank';
import { scoreAttempt } from '@/lib/quiz/scoring';
import { plural } from '@/lib/quiz/setup-fields';
import { formatDuration } from '@/lib/quiz/timer';
import { useApp } from '@/lib/store';
import { MAX_ATTEMPTS } from '@/lib/store/quiz-state';

const link = 'text-accent underline underline-offset-2';

/** Every kept exam and practice result (the newest MAX_ATTEMPTS), with its results, "Retake missed" and "Review flagged". */
export function AttemptHistory() {
  const hydrated = useApp((s) => s.hydrated);
  const count = useApp((s) => s.quiz.attempts.filter((a) => a.finishedAt !== null).length);
  if (hydrated && count === 0) {
    return (
      <p className="rounded-xl border border-dashed border-line bg-bg-subtle p-5 text-muted">
        No exams or practice sessions yet. Start one in{' '}
        <Link href="/practice/" className={link}>
          Practice
        </Link>
        ; its result is kept here.
      </p>
    );
  }
  return <BankGate skeletonRows={2}>{(index) => <History index={index} />}</BankGate>;
}

function History({ index }: { index: IndexedBank }) {
  const router = useRouter();
  const attempts = useApp((s) => s.quiz.attempts);
  const active = attempts.findLast((a) => a.finishedAt === null);
  const finished = attempts.filter((a) => a.finishedAt !== null).toReversed();
  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">The latest {MAX_ATTEMPTS} sessions are kept in this browser, newest first.</p>
      {active ? (
        <p className="rounded-lg border border-line bg-bg-subtle px-4 py-2 text-sm">
          You have an unfinished {active.mode} session:{' '}
          <Link href="/practice/" className={link}>
            resume it in Practice
          </Link>
          . Retakes start once it is finished.
        </p>
      ) : null}
      <ul className="divide-y divide-line rounded-xl border border-line">
        {finished.map((attempt) => {
          const score = scoreAttempt(index, attempt.questions, attempt.answers);
          const when = new Date(attempt.startedAt);
          const label = attemptTitle(attempt);
          const context = `from the ${attempt.mode} on ${when.toLocaleString()}`;
          const details = [
            `${score.correct} of ${plural(score.total, 'question')} right (${score.percent}%)`,
            score.unanswered > 0 ? `${score.unanswered} unanswered` : null,
            attempt.flagged.length > 0 ? `${attempt.flagged.length} flagged` : null,
            `${formatDuration((attempt.finishedAt ?? attempt.startedAt) - attempt.startedAt)}${ranOutOfTime(attempt) ? ', time ran out' : ''}`,
          ].filter(Boolean);
          return (
            <li key={attempt.id} className="space-y-2 px-4 py-3">
              <p className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-medium">{label}</span>
                <time dateTime={when.toISOString()} className="text-sm text-muted">
                  {when.toLocaleString()}
                </time>
              </p>
              <p className="text-sm tabular-nums">{details.join(' · ')}</p>
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  href={`/practice/?results=${encodeURIComponent(attempt.id)}`}
                  className="rounded-lg px-1 py-1.5 text-sm font-medium text-accent underline underline-offset-2"
                >
                  View results<span className="sr-only"> {context}</span>
                </Link>
                {active ? null : (
                  <FollowUpButtons index={index} attempt={attempt} context={context} onStarted={() => router.push('/practice/')} />
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
