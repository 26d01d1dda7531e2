'use client';
import { lazy, Suspense, useRef } from 'react';
import { useHydrated } from '@/components/diagram/use-media';
import { useNearViewport } from '@/components/ui/use-near-viewport';
import type { PlaygroundProps } from './Playground';
import { PlaygroundSkeleton } from './PlaygroundSkeleton';

// The engine, zod, uPlot and the playground UI live in this lazily loaded chunk: a page that never
// renders the island (most lessons) never downloads them.
const Playground = lazy(() => import('./Playground'));

/**
 * Client island for the playground. An embed loads when it comes within 600 px of the viewport;
 * the page loads as soon as it hydrates. Both sit in a box of the final size, so nothing shifts when it arrives.
 * Without JavaScript nothing will load: the skeleton says so instead of waiting forever.
 */
export function PlaygroundIsland(props: PlaygroundProps & { className?: string }) {
  const { className = '', ...rest } = props;
  const box = useRef<HTMLDivElement>(null);
  // The server always renders the skeleton, even for the page: without JavaScript that is what
  // stays (with its explanation), not a playground that looks usable and never runs.
  const hydrated = useHydrated();
  const nearViewport = useNearViewport(box, '600px 0px');
  const near = props.mode === 'page' ? hydrated : nearViewport;
  return (
    // A container: the skeleton and the playground lay out by the room they get, not the viewport.
    <div ref={box} className={`@container ${className}`}>
      {near ? (
        <Suspense fallback={<PlaygroundSkeleton />}>
          <Playground {...rest} />
        </Suspense>
      ) : (
        <PlaygroundSkeleton />
      )}
    </div>
  );
}
