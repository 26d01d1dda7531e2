'use client';
import { Button } from '@/components/ui/Button';
import type { ReactNode } from 'react';
import type { IndexedBank } from '@/lib/quiz/bank';
import { useApp } from '@/lib/store';
import { useQuizBank } from './useQuizBank';

/**
 * Waits for the question bank and the saved progress, showing a skeleton of roughly the final
 * size meanwhile and a clear error (with retry) if the bank cannot be loaded.
 */
export function BankGate({ children, skeletonRows = 4 }: { children: (index: IndexedBank) => ReactNode; skeletonRows?: number }) {
  const bank = useQuizBank();
  const hydrated = useApp((s) => s.hydrated);
  if (bank.status === 'error') {
    return (
      <div
        role="alert"
        className="rounded-xl border border-red-300 bg-red-50 p-5 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
      >
        <p className="font-semibold">The questions could not be loaded.</p>
        <p className="mt-1 text-sm">Check your connection and try again ({bank.message}).</p>
        <Button onClick={bank.retry} className="mt-3">
          Try again
        </Button>
      </div>
    );
  }
  if (bank.status === 'loading' || !hydrated) return <Skeleton rows={skeletonRows} />;
  return <>{children(bank.index)}</>;
}

export function Skeleton({ rows }: { rows: number }) {
  return (
    <div aria-busy="true" aria-live="polite" className="animate-pulse space-y-4 motion-reduce:animate-none">
      <span className="sr-only">Loading questions…</span>
      <div className="h-7 w-2/3 rounded bg-bg-subtle" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="h-14 rounded-xl border border-line bg-bg-subtle" />
      ))}
    </div>
  );
}
