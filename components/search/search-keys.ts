/** Fired on window to open the search dialog from anywhere, e.g. the glossary's "search the whole course". */
export const OPEN_SEARCH_EVENT = 'stevedore:open-search';

export function openSearch(query = '') {
  window.dispatchEvent(new CustomEvent(OPEN_SEARCH_EVENT, { detail: { query } }));
}

type Key = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'defaultPrevented'>;

/** Where typing happens: `/` is a character there, not a shortcut. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.matches('input, textarea, select');
}

/**
 * Ctrl+K or ⌘K open search from anywhere (as in most documentation sites); `/` only when no field
 * has the caret. Neither opens over another dialog.
 */
export function isSearchShortcut(e: Key, context: { typing: boolean; dialogOpen: boolean }): boolean {
  if (e.defaultPrevented || e.altKey || context.dialogOpen) return false;
  if (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey) && !e.shiftKey) return true;
  return e.key === '/' && !e.ctrlKey && !e.metaKey && !context.typing;
}
