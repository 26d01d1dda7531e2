'use client';
import { useEffect, type RefObject } from 'react';
import type { StoreApi } from 'zustand';
import type { Playback } from './playback';

export const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['Space', 'K'], action: 'Play or pause' },
  { keys: ['→', 'L'], action: 'Step one minute forward' },
  { keys: ['←', 'J'], action: 'Step one minute back' },
  { keys: ['Shift + →', 'Shift + ←'], action: 'Step ten minutes' },
  { keys: ['+', ']'], action: 'Faster' },
  { keys: ['−', '['], action: 'Slower' },
  { keys: ['End'], action: 'Jump to the end' },
  { keys: ['Home', 'R'], action: 'Reset to the start' },
  { keys: ['?'], action: 'Show these shortcuts' },
];

/** Keys that belong to the control in focus: typing, choosing, or a button's own Space/Enter. */
function ownsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if ((key === ' ' || key === 'Enter') && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return true;
  return false;
}

/** Keys that also scroll the page or move a caret: they are the page's unless the playground has focus. */
const SCROLL_KEYS = new Set([' ', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * Whether a key press is the playground's. Inside the playground (`root`) every shortcut applies.
 * Keys that scroll the page (Space, arrows, Home, End) apply only there, so a learner scrolling the
 * page is never captured. On the playground page, letter shortcuts also apply when nothing has
 * focus (the body); in a lesson embed nothing applies outside it (a lesson may hold several).
 */
export function isPlaygroundKey(key: string, focus: { inside: boolean; nothingFocused: boolean }, lettersFromBody: boolean): boolean {
  if (focus.inside) return true;
  if (SCROLL_KEYS.has(key)) return false;
  return lettersFromBody && focus.nothingFocused;
}

/** Playback shortcuts: never while typing, never while a dialog is open (see isPlaygroundKey for where). */
export function useShortcuts(
  store: StoreApi<Playback>,
  root: RefObject<HTMLElement | null>,
  lettersFromBody: boolean,
  onHelp: () => void,
): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (ownsKey(e.target, e.key)) return;
      if (document.querySelector('dialog[open]')) return;
      const inside = e.target instanceof Node && !!root.current?.contains(e.target);
      // The body, or <main> (the skip link's target, which a click on the page's text focuses).
      const nothingFocused = e.target instanceof Element && e.target.matches('html, body, main');
      if (!isPlaygroundKey(e.key, { inside, nothingFocused }, lettersFromBody)) return;
      const p = store.getState();
      const act: Record<string, () => void> = {
        ' ': p.toggle,
        k: p.toggle,
        K: p.toggle,
        ArrowRight: () => p.step(e.shiftKey ? 10 : 1),
        l: () => p.step(1),
        L: () => p.step(1),
        ArrowLeft: () => p.step(e.shiftKey ? -10 : -1),
        j: () => p.step(-1),
        J: () => p.step(-1),
        '+': p.faster,
        '=': p.faster,
        ']': p.faster,
        '-': p.slower,
        _: p.slower,
        '[': p.slower,
        End: p.end,
        Home: p.reset,
        r: p.reset,
        R: p.reset,
        '?': onHelp,
      };
      const fn = act[e.key];
      if (!fn) return;
      e.preventDefault();
      fn();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, root, lettersFromBody, onHelp]);
}
