'use client';
import { useEffect, useState } from 'react';

/**
 * The height of the site's sticky header, so a bar can stick just below it. The header wraps to two
 * rows on a phone, so it is measured (and re-measured when it resizes) rather than assumed.
 */
export function useStickyTop(): number {
  const [top, setTop] = useState(0);
  useEffect(() => {
    const header = [...document.querySelectorAll('header')].find((h) => getComputedStyle(h).position === 'sticky');
    if (!header) return;
    const measure = () => setTop(Math.round(header.getBoundingClientRect().height));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(header);
    return () => observer.disconnect();
  }, []);
  return top;
}
