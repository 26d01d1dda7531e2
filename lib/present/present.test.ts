import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClassList, MAX_CLASS_DECKS } from './class-list';
import { clockTime, pace } from './pace';
import { clampPosition, formatHash, isEnd, lastPosition, nextPosition, parseHash, previousPosition, type DeckShape } from './position';

const shape: DeckShape = [0, 2, 0, 3];

describe('deck position', () => {
  it('walks every reveal of every slide, in order, and back', () => {
    const seen: string[] = [];
    let pos = { slide: 0, fragment: 0 };
    for (let i = 0; i < 10; i++) {
      seen.push(formatHash(pos));
      pos = nextPosition(pos, shape);
    }
    expect(seen).toEqual(['#1', '#2', '#2.1', '#2.2', '#3', '#4', '#4.1', '#4.2', '#4.3', '#4.3']);
    expect(previousPosition({ slide: 2, fragment: 0 }, shape)).toEqual({ slide: 1, fragment: 2 });
    expect(previousPosition({ slide: 0, fragment: 0 }, shape)).toEqual({ slide: 0, fragment: 0 });
    expect(isEnd(lastPosition(shape), shape)).toBe(true);
  });

  it('reads #3 and #3.2 as 1-based slides and reveal counts', () => {
    expect(parseHash('#2.1', shape)).toEqual({ position: { slide: 1, fragment: 1 } });
    expect(parseHash('#3', shape)).toEqual({ position: { slide: 2, fragment: 0 } });
    expect(parseHash('', shape)).toEqual({ position: { slide: 0, fragment: 0 } });
  });

  it('opens the nearest valid place for a link the deck lacks, and says so', () => {
    expect(parseHash('#99', shape)).toEqual({
      position: { slide: 3, fragment: 0 },
      notice: 'This deck has no slide 99; showing slide 4, the last.',
    });
    expect(parseHash('#0', shape)).toEqual({ position: { slide: 0, fragment: 0 }, notice: 'This deck has no slide 0; showing slide 1.' });
    expect(parseHash('#2.7', shape)).toEqual({
      position: { slide: 1, fragment: 2 },
      notice: 'Slide 2 has 2 reveals; showing it fully revealed.',
    });
    expect(parseHash('#1.1', shape).notice).toBe('Slide 1 has no reveals; showing slide 1.');
    expect(parseHash('#intro', shape).notice).toMatch(/^“#intro” is not a slide number; showing slide 1/);
  });

  it('any hash gives a position inside the deck, and a valid one round-trips', () => {
    const shapes = fc.array(fc.nat(6), { minLength: 1, maxLength: 15 });
    fc.assert(
      fc.property(shapes, fc.string(), (s, hash) => {
        const { position } = parseHash(hash, s);
        expect(clampPosition(position, s)).toEqual(position);
        expect(parseHash(formatHash(position), s)).toEqual({ position });
      }),
    );
  });

  it('next then previous returns to the same place except at the end', () => {
    const cases = fc
      .array(fc.nat(4), { minLength: 1, maxLength: 12 })
      .chain((s) =>
        fc
          .tuple(fc.constant(s), fc.nat(s.length - 1))
          .chain(([sh, slide]) => fc.tuple(fc.constant(sh), fc.constant(slide), fc.nat(sh[slide] ?? 0))),
      );
    fc.assert(
      fc.property(cases, ([s, slide, fragment]) => {
        const pos = { slide, fragment };
        if (!isEnd(pos, s)) expect(previousPosition(nextPosition(pos, s), s)).toEqual(pos);
      }),
    );
  });
});

describe('pace', () => {
  it('compares time spent with the time planned for the slides shown', () => {
    // 20 minutes for 10 slides: slide 5 (index 5) is planned at 10 minutes.
    expect(pace(10 * 60000, 20, 5, 10)).toMatchObject({ state: 'on-time', label: 'On time' });
    expect(pace(13 * 60000, 20, 5, 10)).toMatchObject({ state: 'behind', label: '3 min behind' });
    expect(pace(6 * 60000, 20, 5, 10)).toMatchObject({ state: 'ahead', label: '4 min ahead' });
    // In a class, the decks before this one count at their planned length.
    expect(pace(25 * 60000, 20, 0, 10, 25, 45)).toMatchObject({ state: 'on-time' });
  });

  it('formats elapsed time as a clock', () => {
    expect(clockTime(0)).toBe('00:00');
    expect(clockTime(61_500)).toBe('01:01');
    expect(clockTime(3_725_000)).toBe('1:02:05');
  });
});

describe('class list', () => {
  const known = ['a', 'b', 'c'];
  it('keeps the decks it knows, in the given order', () => {
    expect(parseClassList('c,a', known)).toEqual({ slugs: ['c', 'a'], problems: [] });
    expect(parseClassList(null, known)).toEqual({ slugs: [], problems: [] });
  });
  it('says what it left out and keeps the rest', () => {
    const parsed = parseClassList('b,nope,b,,a', known);
    expect(parsed.slugs).toEqual(['b', 'a']);
    expect(parsed.problems).toEqual(['Left out “nope”: no deck has that name.', 'Left out the repeat of “b”: each deck is taught once.']);
  });
  it('caps a huge list', () => {
    const many = Array.from({ length: 50 }, (_, i) => `d${i}`);
    const parsed = parseClassList(many.join(','), many);
    expect(parsed.slugs).toHaveLength(MAX_CLASS_DECKS);
    expect(parsed.problems).toEqual([`Kept the first ${MAX_CLASS_DECKS} decks of 50.`]);
  });
});
