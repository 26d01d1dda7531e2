'use client';
import { useEffect, useState, type RefObject } from 'react';

/**
 * True once `ref`'s element has come within `margin` of the viewport (a CSS margin such as
 * '600px 0px'), and from then on: lazy islands load their code then, and never unload it.
 * `already` starts it true (an island that loads at once).
 */
export function useNearViewport(ref: RefObject<Element | null>, margin: string, already = false): boolean {
  const [near, setNear] = useState(already);
  useEffect(() => {
    if (near) return;
    const el = ref.current;
    if (!el) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(el);
    return () => observer.disconnect();
  }, [near, ref, margin]);
  return near;
}
