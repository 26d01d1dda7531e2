import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { PracticeApp } from '@/components/quiz/PracticeApp';

export const metadata: Metadata = pageMetadata({
  path: '/practice/',
  title: 'Practice',
  description: 'Exam-style questions on containers on AWS, in practice and timed exam modes.',
});

export default function PracticePage() {
  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Practice questions</h1>
      <p className="mt-2 max-w-2xl text-muted">
        Exam-style questions from every lesson, with an explanation for every option. Practice mode explains each answer as you go; exam
        mode is timed and scores you at the end. Everything you answer joins your{' '}
        <Link href="/review/" className="text-accent underline underline-offset-2">
          review queue
        </Link>
        .
      </p>
      <div className="mt-8">
        <PracticeApp />
      </div>
    </div>
  );
}
