'use client';
import Link from '@/components/ui/Link';
import { BankGate } from '@/components/quiz/BankGate';
import { DomainBreakdown } from '@/components/quiz/DomainBreakdown';
import type { IndexedBank } from '@/lib/quiz/bank';
import { moduleTrends, weakestTopics, type AnswerRecord } from '@/lib/quiz/stats';
import { useApp } from '@/lib/store';
import { AccuracySparkline } from './AccuracyChart';

const percent = (correct: number, total: number) => `${Math.round((correct / total) * 100)}%`;

/** Quiz accuracy per module over time and per exam domain, and the weakest sections, from every answer kept in the store. */
export function QuizStats() {
  const hydrated = useApp((s) => s.hydrated);
  const history = useApp((s) => s.quiz.history);
  if (hydrated && history.length === 0) {
    return (
      <p className="rounded-xl border border-dashed border-line bg-bg-subtle p-5 text-muted">
        No answers yet. Answer questions in{' '}
        <Link href="/practice/" className="text-accent underline underline-offset-2">
          Practice
        </Link>{' '}
        or a lesson’s “Check yourself” to see your accuracy here.
      </p>
    );
  }
  return <BankGate skeletonRows={2}>{(index) => <Stats index={index} history={history} />}</BankGate>;
}

function Stats({ index, history }: { index: IndexedBank; history: AnswerRecord[] }) {
  const trends = moduleTrends(history, index);
  const weak = weakestTopics(history, index);
  return (
    <div className="space-y-8">
      <section aria-labelledby="accuracy-title">
        <h3 id="accuracy-title" className="font-semibold">
          Accuracy by module
        </h3>
        <p className="text-sm text-muted">Share of answers right on each day you practised, up to the last ten.</p>
        <ul className="mt-3 divide-y divide-line rounded-xl border border-line">
          {trends.map((trend) => (
            <li key={trend.module} className="grid items-center gap-2 px-4 py-3 sm:grid-cols-[minmax(0,1fr)_auto_220px]">
              <span className="font-medium">{trend.title}</span>
              <span className="text-sm tabular-nums text-muted">
                {percent(trend.correct, trend.total)} of {trend.total} answer{trend.total === 1 ? '' : 's'}
              </span>
              <AccuracySparkline trend={trend} />
            </li>
          ))}
        </ul>
      </section>
      <DomainBreakdown
        index={index}
        answers={history}
        title="Accuracy by exam domain"
        noun="answer"
        subject="the questions you have answered"
        headingClassName="font-semibold"
      />
      <section aria-labelledby="weak-title">
        <h3 id="weak-title" className="font-semibold">
          Weakest topics
        </h3>
        {weak.length === 0 ? (
          <p className="mt-1 text-sm text-muted">
            No weak spots yet: a section shows here once you have answered at least 3 of its questions and missed some.
          </p>
        ) : (
          <ol className="mt-3 space-y-2">
            {weak.map((topic) => (
              <li
                key={topic.href}
                className="flex flex-wrap items-baseline justify-between gap-x-4 rounded-lg border border-line px-4 py-2"
              >
                <span>
                  <Link href={topic.href} className="font-medium text-accent underline underline-offset-2">
                    {topic.sectionTitle}
                  </Link>
                  <span className="text-sm text-muted"> in {topic.lessonTitle}</span>
                </span>
                <span className="text-sm tabular-nums">
                  {topic.correct} of {topic.total} right ({percent(topic.correct, topic.total)})
                </span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
