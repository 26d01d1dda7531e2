import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { highlight, snippet } from './snippet';

const render = (parts: { text: string; mark: boolean }[]) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

describe('highlight', () => {
  it('marks whole words in any case, never parts of other words', () => {
    expect(render(highlight('Fargate runs tasks; Fargate Spot is cheaper than fargated.', ['fargate', 'spot']))).toBe(
      '[Fargate] runs tasks; [Fargate] [Spot] is cheaper than fargated.',
    );
  });

  it('treats terms as text, not patterns', () => {
    expect(render(highlight('a.b and axb', ['a.b']))).toBe('[a.b] and axb');
  });

  it('loses and adds no text', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 3 }), (text, terms) => {
        expect(
          highlight(text, terms)
            .map((p) => p.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });
});

describe('snippet', () => {
  const text = `${'Intro words go here. '.repeat(20)}The capacity provider scales the group. ${'Closing words follow. '.repeat(20)}`;

  it('shows the first match in context, cut at words, with ellipses', () => {
    const parts = snippet(text, ['capacity', 'provider'], 120);
    const shown = render(parts);
    expect(shown).toContain('[capacity] [provider] scales the group.');
    expect(shown.startsWith('…')).toBe(true);
    expect(shown.endsWith('…')).toBe(true);
    expect(shown.length).toBeLessThan(140);
    // Cut between words: the kept text sits between two spaces of the original.
    const kept = parts
      .slice(1, -1)
      .map((p) => p.text)
      .join('');
    const at = text.indexOf(kept);
    expect(at).toBeGreaterThan(0);
    expect(text[at - 1]).toBe(' ');
    expect(text[at + kept.length]).toBe(' ');
  });

  it('starts at the beginning when the match is early or absent', () => {
    expect(render(snippet('Short text about ECS.', ['ecs']))).toBe('Short text about [ECS].');
    expect(render(snippet(text, ['nothing'], 60)).startsWith('Intro words')).toBe(true);
  });
});
