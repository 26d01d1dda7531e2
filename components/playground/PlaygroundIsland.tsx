'use client';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { PlaygroundProps } from './Playground';
import { PlaygroundSkeleton } from './PlaygroundSkeleton';

// The engine, zod, uPlot and the playground UI live in this lazily loaded chunk: a page that never
// renders the island (most lessons) never downloads them.
const Playground = lazy(() => import('./Playground'));

/**
 * Client island for the playground. An embed loads when it comes within 600 px of the viewport;
 * the page loads as soon as it hydrates. Both sit in a box of the final size, so nothing shifts when it arrives.
 */
export function PlaygroundIsland(props: PlaygroundProps & { className?: string }) {
  const { className = '', ...rest } = props;
  const box = useRef<HTMLDivElement>(null);
  // The server always renders the skeleton, even for the page: without JavaScript that is what
  // stays (with its explanation), not a playground that looks usable and never runs.
  const [near, setNear] = useState(false);
  const page = props.mode === 'page';
  useEffect(() => {
    if (near) return;
    const el = box.current;
    if (page || !el || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const io = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        setNear(true);
        io.disconnect();
      }
    }, { rootMargin: '600px 0px' });
    io.observe(el);
    return () => io.disconnect();
  }, [near, page]);
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
