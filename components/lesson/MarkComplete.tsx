'use client';
import { useEffect } from 'react';
import { Button } from '@/components/ui/Button';
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
      <Button
        variant={done ? 'secondary' : 'primary'}
        size="lg"
        disabled={!hydrated}
        aria-pressed={done}
        onClick={() => (done ? markIncomplete(slug) : markComplete(slug))}
        className={`noscript:hidden ${done ? 'border-accent text-accent' : ''}`}
      >
        {done ? (
          <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="3" aria-hidden="true">
            <path d="M5 12.5l4.5 4.5L19 7.5" />
          </svg>
        ) : null}
        {done ? 'Completed' : 'Mark as complete'}
        <span className="sr-only">: {title}</span>
      </Button>
      {/* Progress lives in the browser's storage, which only a script can write. */}
      <p className="hidden text-sm text-muted noscript:block">
        Marking lessons complete saves your progress in this browser and needs JavaScript.
      </p>
      <p role="status" className="text-sm text-muted">
        {done && completedAt ? `Completed on ${new Date(completedAt).toLocaleDateString()}. Press again to undo.` : ''}
      </p>
    </div>
  );
}
