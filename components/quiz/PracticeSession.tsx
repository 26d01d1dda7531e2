'use client';
import { useState } from 'react';
import type { IndexedBank } from '@/lib/quiz/bank';
import { recordAnswers } from '@/lib/quiz/record';
import { isAnswerReady, isCorrect, toggleOption } from '@/lib/quiz/scoring';
import { optionOrder } from '@/lib/quiz/shuffle';
import { appStore } from '@/lib/store';
import type { Attempt } from '@/lib/store/quiz-state-schema';
import { Feedback } from './Feedback';
import { QuestionCard } from './QuestionCard';
import { useAnswerKeys } from './useAnswerKeys';
import { useFocusOnChange } from './useFocusOnChange';

const primary = 'rounded-lg bg-accent px-4 py-2 font-medium text-accent-fg hover:opacity-90';
const secondary = 'rounded-lg border border-line px-4 py-2 text-sm font-medium hover:bg-bg-subtle';

/** Practice mode: answer, see the verdict and every option's explanation, move on. */
export function PracticeSession({ index, attempt, onFinish }: { index: IndexedBank; attempt: Attempt; onFinish: (id: string) => void }) {
  const position = attempt.current;
  const id = attempt.questions[position]!;
  const question = index.questions.get(id);
  const stored = attempt.answers[position] ?? null;
  const [draft, setDraft] = useState<{ id: string; answer: number[] | null }>({ id, answer: null });
  const answer = stored ?? (draft.id === id ? draft.answer : null);
  const revealed = stored !== null;
  const [hint, setHint] = useState('');
  const stemRef = useFocusOnChange<HTMLParagraphElement>(position, { initial: true });
  const verdictRef = useFocusOnChange<HTMLParagraphElement>(revealed ? `${position}-revealed` : null);
  const last = position === attempt.questions.length - 1;
  const correctSoFar = attempt.answers.filter((a, i) => {
    const q = index.questions.get(attempt.questions[i]!);
    return a !== null && q && isCorrect(q, a);
  }).length;
  const answeredSoFar = attempt.answers.filter((a) => a !== null).length;

  const finish = () => {
    onFinish(attempt.id);
    appStore.getState().finishAttempt(attempt.id, Date.now());
  };

  function submit() {
    if (!question || revealed) return;
    if (!isAnswerReady(question, answer)) {
      setHint(question.kind === 'multiple' ? `Choose ${question.options.filter((o) => o.correct).length} options.` : 'Choose an option first.');
      return;
    }
    setHint('');
    appStore.getState().answerQuestion(attempt.id, position, answer);
    void recordAnswers([{ id, ok: isCorrect(question, answer) }]);
  }

  function next() {
    if (last) finish();
    else appStore.getState().goToQuestion(attempt.id, position + 1);
  }

  const order = question ? optionOrder(question.options.length, attempt.seed, id) : [];
  useAnswerKeys({
    enabled: Boolean(question),
    onPick: (pick) => {
      const canonical = order[pick - 1];
      if (!question || revealed || canonical === undefined) return;
      setDraft({ id, answer: toggleOption(question.kind, answer, canonical) });
    },
    onEnter: () => (revealed ? next() : submit()),
  });

  return (
    <section aria-labelledby="session-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="session-title" className="text-xl font-semibold">Practice</h2>
        <p className="text-sm text-muted">{correctSoFar} of {answeredSoFar} correct so far</p>
      </div>
      <div className="rounded-xl border border-line bg-card p-4 sm:p-6">
        {question ? (
          <form onSubmit={(e) => { e.preventDefault(); submit(); }}>
            <QuestionCard
              question={question}
              order={order}
              answer={answer}
              onChange={(a) => setDraft({ id, answer: a })}
              revealed={revealed}
              idPrefix={`practice-${id}`}
              label={`Question ${position + 1} of ${attempt.questions.length}`}
              stemRef={stemRef}
            />
            {revealed ? (
              <Feedback question={question} lesson={index.lessons.get(question.lesson)} correct={isCorrect(question, answer)} headingRef={verdictRef}>
                <button type="button" onClick={next} className={primary}>{last ? 'See results' : 'Next question'}</button>
              </Feedback>
            ) : (
              <div className="mt-5 flex flex-wrap items-center gap-3">
                <button type="submit" className={primary}>Check answer</button>
                <span className="text-sm text-muted"><kbd className="font-mono">1</kbd>–<kbd className="font-mono">{Math.min(9, order.length)}</kbd> choose · <kbd className="font-mono">Enter</kbd> checks</span>
                <p role="status" className="text-sm font-medium text-warning">{hint}</p>
              </div>
            )}
          </form>
        ) : (
          <div>
            <p>This question is no longer in the course.</p>
            <button type="button" onClick={next} className={`${primary} mt-3`}>{last ? 'See results' : 'Skip it'}</button>
          </div>
        )}
      </div>
      <button type="button" onClick={finish} className={secondary}>End session and see results</button>
    </section>
  );
}
