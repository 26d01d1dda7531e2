import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LessonView } from '@/components/lesson/LessonView';
import { getCourse, getLesson, getNeighbours } from '@/lib/content/index.server';
import { lessonPath } from '@/lib/routes';
import { compileMdx } from '@/lib/content/mdx.server';
import { getQuizBank } from '@/lib/content/quiz-bank.server';
import { pickCheckYourself } from '@/lib/quiz/select';

export const dynamicParams = false;

export function generateStaticParams() {
  return getCourse().lessons.map((lesson) => ({ slug: lesson.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const lesson = getLesson((await params).slug);
  if (!lesson) return {};
  return pageMetadata({ path: lessonPath(lesson.slug), title: lesson.title, description: lesson.summary, type: 'article' });
}

export default async function LessonPage({ params }: { params: Promise<{ slug: string }> }) {
  const lesson = getLesson((await params).slug);
  if (!lesson) notFound();
  const { code, toc } = await compileMdx(lesson);
  const { previous, next } = getNeighbours(lesson.slug);
  const modules = getCourse().modules;
  const mod = modules.find((m) => m.slug === lesson.moduleSlug);
  const bank = await getQuizBank();
  const quizLesson = bank.lessons.find((l) => l.slug === lesson.slug);
  const quiz = quizLesson && { lesson: quizLesson, questions: pickCheckYourself(bank.questions.filter((q) => q.lesson === lesson.slug)) };
  return (
    <LessonView
      lesson={{ slug: lesson.slug, title: lesson.title, minutes: lesson.minutes, objectives: lesson.frontmatter.objectives }}
      moduleLabel={mod ? `Module ${mod.order} · ${mod.title}` : ''}
      code={code}
      toc={toc}
      modules={modules}
      previous={previous && { slug: previous.slug, title: previous.title }}
      next={next && { slug: next.slug, title: next.title }}
      quiz={quiz}
    />
  );
}
