'use client';
import { countDue } from '@/lib/quiz/review-queue';
import { useApp } from '@/lib/store';
import { useNow } from './useNow';

/** The number of review questions due, beside "Review" in the header. Renders nothing when none are. */
export function DueBadge() {
  const now = useNow(60_000);
  const due = useApp((s) => (s.hydrated ? countDue(s.quiz.cards, now) : 0));
  if (due === 0) return null;
  return (
    <span className="ml-1.5 inline-flex min-w-5 items-center justify-center rounded-full bg-accent px-1.5 text-xs font-semibold leading-5 text-accent-fg">
      {due > 99 ? '99+' : due}
      <span className="sr-only"> due</span>
    </span>
  );
}
