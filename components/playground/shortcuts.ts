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

/**
 * Playback shortcuts. On the playground page they work anywhere on the page; in a lesson embed
 * only while focus is inside that embed (a lesson may hold several). Never while typing, and
 * never while a dialog is open.
 */
export function useShortcuts(store: StoreApi<Playback>, root: RefObject<HTMLElement | null>, pageWide: boolean, onHelp: () => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (ownsKey(e.target, e.key)) return;
      if (document.querySelector('dialog[open]')) return;
      if (!pageWide && !(e.target instanceof Node && root.current?.contains(e.target))) return;
      const p = store.getState();
      const act: Record<string, () => void> = {
        ' ': p.toggle, k: p.toggle, K: p.toggle,
        ArrowRight: () => p.step(e.shiftKey ? 10 : 1), l: () => p.step(1), L: () => p.step(1),
        ArrowLeft: () => p.step(e.shiftKey ? -10 : -1), j: () => p.step(-1), J: () => p.step(-1),
        '+': p.faster, '=': p.faster, ']': p.faster,
        '-': p.slower, '_': p.slower, '[': p.slower,
        End: p.end, Home: p.reset, r: p.reset, R: p.reset,
        '?': onHelp,
      };
      const fn = act[e.key];
      if (!fn) return;
      e.preventDefault();
      fn();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store, root, pageWide, onHelp]);
}
