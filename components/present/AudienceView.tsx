'use client';
import { useEffect, useState, type ReactNode } from 'react';
import type { LaserPoint, Screen } from './deck-channel';
import { LaserLayer } from './LaserLayer';
import { Stage } from './Stage';
import { useSwipe } from './use-swipe';

/**
 * The room's screen: the slide alone on a letterboxed 16:9 stage, no chrome. Black and white
 * screens cover it; the pointer hides when it rests. A notice (a link to a slide the deck lacks)
 * shows briefly and goes.
 */
export function AudienceView({
  title,
  screen,
  laser,
  notice,
  onSwipe,
  children,
}: {
  title: string;
  screen: Screen;
  laser: LaserPoint | null;
  notice: string | null;
  onSwipe: (direction: 1 | -1) => void;
  children: ReactNode;
}) {
  const swipe = useSwipe(onSwipe);
  const [idle, setIdle] = useState(false);
  // The notice a link caused shows for a few seconds, then leaves the room's screen.
  const [hiddenNotice, setHiddenNotice] = useState<string | null>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(() => setHiddenNotice(notice), 8000);
    return () => window.clearTimeout(timer);
  }, [notice]);
  const showNotice = notice !== null && notice !== hiddenNotice;
  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), 2500);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), 2500);
    };
    window.addEventListener('pointermove', wake);
    return () => {
      window.removeEventListener('pointermove', wake);
      window.clearTimeout(timer);
    };
  }, []);
  return (
    <main className="deck-audience" data-idle={idle ? 'true' : undefined} {...swipe}>
      <h1 className="sr-only">{title}</h1>
      <Stage className="h-full w-full" label="Slide">
        {children}
        <LaserLayer point={laser} />
      </Stage>
      {screen !== 'normal' && (
        <div
          className="deck-screen"
          data-screen={screen}
          role="status"
          aria-label={screen === 'black' ? 'Screen blacked out' : 'Screen whited out'}
        />
      )}
      {showNotice && (
        <p className="deck-toast" role="status">
          {notice}
        </p>
      )}
    </main>
  );
}
