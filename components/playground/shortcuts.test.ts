import { describe, expect, it } from 'vitest';
import { isPlaygroundKey } from './shortcuts';

const inside = { inside: true, nothingFocused: false };
const body = { inside: false, nothingFocused: true };
const elsewhere = { inside: false, nothingFocused: false };

describe('isPlaygroundKey', () => {
  it('takes every shortcut while focus is inside the playground', () => {
    for (const key of [' ', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'k', '?']) expect(isPlaygroundKey(key, inside, false)).toBe(true);
  });

  it('leaves Space, arrows, Home and End to the page when focus is on the body', () => {
    for (const key of [' ', 'ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageDown'])
      expect(isPlaygroundKey(key, body, true), key).toBe(false);
  });

  it('takes letter shortcuts from the body on the playground page only, never from another control', () => {
    for (const key of ['k', 'l', 'j', 'r', ']', '[', '?']) {
      expect(isPlaygroundKey(key, body, true), key).toBe(true);
      expect(isPlaygroundKey(key, body, false), key).toBe(false);
      expect(isPlaygroundKey(key, elsewhere, true), key).toBe(false);
    }
  });
});
