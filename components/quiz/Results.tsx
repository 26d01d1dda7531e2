'use client';
import { Button, ButtonLink } from '@/components/ui/Button';
import Link from '@/components/ui/Link';
import { useState } from 'react';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { attemptTitle, ranOutOfTime } from '@/lib/quiz/attempt';
import type { IndexedBank } from '@/lib/quiz/bank';
import { examByCode } from '@/lib/quiz/exams';
import { scoreAttempt } from '@/lib/quiz/scoring';
import { optionOrder } from '@/lib/quiz/shuffle';
import { formatDuration } from '@/lib/quiz/timer';
import type { Attempt } from '@/lib/store/quiz-state-schema';
import { DomainBreakdown } from './DomainBreakdown';
import { Feedback } from './Feedback';
import { FollowUpButtons } from './FollowUpButtons';
import { PassLine } from './PassLine';
import { QuestionCard } from './QuestionCard';
import { ScoreTable } from './ScoreTable';
import { useFocusOnChange } from './useFocusOnChange';

/** Score, per-module and per-exam-domain breakdowns, a preset's pass line, time taken, and every question again with its explanations. */
export function Results({ index, attempt, onDone }: { index: IndexedBank; attempt: Attempt; onDone: () => void }) {
  const score = scoreAttempt(index, attempt.questions, attempt.answers);
  const [missedOnly, setMissedOnly] = useState(false);
  const headingRef = useFocusOnChange<HTMLHeadingElement>(attempt.id, { initial: true });
  const timeTaken = (attempt.finishedAt ?? attempt.startedAt) - attempt.startedAt;
  const label = attemptTitle(attempt);
  const preset = examByCode(attempt.exam);
  const answered = score.results.flatMap((r) => (r ? [{ q: r.id, ok: r.correct }] : []));

  return (
    <section aria-labelledby="results-title" className="space-y-8">
      <div>
        <h2 id="results-title" ref={headingRef} tabIndex={-1} className="text-2xl font-bold outline-none">
          {label} results
        </h2>
        <p className="mt-1 text-sm text-muted">
          {new Date(attempt.startedAt).toLocaleString()} · time taken {formatDuration(timeTaken)}
          {attempt.limitMs ? ` of ${formatDuration(attempt.limitMs)}` : ''}
          {ranOutOfTime(attempt) ? ' · time ran out, the exam was submitted automatically' : ''}
        </p>
      </div>

      <div className="grid gap-4 sm:grid-cols-[auto_minmax(0,1fr)] sm:items-center">
        <p className="text-4xl font-bold tabular-nums">{score.percent}%</p>
        <div>
          <p className="font-medium">
            {score.correct} of {score.total} correct{score.unanswered > 0 ? ` · ${score.unanswered} unanswered` : ''}
          </p>
          <ProgressBar value={score.correct} max={score.total} label="Questions correct" className="mt-2" />
        </div>
      </div>

      {preset ? <PassLine exam={preset} correct={score.correct} total={score.total} /> : null}

      <div>
        <h3 className="text-lg font-semibold">By module</h3>
        <ScoreTable
          heading="Module"
          caption="Score by module"
          rows={score.byModule.map((m) => ({ key: m.module, label: m.title, correct: m.correct, total: m.total }))}
        />
      </div>

      <DomainBreakdown
        index={index}
        answers={answered}
        preferred={attempt.exam}
        title="By exam domain"
        noun="question"
        subject="this session’s questions"
      />

      <div className="flex flex-wrap gap-2">
        <Button variant="primary" size="lg" onClick={onDone}>
          Start another session
        </Button>
        <ButtonLink href="/review/" size="lg">
          Go to review
        </ButtonLink>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <FollowUpButtons index={index} attempt={attempt} />
        <p className="w-full text-sm text-muted">
          {attempt.mode === 'exam' ? 'Every question of the exam, answered or not, is in your review queue. ' : ''}
          This result stays in{' '}
          <Link href="/progress/#attempt-history" className="text-accent underline underline-offset-2">
            your progress
          </Link>
          .
        </p>
      </div>

      <div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h3 className="text-lg font-semibold">Every question</h3>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="checkbox"
              checked={missedOnly}
              onChange={(e) => setMissedOnly(e.target.checked)}
              className="size-4 accent-[var(--accent)]"
            />
            Only the ones I missed
          </label>
        </div>
        <ol className="mt-3 space-y-6">
          {attempt.questions.map((id, i) => {
            const question = index.questions.get(id);
            const result = score.results[i];
            if (!question || !result || (missedOnly && result.correct)) return null;
            return (
              <li key={id} className="rounded-xl border border-line bg-card p-4 sm:p-5">
                <QuestionCard
                  question={question}
                  order={optionOrder(question.options.length, attempt.seed, id)}
                  answer={attempt.answers[i] ?? null}
                  revealed
                  idPrefix={`result-${attempt.id}-${id}`}
                  label={`Question ${i + 1}${attempt.flagged.includes(i) ? ' · flagged' : ''}${result.answered ? '' : ' · not answered'}`}
                />
                <Feedback
                  question={question}
                  lesson={index.lessons.get(question.lesson)}
                  correct={result.correct}
                  answered={result.answered}
                />
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
