import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { ReviewApp } from '@/components/quiz/ReviewApp';

export const metadata: Metadata = pageMetadata({
  path: '/review/',
  title: 'Review',
  description: 'Spaced review of the questions you answered.',
});

export default function ReviewPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Spaced review</h1>
      <p className="mt-2 text-muted">
        Every question you answer comes back on a schedule (FSRS): a miss returns in about ten minutes, a right answer in a couple of days,
        and each further success waits longer.
      </p>
      <div className="mt-8">
        <ReviewApp />
      </div>
    </div>
  );
}
