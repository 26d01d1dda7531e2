import { getMDXComponent } from 'mdx-bundler/client';
import { CheckYourselfIsland } from '@/components/quiz/CheckYourselfIsland';
import { CheckYourselfStatic } from '@/components/quiz/CheckYourselfStatic';
import type { BankLesson, BankQuestion } from '@/lib/quiz/bank';
import { mdxComponents, type MdxComponents } from './mdx-components';

export interface LessonQuiz {
  lesson: BankLesson;
  /** The few questions shown under "Check yourself" (lib/quiz/select.ts picks them). */
  questions: BankQuestion[];
}

/** Evaluates compiled lesson MDX on the server; the browser receives plain HTML plus small islands. */
export function LessonBody({ code, quiz }: { code: string; quiz?: LessonQuiz }) {
  const MDXContent = getMDXComponent(code);
  // Bound per lesson: the map's <CheckYourself /> placeholder becomes this lesson's questions.
  const components: MdxComponents =
    quiz && quiz.questions.length > 0
      ? {
          ...mdxComponents,
          CheckYourself: () => (
            <CheckYourselfIsland questions={quiz.questions} lesson={quiz.lesson}>
              <CheckYourselfStatic questions={quiz.questions} lesson={quiz.lesson} />
            </CheckYourselfIsland>
          ),
        }
      : mdxComponents;
  // Called as a function: the compiled module is a stateless render function, created per lesson at build time.
  return <div className="prose">{MDXContent({ components })}</div>;
}
