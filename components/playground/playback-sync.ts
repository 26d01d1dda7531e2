'use client';
import type { StoreApi } from 'zustand';
import type { Playback } from './playback';

/** What two windows share of a playground: the simulated time, playing or paused, and the speed. */
export interface SyncedPlayback {
  t: number;
  playing: boolean;
  speed: number;
}

/** A two-way link to the other window's copy of the same playground. */
export interface PlaybackSync {
  publish: (state: SyncedPlayback) => void;
  subscribe: (apply: (state: SyncedPlayback) => void) => () => void;
  /** Asks the other window for its state (a playground that mounts late catches up). */
  request: () => void;
  onRequest: (answer: () => void) => () => void;
}

/** While playing, the window that last acted re-sends its time this often, so the other never drifts a minute apart. */
const HEARTBEAT_MS = 500;

/**
 * Mirrors a playback store through `sync`: what the learner does here (play, pause, speed, step,
 * scrub) is published; what arrives is applied without being echoed back. The animation loop's
 * own small advances are not actions; a jump larger than a frame's is.
 */
export function connectPlayback(store: StoreApi<Playback>, sync: PlaybackSync): () => void {
  let applying = false;
  let leading = false;
  const snapshot = (s: Playback): SyncedPlayback => ({ t: s.t, playing: s.playing, speed: s.speed });
  const unsubscribeStore = store.subscribe((s, prev) => {
    if (applying) return;
    const frameAdvance = s.playing && prev.playing && s.t >= prev.t && s.t - prev.t <= 0.1 * s.speed + 1e-6;
    const acted = s.playing !== prev.playing || s.speed !== prev.speed || (s.t !== prev.t && !frameAdvance);
    if (!acted) return;
    leading = true;
    sync.publish(snapshot(s));
  });
  const unsubscribeSync = sync.subscribe((state) => {
    leading = false;
    applying = true;
    try {
      const s = store.getState();
      store.setState({ t: Math.max(0, Math.min(s.duration, state.t)), playing: state.playing && state.t < s.duration, speed: state.speed });
    } finally {
      applying = false;
    }
  });
  const unsubscribeRequest = sync.onRequest(() => sync.publish(snapshot(store.getState())));
  sync.request();
  const heartbeat = window.setInterval(() => {
    const s = store.getState();
    if (leading && s.playing) sync.publish(snapshot(s));
  }, HEARTBEAT_MS);
  return () => {
    unsubscribeStore();
    unsubscribeSync();
    unsubscribeRequest();
    window.clearInterval(heartbeat);
  };
}
