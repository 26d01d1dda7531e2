'use client';
import { ButtonLink } from '@/components/ui/Button';
import { LessonSuggestions } from './LessonSuggestions';
import { SiteChrome } from './SiteChrome';
import type { SuggestibleLesson } from '@/lib/suggest-lessons';

/** The 404 page inside the site's chrome (app/not-found.tsx loads it lazily). */
export default function NotFoundPage({ lessons }: { lessons: SuggestibleLesson[] }) {
  return (
    <SiteChrome>
      <div className="mx-auto max-w-2xl px-4 py-16">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">404</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight">This page is not in the course</h1>
        <p className="mt-4 text-lg text-muted">
          The address may be mistyped, or the page may have moved. Lesson addresses look like{' '}
          <code className="font-mono text-base">/lessons/what-is-docker/</code>.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <ButtonLink href="/" variant="primary" size="lg">
            All lessons
          </ButtonLink>
          <ButtonLink href="/progress/" size="lg">
            Your progress
          </ButtonLink>
        </div>
        <LessonSuggestions lessons={lessons} />
      </div>
    </SiteChrome>
  );
}
