'use client';
import type { SyncedPlayback } from '@/components/playground/playback-sync';
import type { DeckPosition } from '@/lib/present/position';

export type Screen = 'normal' | 'black' | 'white';
export interface LaserPoint {
  x: number;
  y: number;
}

/** What the presenter and audience windows tell each other. */
export type DeckMessage =
  | { type: 'hello' }
  | { type: 'position'; position: DeckPosition }
  | { type: 'screen'; screen: Screen }
  | { type: 'laser'; point: LaserPoint | null }
  | { type: 'playback'; slide: number; state: SyncedPlayback }
  | { type: 'playback-request'; slide: number }
  | { type: 'navigate'; slug: string; hash: string };

export interface DeckChannel {
  post: (message: DeckMessage) => void;
  close: () => void;
}

/**
 * The windows of one deck talk over a BroadcastChannel (same origin, same browser). Where the
 * browser has none, each window still works on its own.
 */
export function openDeckChannel(slug: string, onMessage: (message: DeckMessage) => void): DeckChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
  const channel = new BroadcastChannel(`stevedore-deck:${slug}`);
  channel.onmessage = (event: MessageEvent<DeckMessage>) => {
    if (event.data && typeof event.data === 'object' && typeof event.data.type === 'string') onMessage(event.data);
  };
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
