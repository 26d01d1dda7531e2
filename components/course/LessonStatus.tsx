'use client';
import { useApp } from '@/lib/store';

type Status = 'done' | 'started' | 'new';

/**
 * A tick for a completed lesson, a half-filled ring for one opened but not completed, an empty ring
 * otherwise (also while saved progress loads).
 */
export function LessonStatus({ slug, className = '' }: { slug: string; className?: string }) {
  const status = useApp((s): Status => {
    if (!s.hydrated) return 'new';
    if (s.progress.completed[slug]) return 'done';
    return s.progress.reading[slug] ? 'started' : 'new';
  });
  return (
    <span
      className={`inline-flex size-5 shrink-0 items-center justify-center rounded-full ${status === 'done' ? 'bg-accent text-accent-fg' : 'ring-2 ring-inset'} ${status === 'started' ? 'text-accent ring-accent' : 'ring-line'} ${className}`}
    >
      {status === 'done' ? (
        <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3.5" aria-hidden="true">
          <path d="M5 12.5l4.5 4.5L19 7.5" />
        </svg>
      ) : null}
      {status === 'started' ? (
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M5 0a5 5 0 0 1 0 10z" fill="currentColor" />
        </svg>
      ) : null}
      <span className="sr-only">{status === 'done' ? 'Completed' : status === 'started' ? 'In progress' : 'Not completed'}</span>
    </span>
  );
}
