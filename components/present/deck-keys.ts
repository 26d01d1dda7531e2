/**
 * The presenter's key map, as data: the help overlay lists it and the key handler reads it.
 * Clickers send PageDown/PageUp (some also B or "." for a black screen).
 */
export type DeckAction =
  'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'black' | 'white' | 'notes' | 'overview' | 'laser' | 'goto' | 'help' | 'escape';

export const DECK_KEYS: { keys: string[]; label: string; action: DeckAction }[] = [
  { keys: ['→', 'Space', 'Page Down', '↓'], label: 'Next reveal or slide', action: 'next' },
  { keys: ['←', 'Shift + Space', 'Page Up', '↑'], label: 'Previous reveal or slide', action: 'previous' },
  { keys: ['Home'], label: 'First slide', action: 'first' },
  { keys: ['End'], label: 'Last slide', action: 'last' },
  { keys: ['G', 'number', 'Enter'], label: 'Go to a slide', action: 'goto' },
  { keys: ['O'], label: 'Overview of every slide', action: 'overview' },
  { keys: ['B', '.'], label: 'Black screen for the audience', action: 'black' },
  { keys: ['W', ','], label: 'White screen for the audience', action: 'white' },
  { keys: ['L'], label: 'Laser pointer (or hold the mouse button on the slide)', action: 'laser' },
  { keys: ['N'], label: 'Show or hide the notes', action: 'notes' },
  { keys: ['F'], label: 'Full screen', action: 'fullscreen' },
  { keys: ['?'], label: 'These keys', action: 'help' },
  { keys: ['Esc'], label: 'Leave a mode (overview, help, black or white screen, laser)', action: 'escape' },
];

const BY_KEY: Record<string, DeckAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
  b: 'black',
  B: 'black',
  '.': 'black',
  w: 'white',
  W: 'white',
  ',': 'white',
  n: 'notes',
  N: 'notes',
  o: 'overview',
  O: 'overview',
  l: 'laser',
  L: 'laser',
  g: 'goto',
  G: 'goto',
  '?': 'help',
  Escape: 'escape',
};

/** The action of a key press, or undefined when the deck should leave the key alone. */
export function deckActionFor(key: string, shiftKey: boolean): DeckAction | undefined {
  if (key === ' ' && shiftKey) return 'previous';
  return BY_KEY[key];
}

/** Keys that belong to what has focus: typing, choosing, a button's Space or Enter, a playground's own keys. */
export function focusOwnsKey(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  const el = target as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if ((key === ' ' || key === 'Enter') && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return true;
  // A playground on a slide steps its own time with arrows, Space, Home and End while it has focus;
  // Page Up/Down (the clicker) still move the slides.
  const playgroundKeys = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', ' ', 'Home', 'End'];
  return playgroundKeys.includes(key) && !!el.closest('[data-playground-preset]');
}
