'use client';
import { useId, useState } from 'react';
import type { IndexedBank } from '@/lib/quiz/bank';
import { defaultExam, scoreByDomain, type Answered } from '@/lib/quiz/domain-stats';
import { EXAMS } from '@/lib/quiz/exams';
import { plural } from '@/lib/quiz/setup-fields';
import { ScoreTable } from './ScoreTable';

/**
 * Answers by the domains of a certification exam, with a choice of exam (radios: arrow keys move
 * between them). Domains come from the bank's tags at render time, so old attempts get them too.
 */
export function DomainBreakdown({
  index,
  answers,
  preferred,
  title,
  subject,
  noun,
  headingClassName = 'text-lg font-semibold',
}: {
  index: IndexedBank;
  answers: readonly Answered[];
  /** The exam to show first (an exam preset's); otherwise the one most of the answers serve. */
  preferred?: string;
  title: string;
  /** What the answers are, for the empty state: "this session's questions", "the questions you have answered". */
  subject: string;
  /** What one entry is: a session's question, or an answer in the history (a question may be answered often). */
  noun: 'question' | 'answer';
  headingClassName?: string;
}) {
  const id = useId();
  const [code, setCode] = useState(() => defaultExam(answers, index, preferred).code);
  const exam = EXAMS.find((e) => e.code === code) ?? EXAMS[0];
  const breakdown = scoreByDomain(answers, index, exam);

  return (
    <section aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className={headingClassName}>
        {title}
      </h3>
      <fieldset className="mt-2">
        <legend className="text-sm text-muted">Exam</legend>
        <div className="mt-1 grid grid-cols-4 gap-1.5 sm:flex sm:flex-wrap">
          {EXAMS.map((e) => (
            // A segmented control: the radio itself is visually hidden, the pill shows its state and its focus.
            <label
              key={e.code}
              className={`relative cursor-pointer rounded-lg border-2 px-1 py-1 text-center text-sm sm:px-2.5 tabular-nums has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-[var(--focus)] ${
                e.code === code ? 'border-accent bg-accent-soft font-semibold' : 'border-line font-medium hover:bg-bg-subtle'
              }`}
            >
              <input
                type="radio"
                name={`${id}-exam`}
                value={e.code}
                checked={e.code === code}
                onChange={() => setCode(e.code)}
                className="sr-only"
              />
              {e.code}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="mt-3 text-sm text-muted" aria-live="polite">
        {exam.name}: the domains of its exam guide, with their share of the real exam.
      </p>
      {breakdown.served === 0 ? (
        <p className="mt-3 rounded-xl border border-dashed border-line bg-bg-subtle p-4 text-sm text-muted">
          None of {subject} is tagged for {exam.code}. Choose another exam, or take the {exam.code} preset in Practice.
        </p>
      ) : (
        <>
          <ScoreTable
            heading="Domain"
            caption={`Score by ${exam.code} domain`}
            rows={breakdown.domains.map((d) => ({ key: d.key, label: d.name, weight: d.weight, correct: d.correct, total: d.total }))}
          />
          {breakdown.outside > 0 || breakdown.overlaps ? (
            <p className="mt-2 text-sm text-muted">
              {breakdown.outside > 0 ? `${outsideText(breakdown.outside, noun)} ` : ''}
              {breakdown.overlaps ? 'A question that serves two domains counts in both.' : ''}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function outsideText(n: number, noun: 'question' | 'answer'): string {
  return noun === 'question'
    ? `${plural(n, 'question')} ${n === 1 ? 'serves' : 'serve'} only other exams and ${n === 1 ? 'is' : 'are'} not counted here.`
    : `${plural(n, 'answer')} ${n === 1 ? 'was' : 'were'} to questions for other exams only, not counted here.`;
}
