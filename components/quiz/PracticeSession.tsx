'use client';
import { Button } from '@/components/ui/Button';
import { useCallback } from 'react';
import type { IndexedBank } from '@/lib/quiz/bank';
import { recordAnswers } from '@/lib/quiz/record';
import { isCorrect } from '@/lib/quiz/scoring';
import { appStore } from '@/lib/store';
import type { Attempt } from '@/lib/store/quiz-state-schema';
import { QuestionForm } from './QuestionForm';
import { useFocusOnChange } from './useFocusOnChange';
import { useQuestionAttempt } from './useQuestionAttempt';

/** Practice mode: answer, see the verdict and every option's explanation, move on. */
export function PracticeSession({ index, attempt, onFinish }: { index: IndexedBank; attempt: Attempt; onFinish: (id: string) => void }) {
  const position = attempt.current;
  const id = attempt.questions[position]!;
  const question = index.questions.get(id);
  const stemRef = useFocusOnChange<HTMLParagraphElement>(position, { initial: true });
  const last = position === attempt.questions.length - 1;
  const correctSoFar = attempt.answers.filter((a, i) => {
    const q = index.questions.get(attempt.questions[i]!);
    return a !== null && q && isCorrect(q, a);
  }).length;
  const answeredSoFar = attempt.answers.filter((a) => a !== null).length;

  const finish = useCallback(() => {
    onFinish(attempt.id);
    appStore.getState().finishAttempt(attempt.id, Date.now());
  }, [attempt.id, onFinish]);

  const next = useCallback(() => {
    if (last) finish();
    else appStore.getState().goToQuestion(attempt.id, position + 1);
  }, [attempt.id, finish, last, position]);

  const flow = useQuestionAttempt({
    question,
    turn: `${attempt.id}:${position}`,
    seed: attempt.seed,
    // A checked answer is kept in the attempt, so a reload shows the verdict again.
    checkedAnswer: attempt.answers[position] ?? null,
    onCheck: (answer, ok) => {
      appStore.getState().answerQuestion(attempt.id, position, answer);
      void recordAnswers([{ id, ok }]);
    },
    onNext: next,
  });

  return (
    <section aria-labelledby="session-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="session-title" className="text-xl font-semibold">
          Practice
        </h2>
        <p className="text-sm text-muted">
          {correctSoFar} of {answeredSoFar} correct so far
        </p>
      </div>
      <div className="rounded-xl border border-line bg-card p-4 sm:p-6">
        {question ? (
          <QuestionForm
            flow={flow}
            question={question}
            lesson={index.lessons.get(question.lesson)}
            idPrefix={`practice-${id}`}
            label={`Question ${position + 1} of ${attempt.questions.length}`}
            stemRef={stemRef}
            next={
              <Button variant="primary" size="lg" onClick={next}>
                {last ? 'See results' : 'Next question'}
              </Button>
            }
          />
        ) : (
          <div>
            <p>This question is no longer in the course.</p>
            <Button variant="primary" size="lg" className="mt-3" onClick={next}>
              {last ? 'See results' : 'Skip it'}
            </Button>
          </div>
        )}
      </div>
      <Button onClick={finish}>End session and see results</Button>
    </section>
  );
}
