'use client';
import { useMemo } from 'react';
import { PlaygroundIsland } from '@/components/playground/PlaygroundIsland';
import '@/components/playground/playground.css';
import type { Preset } from '@/lib/playground/types';
import { useDeckView, useSlideIndex } from '../deck-view';

/**
 * A live scaling playground on a slide, large enough for a room. On stage it runs, and both
 * windows mirror each other's playback; previews, thumbnails and the handout show what it is.
 */
export function SlidePlayground({ preset }: { preset: Preset }) {
  const view = useDeckView();
  const slide = useSlideIndex();
  const { playbackSync } = view;
  const sync = useMemo(() => playbackSync?.(slide), [playbackSync, slide]);
  // A slide kept ready beside the current one shows the card: the simulation starts on stage.
  if (view.copy !== 'stage' || slide !== view.slide) {
    return (
      <div className="deck-playground-card" data-playground-preset={preset.id}>
        <p className="deck-playground-name">Live simulation: {preset.name}</p>
        <p>{preset.description}</p>
      </div>
    );
  }
  return (
    <figure className="deck-playground" data-playground-preset={preset.id} aria-label={`Scaling playground: ${preset.name}`}>
      <PlaygroundIsland presets={[preset]} initialPresetId={preset.id} mode="embed" sync={sync} className="deck-playground-box" />
    </figure>
  );
}
