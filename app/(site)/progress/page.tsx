import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { CourseProgress } from '@/components/course/CourseProgress';
import { AttemptHistory } from '@/components/progress/AttemptHistory';
import { LessonRecord } from '@/components/progress/LessonRecord';
import { ProgressTransfer } from '@/components/progress/ProgressTransfer';
import { QuizStats } from '@/components/progress/QuizStats';
import { UnreadableCopies } from '@/components/progress/UnreadableCopies';
import { getCourse } from '@/lib/content/index.server';

export const metadata: Metadata = pageMetadata({
  path: '/progress/',
  title: 'Your progress',
  description: 'What you have completed in Stevedore, your quiz accuracy, weakest topics and exam results, with export, import and reset.',
});

export default function ProgressPage() {
  const { modules } = getCourse();
  const slugs = modules.flatMap((m) => m.lessons.map((l) => l.slug));
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Your progress</h1>
      <noscript>
        <p className="mt-4 rounded-xl border border-line bg-bg-subtle p-4">
          Your progress is kept in this browser and shown with JavaScript, which is turned off. Lessons, the glossary and the cheat sheet
          read fine without it; turn it on to track, export or import progress.
        </p>
      </noscript>
      <div className="mt-6">
        <CourseProgress slugs={slugs} />
      </div>
      <div className="mt-8">
        <ProgressTransfer lessonSlugs={slugs} />
      </div>
      <div className="mt-8 empty:hidden">
        <UnreadableCopies />
      </div>
      <h2 className="mt-10 mb-4 text-xl font-semibold">Quiz accuracy</h2>
      <QuizStats />
      <h2 id="attempt-history" className="mt-10 mb-4 scroll-mt-20 text-xl font-semibold">
        Exams and practice sessions
      </h2>
      <AttemptHistory />
      <h2 className="mt-10 mb-4 text-xl font-semibold">Lessons</h2>
      <LessonRecord modules={modules} />
    </div>
  );
}
