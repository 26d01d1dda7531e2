import 'server-only';
import type { QuizBank } from '@/lib/quiz/bank';
import { getCourse } from './index.server';
import { compileMdx } from './mdx.server';
import { loadQuizBank } from './quiz.server';

let cached: Promise<QuizBank> | undefined;

/** The validated question bank, built once per build process. Rejects (failing the build) on a bad quiz. */
export function getQuizBank(): Promise<QuizBank> {
  cached ??= loadQuizBank(getCourse(), async (lesson) => (await compileMdx(lesson)).toc);
  return cached;
}
