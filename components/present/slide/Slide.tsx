'use client';
import type { ReactNode } from 'react';
import { SlideIndexContext, useDeckView } from '../deck-view';

/**
 * One slide (the deck parser wraps each in `<Slide index fragments>`). The document copy shows
 * every slide; the stage, the preview and a thumbnail only the slide their view is on. (Keeping the
 * neighbours built but hidden, with <Activity>, was tried: committing the next hidden slide made
 * long tasks of its own, e2e/present-performance.spec.ts.)
 */
export function Slide({ index, children }: { index: number; fragments: number; children: ReactNode }) {
  const view = useDeckView();
  if (view.copy !== 'document' && view.slide !== index) return null;
  return (
    <SlideIndexContext.Provider value={index}>
      <section className="deck-slide" data-slide={index + 1} aria-label={view.copy === 'document' ? `Slide ${index + 1}` : undefined}>
        {children}
      </section>
    </SlideIndexContext.Provider>
  );
}
