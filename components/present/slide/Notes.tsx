'use client';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useDeckView, useSlideIndex } from '../deck-view';

/**
 * Speaker notes. In the presenter window they move to the notes panel while their slide is on
 * stage; the document copy keeps them (hidden on screen and without JS, printed when asked);
 * the audience never sees them.
 */
export function Notes({ children }: { children: ReactNode }) {
  const view = useDeckView();
  const slide = useSlideIndex();
  if (view.copy === 'stage' && view.window === 'presenter' && view.notesTarget) {
    // Only the current slide's notes: its neighbours are kept built, hidden, beside it.
    if (slide !== view.slide) return null;
    return createPortal(<div className="deck-notes-text">{children}</div>, view.notesTarget);
  }
  if (view.copy !== 'document') return null;
  return (
    <aside className="deck-notes" data-print={view.printNotes ? 'true' : 'false'} aria-label="Speaker notes">
      <p className="deck-notes-label">Speaker notes</p>
      {children}
    </aside>
  );
}
