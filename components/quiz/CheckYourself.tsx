'use client';
import { Button } from '@/components/ui/Button';
import Link from '@/components/ui/Link';
import { useMemo, useRef, useState } from 'react';
import { useHydrated } from '@/components/diagram/use-media';
import type { BankLesson, BankQuestion } from '@/lib/quiz/bank';
import { recordAnswers } from '@/lib/quiz/record';
import { plural } from '@/lib/quiz/setup-fields';
import type { AnswerRecord } from '@/lib/quiz/stats';
import { useApp } from '@/lib/store';
import { AnswerWithoutScript } from './AnswerWithoutScript';
import { CheckYourselfIntro } from './CheckYourselfIntro';
import { CheckRow, QuestionForm } from './QuestionForm';
import { LESSON_SEED } from './lesson-seed';
import { useQuestionAttempt } from './useQuestionAttempt';

const NO_HISTORY: AnswerRecord[] = [];
const link = 'text-accent underline underline-offset-2';

/**
 * A lesson's "Check yourself": a few of its questions with immediate feedback, a next step after
 * each, a summary once all are answered, and last visit's result beside each question. Answers
 * feed the review queue. Without JavaScript each question reveals its answer in a <details>.
 */
export function CheckYourself({ questions, lesson }: { questions: BankQuestion[]; lesson: BankLesson }) {
  // This visit's first-try results, by question id: they decide the next step and the summary.
  const [results, setResults] = useState<Record<string, boolean>>({});
  const hydrated = useHydrated();
  const forms = useRef<(HTMLFormElement | null)[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const history = useApp((s) => (s.hydrated ? s.quiz.history : NO_HISTORY));
  const previous = useMemo(() => {
    const last = new Map<string, AnswerRecord>();
    for (const record of history) last.set(record.q, record);
    return last;
  }, [history]);
  const answered = questions.filter((q) => q.id in results).length;
  const right = questions.filter((q) => results[q.id]).length;
  const done = answered === questions.length;

  /** The first question after `from` (wrapping round) not yet answered on this visit, or -1. */
  const nextOpen = (from: number) => {
    for (let step = 1; step < questions.length; step++) {
      const i = (from + step) % questions.length;
      if (!(questions[i]!.id in results)) return i;
    }
    return -1;
  };

  function goTo(i: number) {
    const target = i < 0 ? summary.current : forms.current[i]?.querySelector<HTMLElement>('[id$="-stem"]');
    target?.focus();
  }

  return (
    <div className="space-y-6">
      <CheckYourselfIntro
        count={questions.length}
        keys={
          // Keys and checking need the script; without it each question has "Show the answer".
          <span hidden={!hydrated}>
            Press 1–{Math.min(5, Math.max(...questions.map((q) => q.options.length)))} to choose, Enter to check.{' '}
          </span>
        }
      />
      {/* Divs, not a list: the lesson's .prose list styles would reach into the questions. */}
      {questions.map((question, i) => (
        <CheckQuestion
          key={question.id}
          question={question}
          lesson={lesson}
          label={`Question ${i + 1} of ${questions.length}`}
          formRef={(el) => {
            forms.current[i] = el;
          }}
          previous={previous.get(question.id)}
          nextLabel={nextOpen(i) >= 0 ? 'Next question' : 'See how you did'}
          onNext={() => goTo(nextOpen(i))}
          onChecked={(ok) => setResults((r) => (question.id in r ? r : { ...r, [question.id]: ok }))}
        />
      ))}
      <div ref={summary} tabIndex={-1} role="status" className="outline-none">
        {done ? (
          <div className="rounded-xl border border-line bg-bg-subtle p-4">
            <p className="font-semibold">
              Done: {right} of {plural(questions.length, 'question')} right on the first try.
            </p>
            <p className="mt-1 text-sm">
              {right < questions.length ? (
                <>
                  The ones you missed come back in your{' '}
                  <Link href="/review/" className={link}>
                    review queue
                  </Link>
                  .{' '}
                </>
              ) : null}
              For more questions on this and other lessons, try{' '}
              <Link href="/practice/" className={link}>
                Practice
              </Link>
              .
            </p>
          </div>
        ) : null}
      </div>
    </div>
  );
}

interface QuestionProps {
  question: BankQuestion;
  lesson: BankLesson;
  label: string;
  formRef: (el: HTMLFormElement | null) => void;
  /** The latest answer kept in the store: from an earlier visit, or before a "Try again". */
  previous: AnswerRecord | undefined;
  nextLabel: string;
  onNext: () => void;
  onChecked: (ok: boolean) => void;
}

function CheckQuestion({ question, lesson, label, formRef, previous, nextLabel, onNext, onChecked }: QuestionProps) {
  const scope = useRef<HTMLFormElement | null>(null);
  const hydrated = useHydrated();
  // Only the first try counts towards review: a retry right after seeing the answer proves little.
  const recorded = useRef(false);
  const flow = useQuestionAttempt({
    question,
    turn: question.id,
    seed: LESSON_SEED,
    scope,
    onCheck: (_answer, ok) => {
      onChecked(ok);
      if (recorded.current) return;
      recorded.current = true;
      void recordAnswers([{ id: question.id, ok }]);
    },
    onNext,
  });
  const idPrefix = `check-${question.id}`;

  return (
    <QuestionForm
      flow={flow}
      question={question}
      lesson={lesson}
      idPrefix={idPrefix}
      label={label}
      formLabel={label}
      formRef={(el) => {
        scope.current = el;
        formRef(el);
      }}
      samePage
      className="rounded-xl border border-line bg-card p-4 sm:p-5"
      checkRow={
        <>
          {/* Disabled as well as hidden until the script runs, so Enter cannot submit (and reload) the page. */}
          <CheckRow hint={flow.hint} optionCount={flow.order.length} pending={!hydrated} />
          {hydrated ? null : <AnswerWithoutScript question={question} lesson={lesson} order={flow.order} />}
          {previous && hydrated ? <LastTime record={previous} /> : null}
        </>
      }
      next={
        <>
          <Button variant="primary" size="lg" onClick={onNext}>
            {nextLabel}
          </Button>
          {flow.correct ? null : <Button onClick={flow.retry}>Try again</Button>}
        </>
      }
    />
  );
}

function LastTime({ record }: { record: AnswerRecord }) {
  return (
    <p className="mt-3 text-sm text-muted">
      Last time (<time dateTime={new Date(record.at).toISOString()}>{new Date(record.at).toLocaleDateString()}</time>) you got this{' '}
      <strong className={record.ok ? 'text-tip' : 'text-red-700 dark:text-red-300'}>{record.ok ? 'right' : 'wrong'}</strong>.
    </p>
  );
}
