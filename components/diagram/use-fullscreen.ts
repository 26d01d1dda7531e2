import { useCallback, useEffect, useState, useSyncExternalStore, type RefObject } from 'react';

function subscribeToFullscreen(onChange: () => void) {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/**
 * Fullscreen through the Fullscreen API (Esc leaves, natively). Where the API is missing (iPhone
 * Safari) the element is pinned over the page instead, and Esc leaves that too.
 */
export function useFullscreen(target: RefObject<HTMLElement | null>) {
  const native = useSyncExternalStore(subscribeToFullscreen, () => document.fullscreenElement !== null && document.fullscreenElement === target.current, () => false);
  const [fallback, setFallback] = useState(false);

  useEffect(() => {
    if (!fallback) return;
    const onKey = (event: KeyboardEvent) => { if (event.key === 'Escape') setFallback(false); };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [fallback]);

  const toggle = useCallback(async () => {
    const element = target.current;
    if (!element) return;
    if (native) return void (await document.exitFullscreen());
    if (fallback) return setFallback(false);
    if (document.fullscreenEnabled && element.requestFullscreen) {
      try {
        await element.requestFullscreen();
        return;
      } catch {
        // Refused (e.g. inside an iframe without permission): fall back below.
      }
    }
    setFallback(true);
  }, [target, native, fallback]);

  return { mode: native ? ('native' as const) : fallback ? ('fallback' as const) : undefined, toggle };
}
