import { sectionLinks, type BankLesson, type BankQuestion } from '@/lib/quiz/bank';
import { InlineText } from './InlineText';

/**
 * Without JavaScript nothing can check an answer, so the answer and every option's explanation sit
 * in a <details> the reader opens after choosing. Replaced by the Check button once the script runs.
 */
export function AnswerWithoutScript({ question, lesson, order }: { question: BankQuestion; lesson: BankLesson; order: readonly number[] }) {
  const correct = order.filter((i) => question.options[i]!.correct);
  return (
    <details className="mt-4 rounded-xl border border-line bg-bg-subtle p-3">
      <summary className="cursor-pointer font-medium">Show the answer</summary>
      <p className="mt-2 font-semibold">
        {correct.length === 1 ? 'Answer: ' : 'Answers: '}
        {correct.map((i, n) => (
          <span key={i}>
            {n > 0 ? '; ' : null}
            <InlineText text={question.options[i]!.text} />
          </span>
        ))}
      </p>
      <div className="mt-2 space-y-2 text-sm">
        {order.map((i) => {
          const option = question.options[i]!;
          return (
            <p key={i}>
              <span className="font-medium">
                {option.correct ? '✓' : '✗'} <InlineText text={option.text} />:
              </span>{' '}
              <InlineText text={option.why} />
            </p>
          );
        })}
      </div>
      <p className="mt-2 text-sm">
        Learn it in <em>{lesson.title}</em>:{' '}
        {sectionLinks(question, lesson).map((link, i) => (
          <span key={link.href}>
            {i > 0 ? ', ' : null}
            <a href={`#${link.href.split('#')[1]}`} className="text-accent underline underline-offset-2">
              {link.label}
            </a>
          </span>
        ))}
      </p>
    </details>
  );
}
