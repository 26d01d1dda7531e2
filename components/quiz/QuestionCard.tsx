import type { Ref } from 'react';
import { chooseInstruction, type BankQuestion } from '@/lib/quiz/bank';
import { toggleOption } from '@/lib/quiz/scoring';
import { InlineText } from './InlineText';

interface Props {
  question: BankQuestion;
  /** Display order: canonical option indexes, shuffled per attempt. */
  order: readonly number[];
  /** Chosen canonical indexes. */
  answer: readonly number[] | null;
  onChange?: (answer: number[]) => void;
  /** After submitting: options lock, marks and every option's explanation show. */
  revealed?: boolean;
  /** Unique per question on the page: input names and ids derive from it. */
  idPrefix: string;
  /** "Question 3 of 10", shown above the stem. */
  label?: string;
  /** The stem receives focus when a new question appears. */
  stemRef?: Ref<HTMLParagraphElement>;
}

/**
 * One question: a radio group (single answer) or a checkbox group (multiple), named by the stem,
 * with "Choose two." as its description. Keys 1–5 are handled by the page (useAnswerKeys). Without
 * `onChange` (the server's copy of a lesson's questions) the inputs are plain, uncontrolled HTML.
 */
export function QuestionCard({ question, order, answer, onChange, revealed = false, idPrefix, label, stemRef }: Props) {
  const single = question.kind === 'single';
  const instruction = chooseInstruction(question);
  const chosen = new Set(answer ?? []);
  return (
    <div>
      {label ? <p className="text-sm font-medium text-muted">{label}</p> : null}
      <p id={`${idPrefix}-stem`} ref={stemRef} tabIndex={-1} className="mt-1 text-lg font-medium leading-relaxed outline-none">
        <InlineText text={question.question} />
      </p>
      {instruction ? (
        <p id={`${idPrefix}-hint`} className="mt-1 text-sm font-semibold text-exam">
          {instruction}
        </p>
      ) : null}
      <div
        // A fresh group per question: reused option boxes would animate from the previous question's colours.
        key={question.id}
        role={single ? 'radiogroup' : 'group'}
        aria-labelledby={`${idPrefix}-stem`}
        aria-describedby={instruction ? `${idPrefix}-hint` : undefined}
        className="mt-4 space-y-2"
      >
        {order.map((canonical, position) => {
          const option = question.options[canonical]!;
          const id = `${idPrefix}-o${canonical}`;
          const picked = chosen.has(canonical);
          const tone = !revealed
            ? picked
              ? 'border-accent bg-accent-soft'
              : 'border-line hover:border-accent'
            : option.correct
              ? 'border-tip bg-tip/10'
              : picked
                ? 'border-red-600 bg-red-600/10 dark:border-red-400'
                : 'border-line';
          return (
            <div key={canonical} className={`rounded-xl border-2 p-3 transition-colors motion-reduce:transition-none ${tone}`}>
              <label htmlFor={id} className={`flex items-start gap-3 ${revealed ? '' : 'cursor-pointer'}`}>
                <input
                  id={id}
                  type={single ? 'radio' : 'checkbox'}
                  name={idPrefix}
                  value={canonical}
                  {...(onChange
                    ? { checked: picked, onChange: () => onChange(toggleOption(question.kind, answer, canonical)) }
                    : { defaultChecked: picked })}
                  disabled={revealed}
                  aria-describedby={revealed ? `${id}-why` : undefined}
                  className="mt-1 size-4 shrink-0 accent-[var(--accent)]"
                />
                <span
                  aria-hidden="true"
                  className="mt-0.5 hidden h-5 min-w-5 shrink-0 items-center justify-center rounded border border-line px-1 font-mono text-xs text-muted sm:inline-flex"
                >
                  {position + 1}
                </span>
                <span className="min-w-0 flex-1">
                  <InlineText text={option.text} />
                  {revealed && (option.correct || picked) ? (
                    <span
                      className={`ml-2 inline-block text-sm font-semibold ${option.correct ? 'text-tip' : 'text-red-700 dark:text-red-300'}`}
                    >
                      {option.correct ? (picked ? '✓ Correct, your answer' : '✓ Correct answer') : '✗ Your answer'}
                    </span>
                  ) : null}
                </span>
              </label>
              {revealed ? (
                <p id={`${id}-why`} className="mt-2 pl-7 text-sm text-muted sm:pl-15">
                  <InlineText text={option.why} />
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
