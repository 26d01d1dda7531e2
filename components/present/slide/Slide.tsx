'use client';
import { Activity, type ReactNode } from 'react';
import { SlideIndexContext, useDeckView } from '../deck-view';

/**
 * Slides on each side of the current one that the stage and the preview keep built but hidden:
 * advancing shows a slide React rendered while the room was reading the last one, instead of
 * building it inside the key press.
 */
const KEPT_READY = 1;

/**
 * One slide (the deck parser wraps each in `<Slide index fragments>`). The document copy shows
 * every slide; a thumbnail only its own; the stage and the preview show the slide their view is on.
 */
export function Slide({ index, children }: { index: number; fragments: number; children: ReactNode }) {
  const view = useDeckView();
  const current = view.slide === index;
  const section = (
    <SlideIndexContext.Provider value={index}>
      <section className="deck-slide" data-slide={index + 1} aria-label={view.copy === 'document' ? `Slide ${index + 1}` : undefined}>
        {children}
      </section>
    </SlideIndexContext.Provider>
  );
  if (view.copy === 'document') return section;
  if (view.copy === 'thumb') return current ? section : null;
  if (Math.abs(index - view.slide) > KEPT_READY) return null;
  return <Activity mode={current ? 'visible' : 'hidden'}>{section}</Activity>;
}
