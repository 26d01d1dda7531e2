import type { Metadata } from 'next';
import Link from 'next/link';
import { SiteChrome } from '@/components/site/SiteChrome';
import { getCourse } from '@/lib/content/index.server';

export const metadata: Metadata = { title: 'Page not found' };

export default function NotFound() {
  const lessons = getCourse().lessons.slice(0, 5);
  return (
    <SiteChrome>
    <div className="mx-auto max-w-2xl px-4 py-16">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">This page is not in the course</h1>
      <p className="mt-4 text-lg text-muted">
        The address may be mistyped, or the page may have moved. Lesson addresses look like <code className="font-mono text-base">/lessons/what-is-docker/</code>.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/" className="rounded-lg bg-accent px-4 py-2 font-medium text-accent-fg hover:opacity-90">All lessons</Link>
        <Link href="/progress/" className="rounded-lg border border-line px-4 py-2 font-medium hover:bg-bg-subtle">Your progress</Link>
      </div>
      {lessons.length > 0 ? (
        <section aria-labelledby="try" className="mt-10">
          <h2 id="try" className="font-semibold">Lessons you might be looking for</h2>
          <ul className="mt-3 list-disc space-y-1 pl-5">
            {lessons.map((l) => <li key={l.slug}><Link href={`/lessons/${l.slug}/`} className="text-accent underline">{l.title}</Link></li>)}
          </ul>
        </section>
      ) : null}
    </div>
    </SiteChrome>
  );
}
