'use client';
import { useApp } from '@/lib/store';

/** A tick for a completed lesson; an empty ring otherwise (also while saved progress loads). */
export function LessonStatus({ slug, className = '' }: { slug: string; className?: string }) {
  const done = useApp((s) => s.hydrated && Boolean(s.progress.completed[slug]));
  return (
    <span className={`inline-flex size-5 shrink-0 items-center justify-center rounded-full ${done ? 'bg-accent text-accent-fg' : 'ring-2 ring-line ring-inset'} ${className}`}>
      {done ? (
        <svg width="12" height="12" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3.5" aria-hidden="true"><path d="M5 12.5l4.5 4.5L19 7.5" /></svg>
      ) : null}
      <span className="sr-only">{done ? 'Completed' : 'Not completed'}</span>
    </span>
  );
}
