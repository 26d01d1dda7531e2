import { useCallback, useEffect, useSyncExternalStore, useState, type RefObject } from 'react';
import { stepFromHash, stepHash } from './highlight';
import { holdRevealed } from './reveal';

const STEP_CHANGE = 'stevedore:diagram-step';
const PLAY_INTERVAL_MS = 4500;

function subscribeToHash(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(STEP_CHANGE, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(STEP_CHANGE, onChange);
  };
}

/**
 * The walkthrough's position lives in the URL hash (`#docker-on-os-step-3`), so an instructor can
 * link to a step and the back button is not flooded (steps replace the entry, they don't push).
 * No hash for this diagram means the overview: the whole diagram, nothing dimmed.
 */
export function useWalkthrough(diagramId: string, stepCount: number, scrollTarget: RefObject<HTMLElement | null>) {
  const hash = useSyncExternalStore(
    subscribeToHash,
    () => window.location.hash,
    () => '',
  );
  const stepIndex = stepFromHash(diagramId, hash, stepCount);
  const [playing, setPlaying] = useState(false);

  const goTo = useCallback(
    (index: number | undefined) => {
      const url = new URL(window.location.href);
      url.hash = index === undefined ? '' : stepHash(diagramId, index);
      window.history.replaceState(window.history.state, '', index === undefined ? url.pathname + url.search : url);
      window.dispatchEvent(new Event(STEP_CHANGE));
    },
    [diagramId],
  );

  const next = useCallback(() => goTo(Math.min(stepCount - 1, stepIndex === undefined ? 0 : stepIndex + 1)), [goTo, stepCount, stepIndex]);
  const previous = useCallback(() => goTo(stepIndex === undefined || stepIndex === 0 ? undefined : stepIndex - 1), [goTo, stepIndex]);

  // Opening a link to a step (a new page, or the address changed on this one) shows the diagram:
  // its title just below the sticky header, the step's caption in the bar under the drawing. The
  // walkthrough's own buttons and keys replace the hash without a hashchange, so they never scroll.
  useEffect(() => {
    let release: (() => void) | undefined;
    const open = () => {
      release?.();
      release = undefined;
      const player = scrollTarget.current;
      if (!player || stepFromHash(diagramId, window.location.hash, stepCount) === undefined) return;
      release = holdRevealed(player.closest('figure') ?? player);
    };
    open();
    window.addEventListener('hashchange', open);
    return () => {
      window.removeEventListener('hashchange', open);
      release?.();
    };
  }, [diagramId, stepCount, scrollTarget]);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const current = stepFromHash(diagramId, window.location.hash, stepCount);
      const following = current === undefined ? 0 : current + 1;
      if (following >= stepCount) setPlaying(false);
      else goTo(following);
    }, PLAY_INTERVAL_MS);
    return () => window.clearInterval(timer);
  }, [playing, diagramId, stepCount, goTo]);

  const togglePlay = useCallback(() => {
    if (!playing && (stepIndex === undefined || stepIndex === stepCount - 1)) goTo(0);
    setPlaying(!playing);
  }, [playing, stepIndex, stepCount, goTo]);

  return { stepIndex, goTo, next, previous, playing, togglePlay, stop: () => setPlaying(false) };
}
