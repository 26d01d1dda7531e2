'use client';
import { useId } from 'react';
import { DiagramSvg } from '@/components/diagram/DiagramSvg';
import { usePrefersReducedMotion } from '@/components/diagram/use-media';
import '@/components/diagram/diagram.css';
import type { LaidOutDiagram } from '@/lib/diagram/layout-types';
import { useDeckView, useRevealsPast } from '../deck-view';

/**
 * A diagram on a slide. Each reveal is the next walkthrough step (highlight, packet, caption), so
 * the clicker walks the diagram with the same key that moves slides. The document copy shows the
 * overview with every step listed.
 */
export function SlideDiagram({ diagram, at }: { diagram: LaidOutDiagram; at: number }) {
  const view = useDeckView();
  const reducedMotion = usePrefersReducedMotion();
  const id = useId();
  const past = useRevealsPast(at);
  const stepIndex = view.copy === 'document' || past === 0 ? undefined : Math.min(diagram.steps.length - 1, past - 1);
  const caption = stepIndex === undefined ? undefined : diagram.steps[stepIndex]?.caption;
  return (
    <figure
      className="deck-diagram"
      data-diagram={diagram.id}
      data-step={stepIndex === undefined ? 'overview' : stepIndex + 1}
      aria-labelledby={`${id}-title`}
    >
      <div className="deck-diagram-box">
        <div className="deck-diagram-frame" style={{ aspectRatio: `${diagram.width} / ${diagram.height}` }}>
          <DiagramSvg diagram={diagram} stepIndex={stepIndex} reducedMotion={reducedMotion} labelledBy={`${id}-title`} />
        </div>
      </div>
      <figcaption className="deck-diagram-caption">
        <span id={`${id}-title`} className="sr-only">
          {diagram.title}
        </span>
        {view.copy === 'document' ? (
          <ol className="deck-diagram-steps">
            {diagram.steps.map((s, i) => (
              <li key={i}>{s.caption}</li>
            ))}
          </ol>
        ) : (
          <>
            <span className="deck-diagram-count">
              {stepIndex === undefined ? `${diagram.steps.length} steps` : `Step ${stepIndex + 1} of ${diagram.steps.length}`}
            </span>
            {/* Every caption in one grid cell, only the current one visible: the caption area is as
                tall as the longest, so stepping never moves the drawing. */}
            <span className="deck-diagram-captions">
              <span data-current={stepIndex === undefined ? 'true' : undefined}>{diagram.summary}</span>
              {diagram.steps.map((s, i) => (
                <span key={i} data-current={i === stepIndex ? 'true' : undefined}>
                  {s.caption}
                </span>
              ))}
            </span>
            {view.copy === 'stage' && (
              <span className="sr-only" aria-live="polite">
                {caption ?? ''}
              </span>
            )}
          </>
        )}
      </figcaption>
    </figure>
  );
}
