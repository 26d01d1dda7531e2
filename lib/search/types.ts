import type { Options, SearchOptions } from 'minisearch';

/**
 * The course's search index: one document per lesson (its title, summary and opening text), per
 * lesson section (h2/h3), glossary term, quiz question, deck slide and cheat-sheet section. Built at
 * build time (lib/search/index.server.ts) into /search-index.json, which the search dialog fetches
 * the first time it opens. Every document links to the exact place: a heading anchor or a slide.
 */
export type SearchKind = 'lesson' | 'section' | 'term' | 'question' | 'slide' | 'cheatsheet';

export interface SearchDoc {
  id: number;
  kind: SearchKind;
  title: string;
  /** The words a snippet is cut from. */
  text: string;
  /** Other spellings (a term's aliases): searched, not shown. */
  keywords: string;
  href: string;
  /** Where it lives: the lesson, deck or page it belongs to. */
  context: string;
}

/** What a result carries without a second look-up. */
export type StoredDoc = Pick<SearchDoc, 'kind' | 'title' | 'text' | 'href' | 'context'>;

export const SEARCH_INDEX_URL = '/search-index.json';

export const KIND_LABELS: Record<SearchKind, string> = {
  lesson: 'Lesson',
  section: 'Section',
  term: 'Glossary',
  question: 'Quiz question',
  slide: 'Slide',
  cheatsheet: 'Cheat sheet',
};

/** Lesson prose first; a question or a slide repeats what a lesson says, so it ranks a little lower. */
const KIND_BOOST: Record<SearchKind, number> = { lesson: 1.3, section: 1, term: 1.2, cheatsheet: 0.9, question: 0.6, slide: 0.6 };

/** The index's shape: the build and the browser must use the same options to save and load it. */
export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'keywords', 'text'],
  storeFields: ['kind', 'title', 'text', 'href', 'context'],
};

/**
 * As-you-type matching: every word must match (AND), the word being typed as a prefix, longer
 * words with a typo's tolerance; titles and aliases weigh more than body text.
 */
export const QUERY_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: (term, i, terms) => i === terms.length - 1 || term.length >= 4,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
  boost: { title: 3, keywords: 2, text: 1 },
  boostDocument: (_id, _term, stored) => KIND_BOOST[(stored as StoredDoc | undefined)?.kind ?? 'section'] ?? 1,
};
