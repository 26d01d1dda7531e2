'use client';
import { createContext, useContext } from 'react';
import type { PlaybackSync } from '@/components/playground/playback-sync';

/**
 * Which rendering of the deck a component is in. The deck's MDX is rendered once on the server
 * and placed several times: the document (every slide in order: no-JS, print), the stage (the
 * current slide, in either window), the next-slide preview and the overview's thumbnails.
 */
export type DeckCopy = 'document' | 'stage' | 'preview' | 'thumb';
export type DeckWindow = 'presenter' | 'audience';

export interface DeckView {
  copy: DeckCopy;
  window: DeckWindow;
  /** The slide and reveals this copy shows. */
  slide: number;
  fragment: number;
  /** Where the stage's current notes go in the presenter window. */
  notesTarget: HTMLElement | null;
  /** Mirrors a playground slide's playback between the windows (stage copy only). */
  playbackSync: ((slide: number) => PlaybackSync) | null;
  /** Print with speaker notes (document copy). */
  printNotes: boolean;
}

const DOCUMENT: DeckView = {
  copy: 'document',
  window: 'presenter',
  slide: 0,
  fragment: 0,
  notesTarget: null,
  playbackSync: null,
  printNotes: false,
};

export const DeckViewContext = createContext<DeckView>(DOCUMENT);
export const useDeckView = () => useContext(DeckViewContext);

/** The index of the slide a component sits in (set by <Slide>). */
export const SlideIndexContext = createContext(0);
export const useSlideIndex = () => useContext(SlideIndexContext);

/**
 * Reveals showing for a component whose first reveal is number `at` (0-based) on slide `slide`. A
 * slide kept ready beside the current one shows none, so a reveal there never re-renders it.
 */
export function revealsPast(view: DeckView, at: number, slide: number): number {
  if (view.copy === 'document') return Number.POSITIVE_INFINITY;
  if (slide !== view.slide) return 0;
  return Math.max(0, view.fragment - at);
}

/** `revealsPast` for the component's own slide. */
export const useRevealsPast = (at: number) => revealsPast(useDeckView(), at, useSlideIndex());
