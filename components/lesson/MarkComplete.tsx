'use client';
import { useEffect } from 'react';
import { useApp } from '@/lib/store';

/** Toggles the lesson's completion; also records the visit for "continue where you left off". */
export function MarkComplete({ slug, title }: { slug: string; title: string }) {
  const hydrated = useApp((s) => s.hydrated);
  const completedAt = useApp((s) => s.progress.completed[slug]);
  const markComplete = useApp((s) => s.markComplete);
  const markIncomplete = useApp((s) => s.markIncomplete);
  const recordVisit = useApp((s) => s.recordVisit);

  useEffect(() => {
    if (hydrated) recordVisit(slug);
  }, [hydrated, slug, recordVisit]);

  const done = Boolean(completedAt);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={!hydrated}
        aria-pressed={done}
        onClick={() => (done ? markIncomplete(slug) : markComplete(slug))}
        className={`inline-flex items-center gap-2 rounded-lg px-4 py-2 font-medium disabled:opacity-60 ${done ? 'border border-accent text-accent hover:bg-accent-soft' : 'bg-accent text-accent-fg hover:opacity-90'}`}
      >
        {done ? (
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3" aria-hidden="true"><path d="M5 12.5l4.5 4.5L19 7.5" /></svg>
        ) : null}
        {done ? 'Completed' : 'Mark as complete'}
        <span className="sr-only">: {title}</span>
      </button>
      <p role="status" className="text-sm text-muted">
        {done && completedAt ? `Completed on ${new Date(completedAt).toLocaleDateString()}. Press again to undo.` : ''}
      </p>
    </div>
  );
}
