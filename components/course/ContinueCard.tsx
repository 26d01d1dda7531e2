'use client';
import { ButtonLink } from '@/components/ui/Button';
import { useApp } from '@/lib/store';

export interface ContinueLesson {
  slug: string;
  title: string;
  moduleTitle: string;
  minutes: number;
}

/**
 * "Continue where you left off": the last lesson opened if unfinished — at the section the learner
 * was reading — else the next unfinished one.
 */
// The skeleton and the card share one minimum height so the course list below does not jump.
export function ContinueCard({ lessons }: { lessons: ContinueLesson[] }) {
  const hydrated = useApp((s) => s.hydrated);
  const completed = useApp((s) => s.progress.completed);
  const lastVisited = useApp((s) => s.progress.lastVisited);
  const reading = useApp((s) => s.progress.reading);

  if (!hydrated) {
    const first = lessons[0];
    return (
      <>
        <div
          className="min-h-[7.125rem] animate-pulse rounded-xl border border-line bg-bg-subtle motion-reduce:animate-none noscript:hidden"
          aria-hidden="true"
        />
        {/* Saved progress is read by a script: without one, the card offers the course's start. */}
        {first ? (
          <section
            aria-labelledby="continue-heading"
            className="hidden min-h-[7.125rem] flex-wrap items-center gap-4 rounded-xl border border-line bg-accent-soft p-5 noscript:flex"
          >
            <div className="min-w-0 flex-1">
              <h2 id="continue-heading" className="text-sm font-medium text-muted">
                Start here
              </h2>
              <p className="mt-1 truncate text-lg font-semibold text-fg">{first.title}</p>
              <p className="text-sm text-muted">
                {first.moduleTitle} · {first.minutes} min. Saving your progress needs JavaScript.
              </p>
            </div>
            <ButtonLink href={`/lessons/${first.slug}/`} variant="primary" size="lg">
              Start<span className="sr-only">: {first.title}</span>
            </ButtonLink>
          </section>
        ) : null}
      </>
    );
  }

  const last = lessons.find((l) => l.slug === lastVisited?.slug && !completed[l.slug]);
  const next = last ?? lessons.find((l) => !completed[l.slug]);
  const started = lastVisited !== null || Object.keys(completed).length > 0;

  if (!next) {
    return (
      <section aria-labelledby="continue-heading" className="min-h-[7.125rem] rounded-xl border border-line bg-accent-soft p-5">
        <h2 id="continue-heading" className="font-semibold">
          You have completed every lesson
        </h2>
        <p className="mt-1 text-sm text-muted">Revisit any lesson below, or check your record on the progress page.</p>
      </section>
    );
  }

  const section = last ? reading[last.slug]?.section : null;
  const heading = last ? 'Continue where you left off' : started ? 'Up next' : 'Start here';
  return (
    <section
      aria-labelledby="continue-heading"
      className="flex min-h-[7.125rem] flex-wrap items-center gap-4 rounded-xl border border-line bg-accent-soft p-5"
    >
      <div className="min-w-0 flex-1">
        <h2 id="continue-heading" className="text-sm font-medium text-muted">
          {heading}
        </h2>
        <p className="mt-1 truncate text-lg font-semibold text-fg">{next.title}</p>
        <p className="text-sm text-muted">
          {next.moduleTitle} · {next.minutes} min
        </p>
      </div>
      <ButtonLink href={`/lessons/${next.slug}/${section ? `#${section}` : ''}`} variant="primary" size="lg">
        {last ? 'Continue' : 'Start'}
        <span className="sr-only">: {next.title}</span>
      </ButtonLink>
    </section>
  );
}
