'use client';
import { lazy, Suspense, type ComponentProps } from 'react';
import { whenNear } from '@/components/ui/when-near';
import type { CheckYourself as Eager } from './CheckYourself';

const ISLAND = '[data-island="check-yourself"]';

/**
 * Its code loads only once the questions come within 600 px of the viewport. On the server it
 * renders in full (the loader resolves at once there), so the page's HTML holds every question
 * (and reads without JavaScript); in the browser React keeps that HTML as it is, unhydrated, until
 * the code arrives. "Check yourself" ends a lesson, so a lesson's first load no longer carries
 * the quiz's code (the JavaScript budget, scripts/perf/budgets.mjs).
 */
const CheckYourself = lazy(() =>
  whenNear(ISLAND, '600px 0px')
    .then(() => import('./CheckYourself'))
    .then((m) => ({ default: m.CheckYourself })),
);

export function LazyCheckYourself(props: ComponentProps<typeof Eager>) {
  return (
    <div data-island="check-yourself">
      {/* Only a client-side navigation ever shows the fallback (hydration keeps the server HTML). */}
      <Suspense fallback={<p className="text-sm text-muted">Loading the questions…</p>}>
        <CheckYourself {...props} />
      </Suspense>
    </div>
  );
}
