'use client';
import { startTransition, useCallback, useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import type { PlaybackSync, SyncedPlayback } from '@/components/playground/playback-sync';
import { formatHash, parseHash, samePosition, type DeckPosition, type DeckShape } from '@/lib/present/position';
import { openDeckChannel, type DeckChannel, type DeckMessage, type LaserPoint, type Screen } from './deck-channel';

export interface DeckState {
  position: DeckPosition;
  /** Why the position is not what the link asked for, until dismissed. */
  notice: string | null;
  screen: Screen;
  laser: LaserPoint | null;
  go: (position: DeckPosition) => void;
  setScreen: (screen: Screen) => void;
  setLaser: (point: LaserPoint | null) => void;
  dismissNotice: () => void;
  playbackSync: (slide: number) => PlaybackSync;
  /** Tells the other window to open another deck of the class. */
  navigate: (slug: string, hash: string) => void;
}

/**
 * The talk's shared state: the position (in this window's URL hash, so a reload resumes there),
 * the blackout/whiteout screen, the laser point and playground playback. Every change made here is
 * sent to the other window; what arrives from it is applied without being sent back.
 */
export function useDeckState(slug: string, shape: DeckShape, onNavigate: (slug: string, hash: string) => void): DeckState {
  // Read from the URL on the first client render (the server renders the document, which needs no position).
  const [initial] = useState(() =>
    typeof window === 'undefined' ? { position: { slide: 0, fragment: 0 } } : parseHash(window.location.hash, shape),
  );
  const [position, setPosition] = useState<DeckPosition>(initial.position);
  const [notice, setNotice] = useState<string | null>(initial.notice ?? null);
  const [screen, setScreenState] = useState<Screen>('normal');
  const [laser, setLaserState] = useState<LaserPoint | null>(null);
  const channel = useRef<DeckChannel | null>(null);
  const positionRef = useRef(initial.position);
  const screenRef = useRef(screen);
  const playbackListeners = useRef(new Map<number, Set<(s: SyncedPlayback) => void>>());
  const playbackRequests = useRef(new Map<number, Set<() => void>>());
  const navigateTo = useEffectEvent(onNavigate);

  const writeHash = useCallback((next: DeckPosition) => {
    const url = new URL(window.location.href);
    url.hash = formatHash(next);
    window.history.replaceState(window.history.state, '', url);
  }, []);
  const apply = useCallback(
    (next: DeckPosition, how: 'interruptible' | 'at once') => {
      positionRef.current = next;
      // A key press in this window renders interruptibly: its stage, preview and notes never join
      // the key press in one long task, and a quick second press replaces a render under way. The
      // window that follows, and an edited address, show the slide at once.
      if (how === 'interruptible') startTransition(() => setPosition(next));
      else setPosition(next);
      writeHash(next);
    },
    [writeHash],
  );

  const onMessage = useEffectEvent((message: DeckMessage) => {
    switch (message.type) {
      case 'hello':
        channel.current?.post({ type: 'position', position: positionRef.current });
        channel.current?.post({ type: 'screen', screen: screenRef.current });
        return;
      case 'position': {
        const parsed = parseHash(formatHash(message.position), shape).position;
        if (!samePosition(parsed, positionRef.current)) apply(parsed, 'at once');
        return;
      }
      case 'screen':
        screenRef.current = message.screen;
        setScreenState(message.screen);
        return;
      case 'laser':
        setLaserState(message.point);
        return;
      case 'playback':
        playbackListeners.current.get(message.slide)?.forEach((fn) => fn(message.state));
        return;
      case 'playback-request':
        playbackRequests.current.get(message.slide)?.forEach((fn) => fn());
        return;
      case 'navigate':
        navigateTo(message.slug, message.hash);
    }
  });

  useEffect(() => {
    channel.current = openDeckChannel(slug, onMessage);
    // The address shows where the talk is (#3.2), also after a link to a slide the deck lacks.
    writeHash(positionRef.current);
    channel.current.post({ type: 'hello' });
    // Someone edits the address bar's #n: go there, and take the other window along.
    const onHash = () => {
      const parsed = parseHash(window.location.hash, shape);
      setNotice(parsed.notice ?? null);
      apply(parsed.position, 'at once');
      channel.current?.post({ type: 'position', position: parsed.position });
    };
    window.addEventListener('hashchange', onHash);
    // From here on the deck follows its address and the other window (tests wait for it).
    document.documentElement.dataset.deckLive = slug;
    return () => {
      delete document.documentElement.dataset.deckLive;
      window.removeEventListener('hashchange', onHash);
      channel.current?.close();
      channel.current = null;
    };
  }, [slug, shape, apply, writeHash]);

  const go = useCallback(
    (next: DeckPosition) => {
      if (samePosition(next, positionRef.current)) return;
      // The other window first: it renders while this one does.
      channel.current?.post({ type: 'position', position: next });
      apply(next, 'interruptible');
      setNotice(null);
    },
    [apply],
  );

  const setScreen = useCallback((next: Screen) => {
    screenRef.current = next;
    setScreenState(next);
    channel.current?.post({ type: 'screen', screen: next });
  }, []);

  const setLaser = useCallback((point: LaserPoint | null) => {
    setLaserState(point);
    channel.current?.post({ type: 'laser', point });
  }, []);

  const syncs = useRef(new Map<number, PlaybackSync>());
  const playbackSync = useCallback((slide: number): PlaybackSync => {
    let sync = syncs.current.get(slide);
    if (!sync) {
      const listen = <T>(map: Map<number, Set<T>>, fn: T) => {
        const set = map.get(slide) ?? new Set<T>();
        set.add(fn);
        map.set(slide, set);
        return () => {
          set.delete(fn);
        };
      };
      sync = {
        publish: (state) => channel.current?.post({ type: 'playback', slide, state }),
        subscribe: (fn) => listen(playbackListeners.current, fn),
        request: () => channel.current?.post({ type: 'playback-request', slide }),
        onRequest: (fn) => listen(playbackRequests.current, fn),
      };
      syncs.current.set(slide, sync);
    }
    return sync;
  }, []);

  const navigate = useCallback((target: string, hash: string) => channel.current?.post({ type: 'navigate', slug: target, hash }), []);

  return useMemo(
    () => ({ position, notice, screen, laser, go, setScreen, setLaser, dismissNotice: () => setNotice(null), playbackSync, navigate }),
    [position, notice, screen, laser, go, setScreen, setLaser, playbackSync, navigate],
  );
}
