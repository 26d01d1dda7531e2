'use client';
import { useEffect, useEffectEvent } from 'react';
import { deckActionFor, focusOwnsKey, type DeckAction } from './deck-keys';

/**
 * Listens on the window, after the page's own handlers: a key a control or a playground has
 * already used (defaultPrevented) is theirs. G starts "go to slide": digits, then Enter.
 */
export function useDeckKeys(
  enabled: boolean,
  onAction: (action: DeckAction) => void,
  onGoto: (buffer: string | null, commit: boolean) => void,
) {
  const act = useEffectEvent(onAction);
  const goto = useEffectEvent(onGoto);
  useEffect(() => {
    if (!enabled) return;
    let buffer: string | null = null;
    const setBuffer = (next: string | null, commit = false) => {
      buffer = next;
      goto(next, commit);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (buffer !== null) {
        if (/^\d$/.test(event.key)) {
          event.preventDefault();
          setBuffer((buffer + event.key).slice(0, 4));
          return;
        }
        if (event.key === 'Backspace') {
          event.preventDefault();
          setBuffer(buffer.slice(0, -1));
          return;
        }
        if (event.key === 'Enter') {
          event.preventDefault();
          setBuffer(buffer, true);
          buffer = null;
          return;
        }
        if (event.key === 'Escape' || event.key.length === 1) {
          event.preventDefault();
          setBuffer(null);
          return;
        }
      }
      if (focusOwnsKey(event.target, event.key)) return;
      // A modal dialog (overview, help) handles its own keys; Escape closes it natively.
      if (document.querySelector('dialog[open]') && event.key !== 'o' && event.key !== 'O' && event.key !== '?') return;
      const action = deckActionFor(event.key, event.shiftKey);
      if (!action) return;
      event.preventDefault();
      if (action === 'goto') setBuffer('');
      else act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
