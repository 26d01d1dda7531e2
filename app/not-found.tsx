import type { Metadata } from 'next';
import { LessonSuggestions } from '@/components/site/LessonSuggestions';
import { SiteChrome } from '@/components/site/SiteChrome';
import { ButtonLink } from '@/components/ui/Button';
import { getCourse } from '@/lib/content/index.server';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  const lessons = getCourse().lessons.map((l) => ({ slug: l.slug, title: l.title }));
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
