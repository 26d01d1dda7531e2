'use client';
import { useEffect, useRef } from 'react';

/**
 * Moves focus to the returned element whenever `key` changes after the first render: a new
 * question's stem, or the verdict once an answer is checked. Skipped on first render so opening
 * the page does not steal focus from the skip link.
 */
export function useFocusOnChange<T extends HTMLElement>(key: unknown, { initial = false } = {}) {
  const ref = useRef<T>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current && !initial) {
      first.current = false;
      return;
    }
    first.current = false;
    ref.current?.focus({ preventScroll: false });
  }, [key, initial]);
  return ref;
}
