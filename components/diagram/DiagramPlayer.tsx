'use client';

import {
  lazy,
  Suspense,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Button } from '@/components/ui/Button';
import { useNearViewport } from '@/components/ui/use-near-viewport';
import type { LaidOutDiagram } from '@/lib/diagram/layout-types';
import type { InteractiveDiagramProps } from './InteractiveDiagram';
import { revealBetweenBars } from './reveal';
import { useFullscreen } from './use-fullscreen';
import { useHydrated, usePrefersReducedMotion } from './use-media';
import { useWalkthrough } from './use-walkthrough';
import { stepBounds, viewportFor } from './viewport';
import { WalkthroughControls } from './WalkthroughControls';

interface Props {
  diagram: LaidOutDiagram;
  /** Ids of the title and summary that label the picture. */
  labelledBy: string;
  /** The whole diagram as the server drew it (DiagramSvg, no step): the first view and the no-JS view. */
  still: ReactNode;
  /** Server-rendered legend, shown right under the picture. */
  legend?: ReactNode;
}

// A walkthrough step chosen before React Flow is ready redraws the SVG with that step highlighted:
// only then does the drawing code load (the still picture comes drawn from the server).
const StepSvg = lazy(() => import('./DiagramSvg').then((m) => ({ default: m.DiagramSvg })));

/** A small diagram may grow this much to fill the column; a wide one shrinks to fit it, never scrolls. */
const MAX_UPSCALE = 1.25;

/** How far below the fold React Flow starts loading, so it is ready by the time the diagram arrives. */
const PRELOAD_MARGIN = '400px 0px';

/**
 * A diagram in a lesson: the server SVG first (also the no-JS view), swapped for React Flow once
 * that has loaded, which happens only as the diagram nears the viewport. The walkthrough works on
 * either. The drawing always fits the column's width (its box keeps the diagram's aspect ratio, so
 * the SVG and React Flow's first view have the same size): nothing is clipped and nothing scrolls
 * sideways. Page scroll is never captured: pan and zoom wait until the reader presses Explore.
 */
export function DiagramPlayer({ diagram, labelledBy, still, legend }: Props) {
  const playerRef = useRef<HTMLDivElement>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const hydrated = useHydrated();
  const reducedMotion = usePrefersReducedMotion();
  const walkthrough = useWalkthrough(diagram.id, diagram.steps.length, playerRef);
  // Back from full screen, the step's highlighted parts must not sit under the sticky walkthrough
  // bar (or the header): where the view will show them is known from the data, before React Flow
  // has reframed.
  const revealHighlight = () => {
    const box = boxRef.current;
    const step = walkthrough.stepIndex === undefined ? undefined : diagram.steps[walkthrough.stepIndex];
    const bounds = step && stepBounds(diagram, step);
    if (!box || !step || !bounds || box.clientHeight === 0) return;
    const view = viewportFor(diagram, step, box.clientWidth, box.clientHeight);
    const top = box.getBoundingClientRect().top;
    revealBetweenBars(
      {
        top: top + Math.max(0, bounds.y * view.zoom + view.y),
        bottom: top + Math.min(box.clientHeight, (bounds.y + bounds.height) * view.zoom + view.y),
      },
      playerRef.current?.querySelector<HTMLElement>('[data-walkthrough-bar]'),
    );
  };
  const fullscreen = useFullscreen(playerRef, { onRestored: revealHighlight });
  const [exploring, setExploring] = useState(false);
  const [Interactive, setInteractive] = useState<ComponentType<InteractiveDiagramProps>>();
  const [interactiveReady, setInteractiveReady] = useState(false);

  const near = useNearViewport(boxRef, PRELOAD_MARGIN);
  useEffect(() => {
    if (!near) return;
    let cancelled = false;
    import('./InteractiveDiagram').then((module) => {
      if (!cancelled) setInteractive(() => module.InteractiveDiagram);
    });
    return () => {
      cancelled = true;
    };
  }, [near]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || diagram.steps.length === 0) return;
    if (event.key === 'ArrowRight') {
      event.preventDefault();
      walkthrough.stop();
      walkthrough.next();
    }
    if (event.key === 'ArrowLeft') {
      event.preventDefault();
      walkthrough.stop();
      walkthrough.previous();
    }
  };

  return (
    <div ref={playerRef} className="dg-player" data-fullscreen={fullscreen.mode} onKeyDown={onKeyDown}>
      {/* Present (but invisible and unfocusable) before hydration, so the page does not shift when it appears. */}
      <div
        className={`mb-2 flex flex-wrap items-center justify-end gap-2 ${hydrated ? '' : 'invisible'}`}
        aria-hidden={!hydrated || undefined}
      >
        {/* One way to say each state: Explore is a toggle (a fixed name, pressed or not); full
            screen is an action whose name says what it will do. */}
        {/* Full screen pans and zooms by itself, so Explore is not offered there. */}
        <Button
          size="sm"
          className="aria-pressed:border-accent aria-pressed:bg-accent-soft"
          aria-pressed={exploring}
          disabled={!interactiveReady}
          hidden={fullscreen.mode !== undefined}
          onClick={() => setExploring(!exploring)}
        >
          Explore
        </Button>
        {/* Full screen starts afresh: the zoom Explore left behind is not carried in, nor back out. */}
        <Button
          size="sm"
          onClick={() => {
            setExploring(false);
            void fullscreen.toggle();
          }}
        >
          {fullscreen.mode ? 'Exit full screen' : 'Full screen'}
        </Button>
      </div>
      <div className="dg-window rounded-xl border border-line bg-card">
        <div
          ref={boxRef}
          className="dg-box relative mx-auto"
          style={{ aspectRatio: `${diagram.width} / ${diagram.height}`, maxWidth: diagram.width * MAX_UPSCALE } as CSSProperties}
          tabIndex={0}
          role="group"
          aria-label={`${diagram.title}, diagram${diagram.steps.length && hydrated ? ': left and right arrow keys move through the walkthrough' : ''}`}
          data-diagram-box={diagram.id}
          data-interactive={interactiveReady ? 'true' : 'false'}
        >
          {!interactiveReady &&
            (walkthrough.stepIndex === undefined ? (
              still
            ) : (
              <Suspense fallback={still}>
                <StepSvg diagram={diagram} stepIndex={walkthrough.stepIndex} reducedMotion={reducedMotion} labelledBy={labelledBy} />
              </Suspense>
            ))}
          {Interactive && (
            <div className="absolute inset-0" style={{ opacity: interactiveReady ? 1 : 0 }}>
              <Interactive
                diagram={diagram}
                stepIndex={walkthrough.stepIndex}
                reducedMotion={reducedMotion}
                exploring={exploring}
                fullscreen={fullscreen.mode !== undefined}
                onReady={() => setInteractiveReady(true)}
                labelledBy={labelledBy}
              />
            </div>
          )}
        </div>
      </div>
      {legend}
      {diagram.steps.length > 0 && <WalkthroughControls diagram={diagram} walkthrough={walkthrough} interactive={hydrated} />}
    </div>
  );
}
