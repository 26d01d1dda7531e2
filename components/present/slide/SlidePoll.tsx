'use client';
import { InlineText } from '@/components/quiz/InlineText';
import { chooseInstruction, type BankQuestion } from '@/lib/quiz/bank';
import { useDeckView, useRevealsPast } from '../deck-view';

const LETTERS = 'ABCDEFGH';

/**
 * An exam question as a poll: the room votes by letter, then the next reveal shows the answer and
 * why every option is right or wrong. Options keep the file's order, so the letters are the same
 * in both windows and on the handout.
 */
export function SlidePoll({ question, at }: { question: BankQuestion; at: number }) {
  const view = useDeckView();
  const past = useRevealsPast(at);
  const revealed = view.copy !== 'document' && past > 0;
  const choose = chooseInstruction(question);
  return (
    <div className="deck-poll" data-poll={question.id} data-revealed={revealed ? 'true' : 'false'}>
      <p className="deck-poll-question">
        <InlineText text={question.question} />
        {choose && <strong> {choose}</strong>}
      </p>
      <ol className="deck-poll-options" aria-label="Options">
        {question.options.map((option, i) => (
          <li key={i} className="deck-poll-option" data-correct={revealed ? String(option.correct) : undefined}>
            <span className="deck-poll-letter" aria-hidden="true">
              {LETTERS[i]}
            </span>
            <span className="deck-poll-text">
              <span className="sr-only">{`Option ${LETTERS[i]}${revealed ? (option.correct ? ', correct' : ', incorrect') : ''}: `}</span>
              <InlineText text={option.text} />
              {revealed && (
                <span className="deck-poll-why">
                  <InlineText text={option.why} />
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
      {view.copy === 'document' && (
        <details className="deck-poll-answer">
          <summary>Answer: {question.options.flatMap((o, i) => (o.correct ? [LETTERS[i]] : [])).join(' and ')}</summary>
          <ul>
            {question.options.map((o, i) => (
              <li key={i}>
                <strong>{LETTERS[i]}</strong> {o.correct ? '(correct)' : ''} <InlineText text={o.why} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
