import type { ReactNode } from 'react';
import type { DeckMeta } from '@/lib/present/types';

/**
 * Every slide in order, as a page: what a deck is without JavaScript, and the printed handout
 * (one slide per page; speaker notes only when the presenter asked for them).
 */
export function DeckDocument({
  deck,
  live,
  printNotes,
  children,
}: {
  deck: DeckMeta;
  live: boolean;
  printNotes: boolean;
  children: ReactNode;
}) {
  return (
    <article className="deck-document" data-live={live ? 'true' : undefined} data-print-notes={printNotes ? 'true' : 'false'}>
      <header className="deck-document-header">
        <p className="text-sm font-semibold uppercase tracking-wider text-accent">Slides</p>
        <h1 className="mt-1 text-3xl font-bold tracking-tight">{deck.title}</h1>
        <p className="mt-2 text-muted">
          {deck.slides.length} slides · about {deck.minutes} minutes ·{' '}
          <a href={deck.lessonHref} className="text-accent underline">
            Read the lesson
          </a>
        </p>
        <p className="mt-3 hidden rounded-lg border border-line bg-bg-subtle p-3 text-sm noscript:block">
          Presenting (one slide at a time, speaker notes, the audience window and live diagrams) needs JavaScript. Here is every slide in
          order.
        </p>
      </header>
      {children}
    </article>
  );
}
