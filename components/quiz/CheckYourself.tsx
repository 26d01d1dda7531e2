'use client';
import Link from 'next/link';
import { useRef, useState } from 'react';
import type { BankLesson, BankQuestion } from '@/lib/quiz/bank';
import { recordAnswers } from '@/lib/quiz/record';
import { isAnswerReady, isCorrect, toggleOption } from '@/lib/quiz/scoring';
import { optionOrder } from '@/lib/quiz/shuffle';
import { Feedback } from './Feedback';
import { QuestionCard } from './QuestionCard';
import { useAnswerKeys } from './useAnswerKeys';

/** A fixed seed: the server HTML and the browser agree on the order, and it stays stable per question. */
const LESSON_SEED = 0x5eed;

/** A lesson's "Check yourself": a few of its questions with immediate feedback. Answers feed the review queue. */
export function CheckYourself({ questions, lesson }: { questions: BankQuestion[]; lesson: BankLesson }) {
  return (
    <div className="space-y-6">
      <p className="text-sm text-muted">
        {questions.length} questions from this lesson. Press 1–{Math.min(5, Math.max(...questions.map((q) => q.options.length)))} to choose, Enter to check. Your answers join your{' '}
        <Link href="/review/" className="text-accent underline underline-offset-2">review queue</Link>; there are more in{' '}
        <Link href="/practice/" className="text-accent underline underline-offset-2">Practice</Link>.
      </p>
      {/* Divs, not a list: the lesson's .prose list styles would reach into the questions. */}
      {questions.map((question, i) => (
        <CheckQuestion key={question.id} question={question} lesson={lesson} label={`Question ${i + 1} of ${questions.length}`} />
      ))}
    </div>
  );
}

function CheckQuestion({ question, lesson, label }: { question: BankQuestion; lesson: BankLesson; label: string }) {
  const [answer, setAnswer] = useState<number[] | null>(null);
  const [checked, setChecked] = useState(false);
  const [recorded, setRecorded] = useState(false);
  const [hint, setHint] = useState('');
  const container = useRef<HTMLFormElement>(null);
  const feedback = useRef<HTMLParagraphElement>(null);
  const order = optionOrder(question.options.length, LESSON_SEED, question.id);
  const idPrefix = `check-${question.id}`;

  function check() {
    if (checked) return;
    if (!isAnswerReady(question, answer)) {
      setHint(question.kind === 'multiple' ? `Choose ${question.options.filter((o) => o.correct).length} options first.` : 'Choose an option first.');
      return;
    }
    setHint('');
    setChecked(true);
    // Only the first try counts towards review: a retry right after seeing the answer proves little.
    if (!recorded) {
      setRecorded(true);
      void recordAnswers([{ id: question.id, ok: isCorrect(question, answer) }]);
    }
    requestAnimationFrame(() => feedback.current?.focus());
  }

  function retry() {
    setChecked(false);
    setAnswer(null);
    requestAnimationFrame(() => container.current?.querySelector<HTMLInputElement>('input')?.focus());
  }

  useAnswerKeys({
    enabled: true,
    scope: container,
    onPick: (position) => {
      const canonical = order[position - 1];
      if (checked || canonical === undefined) return;
      setAnswer((current) => toggleOption(question.kind, current, canonical));
      container.current?.querySelector<HTMLInputElement>(`#${idPrefix}-o${canonical}`)?.focus();
    },
    onEnter: () => (checked ? undefined : check()),
  });

  return (
    <form
      ref={container}
      aria-label={label}
      onSubmit={(e) => {
        e.preventDefault();
        check();
      }}
      className="rounded-xl border border-line bg-card p-4 sm:p-5"
    >
      <QuestionCard question={question} order={order} answer={answer} onChange={setAnswer} revealed={checked} idPrefix={idPrefix} label={label} />
      {checked ? (
        <Feedback question={question} lesson={lesson} correct={isCorrect(question, answer)} headingRef={feedback} samePage>
          <button type="button" onClick={retry} className="rounded-lg border border-line px-3 py-1.5 text-sm font-medium hover:bg-bg-subtle">Try again</button>
        </Feedback>
      ) : (
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded-lg bg-accent px-4 py-2 text-sm font-medium text-accent-fg hover:opacity-90">Check answer</button>
          <p role="status" className="text-sm text-muted">{hint}</p>
        </div>
      )}
    </form>
  );
}
