'use client';
import type { ReactNode, Ref } from 'react';
import { sectionLinks, type BankLesson, type BankQuestion } from '@/lib/quiz/bank';

interface Props {
  question: BankQuestion;
  lesson: BankLesson | undefined;
  correct: boolean;
  /** False in exam results for a question left blank. */
  answered?: boolean;
  /** Receives focus after an answer is checked, so the verdict is read out first. */
  headingRef?: Ref<HTMLParagraphElement>;
  /** Same-page links (#anchor) inside the lesson itself; full links elsewhere. */
  samePage?: boolean;
  children?: ReactNode;
}

/** The verdict after checking an answer, where the lesson teaches it, and what to do next. */
export function Feedback({ question, lesson, correct, answered = true, headingRef, samePage = false, children }: Props) {
  const links = sectionLinks(question, lesson);
  return (
    <div
      className={`mt-4 rounded-xl border-l-4 p-4 ${correct ? 'border-tip bg-tip/10' : 'border-red-600 bg-red-600/10 dark:border-red-400'}`}
    >
      {/* A paragraph, not a heading: inside a lesson, .prose heading styles would restyle it. */}
      <p ref={headingRef} tabIndex={-1} className="font-semibold outline-none">
        {correct
          ? 'Correct.'
          : !answered
            ? 'Not answered.'
            : question.kind === 'multiple'
              ? 'Not quite: all the right options, and only them, were needed.'
              : 'Not quite.'}
        <span className="sr-only"> The explanation of each option is shown with it.</span>
      </p>
      <p className="mt-1 text-sm">
        {lesson ? (
          <>
            Learn it in <em>{lesson.title}</em>:{' '}
          </>
        ) : (
          'Read more: '
        )}
        {links.map((link, i) => (
          <span key={link.href}>
            {i > 0 ? ', ' : null}
            <a href={samePage ? `#${link.href.split('#')[1]}` : link.href} className="text-accent underline underline-offset-2">
              {link.label}
            </a>
          </span>
        ))}
      </p>
      {children ? <div className="mt-3 flex flex-wrap gap-2">{children}</div> : null}
    </div>
  );
}
