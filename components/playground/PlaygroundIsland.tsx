'use client';
import { lazy, Suspense, useRef } from 'react';
import { useNearViewport } from '@/components/ui/use-near-viewport';
import type { PlaygroundProps } from './Playground';
import { PlaygroundSkeleton } from './PlaygroundSkeleton';

// The engine, zod, uPlot and the playground UI live in this lazily loaded chunk: a page that never
// renders the island (most lessons) never downloads them.
const Playground = lazy(() => import('./Playground'));

/**
 * Client island for the playground. An embed loads when it comes within 600 px of the viewport;
 * the page loads at once. Both sit in a box of the final size, so nothing shifts when it arrives.
 * Without JavaScript nothing will load: the box says so instead of showing a skeleton forever.
 */
export function PlaygroundIsland(props: PlaygroundProps & { className?: string }) {
  const { className = '', ...rest } = props;
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box, '600px 0px', props.mode === 'page');
  return (
    <div ref={box} className={className}>
      {near ? (
        <Suspense fallback={<PlaygroundSkeleton />}>
          <Playground {...rest} />
        </Suspense>
      ) : (
        <>
          <div className="h-full min-h-[inherit] noscript:hidden"><PlaygroundSkeleton /></div>
          <div className="hidden h-full min-h-[inherit] flex-col items-center justify-center gap-2 p-6 text-center noscript:flex">
            <p className="font-semibold">The scaling playground needs JavaScript</p>
            <p className="max-w-md text-sm text-muted">
              It runs the simulation in your browser. Turn JavaScript on and reload to use it; everything else on this page reads without it.
            </p>
          </div>
        </>
      )}
    </div>
  );
}
