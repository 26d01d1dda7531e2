'use client';
import { useEffect, useRef, type RefObject } from 'react';

interface Options {
  enabled: boolean;
  /** Number keys 1–9 pick the option at that display position (1-based). */
  onPick: (position: number) => void;
  /** Enter submits the answer, or moves on once it has been checked. */
  onEnter: () => void;
  /** Listen inside this element only (several questions on one page); the whole document otherwise. */
  scope?: RefObject<HTMLElement | null>;
}

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/**
 * Keyboard answering: 1–5 choose options, Enter submits. Ignored with modifier keys, while typing
 * in a text field, and for Enter on buttons and links (they do their own thing).
 */
export function useAnswerKeys({ enabled, onPick, onEnter, scope }: Options) {
  const handlers = useRef({ onPick, onEnter });
  useEffect(() => {
    handlers.current = { onPick, onEnter };
  });
  useEffect(() => {
    if (!enabled) return;
    const target: HTMLElement | Document | null = scope ? scope.current : document;
    if (!target) return;
    const listener = (event: Event) => {
      const e = event as KeyboardEvent;
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target as HTMLElement | null;
      const isChoice = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox');
      if (el && TYPING.has(el.tagName) && !isChoice) return;
      if (el?.closest('dialog')) return;
      if (/^[1-9]$/.test(e.key)) {
        e.preventDefault();
        handlers.current.onPick(Number(e.key));
      } else if (e.key === 'Enter' && !el?.closest('button, a, summary')) {
        e.preventDefault();
        handlers.current.onEnter();
      }
    };
    target.addEventListener('keydown', listener);
    return () => target.removeEventListener('keydown', listener);
  }, [enabled, scope]);
}
