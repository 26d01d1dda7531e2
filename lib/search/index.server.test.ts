import { beforeAll, describe, expect, it } from 'vitest';
import { getDecks } from '@/lib/content/decks.server';
import { getCourse } from '@/lib/content/index.server';
import { compileMdx } from '@/lib/content/mdx.server';
import { searchDocuments, type SearchSources } from './documents';
import { getSearchSources } from './index.server';
import { buildIndex, searchCourse } from './search';
import type { SearchDoc } from './types';

// The course's own content: every document the index holds must point at a place that exists.
describe('the search index of the course', () => {
  let sources: SearchSources;
  let docs: SearchDoc[];
  beforeAll(async () => {
    sources = await getSearchSources();
    docs = searchDocuments(sources);
  }, 120_000);

  it('holds every lesson, term, question and slide', async () => {
    const count = (kind: SearchDoc['kind']) => docs.filter((d) => d.kind === kind).length;
    expect(count('lesson')).toBe(getCourse().lessons.length);
    expect(count('term')).toBe(sources.glossary.length);
    expect(count('question')).toBe(sources.questions.length);
    expect(count('slide')).toBe((await getDecks()).reduce((n, d) => n + d.slides.length, 0));
    expect(docs.every((d) => d.title.trim() !== '')).toBe(true);
  });

  it('links each section to a heading anchor of its lesson', async () => {
    for (const lesson of getCourse().lessons) {
      const anchors = new Set((await compileMdx(lesson)).toc.map((t) => `/lessons/${lesson.slug}/#${t.id}`));
      const sections = docs.filter((d) => d.kind === 'section' && d.href.startsWith(`/lessons/${lesson.slug}/#`));
      expect(sections.length).toBe(anchors.size);
      for (const s of sections) expect(anchors).toContain(s.href);
    }
  });

  it('leaves speaker notes out of slides', async () => {
    const deck = (await getDecks())[0]!;
    const notes = /<Notes>\s*([^<]{30,80})/.exec(deck.mdx)![1]!.replace(/\s+/g, ' ').trim();
    const slides = docs.filter((d) => d.kind === 'slide');
    expect(slides.some((d) => d.text.includes(notes))).toBe(false);
    // Every slide is there by its title (a slide that is only a diagram or a poll has no body text).
    expect(slides.filter((d) => d.href.startsWith(`/present/${deck.slug}/`)).map((d) => d.title)).toEqual(deck.slides.map((s) => s.title));
  });

  it('finds every glossary term by its name among the first results', () => {
    const index = buildIndex(docs);
    for (const term of sources.glossary) {
      const hrefs = searchCourse(index, term.term, 5).map((h) => h.href);
      expect(hrefs, term.term).toContain(`/glossary/#${term.id}`);
    }
  }, 60_000); // 142 searches: seconds on a busy machine
});
