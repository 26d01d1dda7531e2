'use client';
import { Button } from '@/components/ui/Button';
import Link from '@/components/ui/Link';
import { useState } from 'react';
import { attemptTitle, ranOutOfTime } from '@/lib/quiz/attempt';
import type { IndexedBank } from '@/lib/quiz/bank';
import { scoreAttempt } from '@/lib/quiz/scoring';
import { appStore, useApp } from '@/lib/store';
import { BankGate } from './BankGate';
import { ExamSession } from './ExamSession';
import { PracticeSession } from './PracticeSession';
import { Results } from './Results';
import { SetupForm } from './SetupForm';

/** /practice/: set up a session, run it (practice or exam), see the results. An unfinished session resumes. */
export function PracticeApp() {
  return <BankGate skeletonRows={5}>{(index) => <PracticeFlow index={index} />}</BankGate>;
}

/** /practice/?results=<attempt id> opens a finished attempt's results (linked from /progress/). */
const RESULTS_PARAM = 'results';

function PracticeFlow({ index }: { index: IndexedBank }) {
  const attempts = useApp((s) => s.quiz.attempts);
  // Mounted only in the browser (BankGate waits for the store), so the URL can be read at once.
  const [viewing, setViewingState] = useState<string | null>(() => new URLSearchParams(window.location.search).get(RESULTS_PARAM));
  const setViewing = (attemptId: string | null) => {
    setViewingState(attemptId);
    const url = new URL(window.location.href);
    if (attemptId) url.searchParams.set(RESULTS_PARAM, attemptId);
    else url.searchParams.delete(RESULTS_PARAM);
    window.history.replaceState(window.history.state, '', url);
  };
  const active = attempts.findLast((a) => a.finishedAt === null);
  const viewed = viewing ? attempts.find((a) => a.id === viewing) : undefined;

  if (active) {
    const Session = active.mode === 'exam' ? ExamSession : PracticeSession;
    return <Session key={active.id} index={index} attempt={active} onFinish={setViewing} />;
  }
  if (viewed) return <Results index={index} attempt={viewed} onDone={() => setViewing(null)} />;
  return (
    <div className="space-y-10">
      <SetupForm index={index} onStart={(attempt) => appStore.getState().startAttempt(attempt)} />
      <RecentResults index={index} onView={setViewing} />
    </div>
  );
}

function RecentResults({ index, onView }: { index: IndexedBank; onView: (id: string) => void }) {
  const attempts = useApp((s) => s.quiz.attempts);
  const all = attempts.filter((a) => a.finishedAt !== null);
  const finished = all.toReversed().slice(0, 5);
  if (finished.length === 0) return null;
  return (
    <section aria-labelledby="recent-title">
      <h2 id="recent-title" className="text-xl font-semibold">
        Recent results
      </h2>
      <p className="mt-1 text-sm text-muted">
        {all.length > finished.length ? `The latest 5 of ${all.length}. ` : ''}Every kept result, with retakes, is in{' '}
        <Link href="/progress/#attempt-history" className="text-accent underline underline-offset-2">
          your progress
        </Link>
        .
      </p>
      <ul className="mt-3 divide-y divide-line rounded-xl border border-line">
        {finished.map((attempt) => {
          const score = scoreAttempt(index, attempt.questions, attempt.answers);
          return (
            <li key={attempt.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
              <span className="font-medium">{attemptTitle(attempt)}</span>
              <span className="text-sm text-muted">{new Date(attempt.startedAt).toLocaleDateString()}</span>
              <span className="tabular-nums">
                {score.correct} / {score.total} ({score.percent}%){ranOutOfTime(attempt) ? ' · time ran out' : ''}
              </span>
              <Button variant="link" size="inline" onClick={() => onView(attempt.id)} className="ml-auto text-sm">
                View results
                <span className="sr-only">
                  {' '}
                  of the {attempt.mode} on {new Date(attempt.startedAt).toLocaleString()}
                </span>
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
