import { useCallback, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';

function subscribeToFullscreen(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** After leaving full screen the window may still be resizing back (native); the page is put back meanwhile too. */
const RESTORE_FOR_MS = 500;

/** A phone held upright: full screen asks for landscape, where a diagram has room to be read. */
const PORTRAIT_PHONE = '(orientation: portrait) and (max-width: 767px)';

type LockableOrientation = ScreenOrientation & { lock?: (orientation: 'landscape') => Promise<void>; unlock?: () => void };
const orientation = () => (typeof screen === 'undefined' ? undefined : (screen.orientation as LockableOrientation | undefined));

/** Ask for landscape; where the browser refuses (most do outside Android), the phone stays upright. */
function lockLandscape() {
  try {
    orientation()
      ?.lock?.('landscape')
      ?.catch(() => {});
  } catch {
    // Not supported at all.
  }
}

interface Options {
  /**
   * Called each time the page has been put back after leaving full screen, to adjust it further
   * (e.g. bring a highlighted part out from under a sticky bar).
   */
  onRestored?: () => void;
}

/**
 * Fullscreen through the Fullscreen API (Esc leaves, natively). Where the API is missing (iPhone
 * Safari) the element is pinned over the page instead, and Esc leaves that too; the page under the
 * pinned element does not scroll. Leaving either puts the page back where it was: the element
 * leaving and rejoining the page's flow (and the window changing size) would otherwise move it.
 * On a phone held upright, native full screen also locks the screen to landscape where the browser
 * allows it (Android); elsewhere the diagram view makes the most of the tall screen instead.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>, options: Options = {}) {
  const native = useSyncExternalStore(
    subscribeToFullscreen,
    () => document.fullscreenElement !== null && document.fullscreenElement === target.current,
    () => false,
  );
  const [fallback, setFallback] = useState(false);
  const mode = native ? ('native' as const) : fallback ? ('fallback' as const) : undefined;
  const scrollBefore = useRef<number | undefined>(undefined);
  const onRestored = useRef(options.onRestored);
  useLayoutEffect(() => {
    onRestored.current = options.onRestored;
  });

  useEffect(() => {
    if (!fallback) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setFallback(false);
    };
    document.addEventListener('keydown', onKey);
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    return () => {
      document.removeEventListener('keydown', onKey);
      root.style.overflow = overflow;
    };
  }, [fallback]);

  useLayoutEffect(() => {
    const top = scrollBefore.current;
    if (mode !== undefined || top === undefined) return;
    scrollBefore.current = undefined;
    try {
      orientation()?.unlock?.();
    } catch {
      /* never locked */
    }
    const restore = () => {
      if (Math.abs(window.scrollY - top) >= 1) window.scrollTo({ top, behavior: 'instant' });
      onRestored.current?.();
    };
    restore();
    const frame = requestAnimationFrame(restore);
    window.addEventListener('resize', restore);
    const timer = window.setTimeout(() => window.removeEventListener('resize', restore), RESTORE_FOR_MS);
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
      window.removeEventListener('resize', restore);
    };
  }, [mode]);

  const toggle = useCallback(async () => {
    const element = target.current;
    if (!element) return;
    if (native) return void (await document.exitFullscreen());
    if (fallback) return setFallback(false);
    scrollBefore.current = window.scrollY;
    if (document.fullscreenEnabled && element.requestFullscreen) {
      try {
        await element.requestFullscreen();
        if (window.matchMedia(PORTRAIT_PHONE).matches) lockLandscape();
        return;
      } catch {
        // Refused (e.g. inside an iframe without permission): fall back below.
      }
    }
    setFallback(true);
  }, [target, native, fallback]);

  return { mode, toggle };
}
