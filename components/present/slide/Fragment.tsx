'use client';
import type { ReactNode } from 'react';
import { useRevealsPast } from '../deck-view';

/**
 * Revealed one by one. It keeps its space while hidden (nothing jumps when it appears); a span,
 * so it works inside a list item as well as around paragraphs (CSS makes the block form a block).
 */
export function Fragment({ at, children }: { at: number; children: ReactNode }) {
  const shown = useRevealsPast(at) > 0;
  return (
    <span className="deck-fragment" data-shown={shown ? 'true' : 'false'} aria-hidden={shown ? undefined : true}>
      {children}
    </span>
  );
}
