'use client';
import { useEffect, useRef } from 'react';

/**
 * Scrolls its parent (a scrolling course map) so the current lesson is in view, without moving the
 * page itself. Renders nothing visible.
 */
export function ScrollToCurrent() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const box = marker.current?.parentElement;
    const current = box?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!box || !current) return;
    const offset = current.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTop += offset - box.clientHeight / 2 + current.offsetHeight / 2;
  }, []);
  return <span ref={marker} hidden />;
}
