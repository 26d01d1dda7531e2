import type { BankLesson, BankQuestion } from '@/lib/quiz/bank';
import { optionOrder } from '@/lib/quiz/shuffle';
import { AnswerWithoutScript } from './AnswerWithoutScript';
import { CheckYourselfIntro } from './CheckYourselfIntro';
import { LESSON_SEED } from './lesson-seed';
import { QuestionCard } from './QuestionCard';

/**
 * A lesson's questions as server HTML, with no code of their own: what a reader without JavaScript
 * uses (each answer and its explanations in a <details>), and what everyone sees until the
 * interactive "Check yourself" takes over (CheckYourselfIsland). Same questions, order and ids.
 */
export function CheckYourselfStatic({ questions, lesson }: { questions: BankQuestion[]; lesson: BankLesson }) {
  return (
    <div className="space-y-6">
      <CheckYourselfIntro count={questions.length} />
      {questions.map((question, i) => {
        const order = optionOrder(question.options.length, LESSON_SEED, question.id);
        const label = `Question ${i + 1} of ${questions.length}`;
        return (
          <form key={question.id} aria-label={label} className="rounded-xl border border-line bg-card p-4 sm:p-5">
            <QuestionCard question={question} order={order} answer={null} idPrefix={`check-${question.id}`} label={label} />
            <AnswerWithoutScript question={question} lesson={lesson} order={order} />
          </form>
        );
      })}
    </div>
  );
}
