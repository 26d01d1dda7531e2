import { expect, it } from 'vitest';
import { isSearchShortcut } from './search-keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'defaultPrevented', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  defaultPrevented: false,
  ...mods,
});
const page = { typing: false, dialogOpen: false };

it('opens with Ctrl+K and ⌘K, even while typing', () => {
  expect(isSearchShortcut(key('k', { ctrlKey: true }), page)).toBe(true);
  expect(isSearchShortcut(key('K', { metaKey: true }), { typing: true, dialogOpen: false })).toBe(true);
  expect(isSearchShortcut(key('k'), page)).toBe(false);
  expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), page)).toBe(false);
  expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), page)).toBe(false);
});

it('opens with / only when no field has the caret', () => {
  expect(isSearchShortcut(key('/'), page)).toBe(true);
  expect(isSearchShortcut(key('/'), { typing: true, dialogOpen: false })).toBe(false);
  expect(isSearchShortcut(key('/', { ctrlKey: true }), page)).toBe(false);
});

it('never opens over another dialog or for a key a control already used', () => {
  expect(isSearchShortcut(key('k', { ctrlKey: true }), { typing: false, dialogOpen: true })).toBe(false);
  expect(isSearchShortcut(key('/', { defaultPrevented: true }), page)).toBe(false);
});
