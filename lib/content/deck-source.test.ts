import { describe, expect, it } from 'vitest';
import { parseDeckSource, type DeckLookup } from './deck-source';

const lookup: DeckLookup = {
  diagramSteps: (id) => (id === 'known' ? 3 : undefined),
  questionIds: new Set(['q1']),
  presetIds: new Set(['lunch']),
};

const slide = (title: string, body = '') => `## ${title}\n\n${body}\n\n<Notes>\nSay this.\n</Notes>\n`;
const deck = (...slides: string[]) => `---\nminutes: 12\n---\n\n${slides.join('\n---\n\n')}`;
const six = (extra: string) => deck(extra, ...Array.from({ length: 5 }, (_, i) => slide(`S${i + 2}`)));
const problemsOf = (text: string, withLookup: DeckLookup = lookup) => {
  try {
    parseDeckSource(text, 'content/x/slides.mdx', withLookup);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('deck source', () => {
  it('splits at --- lines, numbers the reveals and names each slide', () => {
    const parsed = parseDeckSource(
      six(slide('First `one`', '<Fragment>\n\na\n\n</Fragment>\n\n<Diagram id="known" />\n\n<Poll question="q1" />')),
      'f',
      lookup,
    );
    expect(parsed.slides.map((s) => s.title)).toEqual(['First one', 'S2', 'S3', 'S4', 'S5', 'S6']);
    // One fragment, three diagram steps, one poll answer.
    expect(parsed.slides[0]).toMatchObject({ fragments: 5, line: 5 });
    expect(parsed.mdx).toContain('<Fragment at={0}>');
    expect(parsed.mdx).toContain('<Diagram at={1} id="known" />');
    expect(parsed.mdx).toContain('<Poll at={4} question="q1" />');
    expect(parsed.mdx.match(/<Slide index=/g)).toHaveLength(6);
  });

  it('does not split at --- inside a code block, nor read tags there', () => {
    const parsed = parseDeckSource(six(slide('Code', '```yaml\n---\nkey: <Nope>\n```')), 'f', lookup);
    expect(parsed.slides).toHaveLength(6);
    expect(parsed.slides[0]?.fragments).toBe(0);
  });

  it('fails with file, line and field for what a deck names but the course lacks', () => {
    const message = problemsOf(
      six(slide('Refs', '<Diagram id="nope" />\n\n<Poll question="q9" />\n\n<Playground preset="gone" />\n\n<Chart />')),
    );
    expect(message).toContain('content/x/slides.mdx:7 slides[1].Diagram.id: no diagram.yaml defines "nope"');
    expect(message).toContain('content/x/slides.mdx:9 slides[1].Poll.question: "q9" is not a question in this lesson\'s quiz.yaml');
    expect(message).toContain('content/x/slides.mdx:11 slides[1].Playground.preset: no content/scenarios/gone.yaml (presets: lunch)');
    expect(message).toContain('content/x/slides.mdx:13 slides[1]: <Chart> is not a slide component');
  });

  it('says that a poll cannot be checked when the lesson has no quiz questions, rather than blaming the id', () => {
    const message = problemsOf(six(slide('Poll', '<Poll question="q1" />')), { ...lookup, questionIds: new Set() });
    expect(message).toContain('slides[1].Poll.question: "q1" cannot be checked: this lesson has no quiz questions');
    expect(message).not.toContain('is not a question');
  });

  it('requires a heading and non-empty notes on every slide, and 6–15 slides', () => {
    expect(problemsOf(six('Just text\n\n<Notes>\nx\n</Notes>\n'))).toContain('slides[1].title: every slide starts with a heading');
    expect(problemsOf(six('## T\n\nno notes\n'))).toContain('slides[1].Notes: every slide needs speaker <Notes>');
    expect(problemsOf(six('## T\n\n<Notes>\n\n</Notes>\n'))).toContain('slides[1].Notes: <Notes> is empty');
    expect(problemsOf(deck(slide('a'), slide('b')))).toContain('slides: a deck has 6–15 slides; this one has 2');
    expect(problemsOf('---\nminutes: 0\n---\n')).toContain('content/x/slides.mdx:2 minutes: must be more than 0');
  });

  it('maps compiled lines back to the file', () => {
    const parsed = parseDeckSource(six(slide('A')), 'f', lookup);
    const lines = parsed.mdx.split('\n');
    const at = lines.findIndex((l) => l === '## S2') + 1;
    expect(parsed.fileLine(at)).toBe(six(slide('A')).split('\n').indexOf('## S2') + 1);
  });
});
