/**
 * Where a talk is: a slide and how many of its reveals (fragments, diagram steps, poll answers)
 * are showing. In the URL it is `#<slide>` or `#<slide>.<fragment>`, 1-based slides: `#3.2` is
 * slide 3 after its second reveal. Pure: the presenter and audience windows share it.
 */
export interface DeckPosition {
  /** 0-based slide index. */
  slide: number;
  /** Reveals showing on that slide, 0 to its fragment count. */
  fragment: number;
}

/** Reveal counts per slide: the shape of a deck. */
export type DeckShape = readonly number[];

export const START: DeckPosition = { slide: 0, fragment: 0 };

export function clampPosition(pos: DeckPosition, shape: DeckShape): DeckPosition {
  const slide = Math.max(0, Math.min(shape.length - 1, Math.trunc(pos.slide)));
  const fragment = Math.max(0, Math.min(shape[slide] ?? 0, Math.trunc(pos.fragment)));
  return { slide, fragment };
}

export function formatHash(pos: DeckPosition): string {
  return pos.fragment > 0 ? `#${pos.slide + 1}.${pos.fragment}` : `#${pos.slide + 1}`;
}

export interface ParsedHash {
  position: DeckPosition;
  /** Set when the hash named a place the deck does not have: what was asked and what is shown. */
  notice?: string;
}

/** Reads `#3` / `#3.2`; a place the deck lacks opens the nearest one and says so. An empty hash is the start. */
export function parseHash(hash: string, shape: DeckShape): ParsedHash {
  const raw = hash.replace(/^#/, '').trim();
  if (raw === '') return { position: START };
  const m = /^(\d{1,6})(?:\.(\d{1,6}))?$/.exec(raw);
  if (!m) return { position: START, notice: `“#${raw}” is not a slide number; showing slide 1. Slide links look like #3 or #3.2.` };
  const asked = { slide: Number(m[1]) - 1, fragment: m[2] === undefined ? 0 : Number(m[2]) };
  const position = clampPosition(asked, shape);
  if (asked.slide !== position.slide) {
    const where = asked.slide < 0 ? 'slide 1' : `slide ${position.slide + 1}, the last`;
    return { position: { slide: position.slide, fragment: 0 }, notice: `This deck has no slide ${asked.slide + 1}; showing ${where}.` };
  }
  if (asked.fragment !== position.fragment) {
    const count = shape[position.slide] ?? 0;
    const n = position.slide + 1;
    const notice =
      count === 0
        ? `Slide ${n} has no reveals; showing slide ${n}.`
        : `Slide ${n} has ${count} reveal${count === 1 ? '' : 's'}; showing it fully revealed.`;
    return { position, notice };
  }
  return { position };
}

export const isEnd = (pos: DeckPosition, shape: DeckShape) => pos.slide === shape.length - 1 && pos.fragment >= (shape[pos.slide] ?? 0);
export const isStart = (pos: DeckPosition) => pos.slide === 0 && pos.fragment === 0;

/** The next reveal, or the next slide once this one is fully revealed; the end stays the end. */
export function nextPosition(pos: DeckPosition, shape: DeckShape): DeckPosition {
  if (pos.fragment < (shape[pos.slide] ?? 0)) return { slide: pos.slide, fragment: pos.fragment + 1 };
  if (pos.slide < shape.length - 1) return { slide: pos.slide + 1, fragment: 0 };
  return pos;
}

/** Hides the last reveal, or goes back to the previous slide as it was left: fully revealed. */
export function previousPosition(pos: DeckPosition, shape: DeckShape): DeckPosition {
  if (pos.fragment > 0) return { slide: pos.slide, fragment: pos.fragment - 1 };
  if (pos.slide > 0) return { slide: pos.slide - 1, fragment: shape[pos.slide - 1] ?? 0 };
  return pos;
}

export const firstPosition = (): DeckPosition => START;
export const lastPosition = (shape: DeckShape): DeckPosition => ({ slide: shape.length - 1, fragment: shape[shape.length - 1] ?? 0 });

/** Slide `n` (1-based, as typed after G), clamped to the deck. */
export const slidePosition = (n: number, shape: DeckShape): DeckPosition => clampPosition({ slide: n - 1, fragment: 0 }, shape);

export const samePosition = (a: DeckPosition, b: DeckPosition) => a.slide === b.slide && a.fragment === b.fragment;
