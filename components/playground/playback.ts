'use client';
/**
 * The playback cursor: simulated time `t` (seconds), playing or paused, at a speed in simulated
 * seconds per real second. One small store per playground, so only the parts that depend on the
 * time re-render, and only when what they show changes (most subscribe to the minute).
 */
import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';

export const SPEEDS = [1, 10, 30, 60, 120, 300, 600] as const;
export const DEFAULT_SPEED = 60;

export interface Playback {
  t: number;
  duration: number;
  playing: boolean;
  speed: number;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  seek: (t: number) => void;
  step: (minutes: number) => void;
  faster: () => void;
  slower: () => void;
  setSpeed: (speed: number) => void;
  setDuration: (duration: number) => void;
  reset: () => void;
  end: () => void;
}

export function createPlayback(duration: number): StoreApi<Playback> {
  return createStore<Playback>((set, get) => ({
    t: 0,
    duration,
    playing: false,
    speed: DEFAULT_SPEED,
    play: () => set((s) => ({ playing: true, t: s.t >= s.duration ? 0 : s.t })),
    pause: () => set({ playing: false }),
    toggle: () => (get().playing ? get().pause() : get().play()),
    seek: (t) => set((s) => ({ t: Math.max(0, Math.min(s.duration, t)) })),
    // A step lands on a minute boundary, where the engine's datapoints and decisions are.
    step: (minutes) =>
      set((s) => {
        const m = minutes > 0 ? Math.floor(s.t / 60 + 1e-9) + minutes : Math.ceil(s.t / 60 - 1e-9) + minutes;
        return { playing: false, t: Math.max(0, Math.min(s.duration, m * 60)) };
      }),
    faster: () => set((s) => ({ speed: SPEEDS.find((x) => x > s.speed) ?? s.speed })),
    slower: () => set((s) => ({ speed: [...SPEEDS].reverse().find((x) => x < s.speed) ?? s.speed })),
    setSpeed: (speed) => set({ speed }),
    setDuration: (d) => set((s) => ({ duration: d, t: Math.min(s.t, d), playing: s.playing && s.t < d })),
    reset: () => set({ t: 0, playing: false }),
    end: () => set((s) => ({ t: s.duration, playing: false })),
  }));
}

export const PlaybackContext = createContext<StoreApi<Playback> | null>(null);

export function usePlayback<T>(selector: (p: Playback) => T): T {
  const store = useContext(PlaybackContext);
  if (!store) throw new Error('usePlayback outside a playground');
  return useStore(store, selector);
}

/** Advances t by real elapsed time × speed on each animation frame while playing. */
export function startLoop(store: StoreApi<Playback>): () => void {
  let raf = 0;
  let last = 0;
  const frame = (now: number) => {
    const s = store.getState();
    if (!s.playing) {
      raf = 0;
      return;
    }
    // Cap a frame's step so a background tab does not jump the run to its end on return.
    const dt = last ? Math.min(0.1, (now - last) / 1000) : 0;
    last = now;
    const t = s.t + dt * s.speed;
    if (t >= s.duration) store.setState({ t: s.duration, playing: false });
    else store.setState({ t });
    raf = requestAnimationFrame(frame);
  };
  const unsub = store.subscribe((s, prev) => {
    if (s.playing && !prev.playing && !raf) {
      last = 0;
      raf = requestAnimationFrame(frame);
    }
  });
  if (store.getState().playing) raf = requestAnimationFrame(frame);
  return () => {
    unsub();
    if (raf) cancelAnimationFrame(raf);
  };
}
