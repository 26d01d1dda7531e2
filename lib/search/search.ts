import MiniSearch from 'minisearch';
import { highlight, snippet, type TextPart } from './snippet';
import { INDEX_OPTIONS, QUERY_OPTIONS, type SearchDoc, type SearchKind, type StoredDoc } from './types';

export interface SearchHit {
  id: number;
  kind: SearchKind;
  href: string;
  context: string;
  title: TextPart[];
  /** Empty when the title is all there is (a quiz question). */
  snippet: TextPart[];
}

export const MIN_QUERY_LENGTH = 2;
export const MAX_HITS = 20;

/** Builds the index (at build time). */
export function buildIndex(docs: readonly SearchDoc[]): MiniSearch<SearchDoc> {
  const index = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  index.addAll(docs);
  return index;
}

/** Loads the index the build saved (in the browser). */
export function loadIndex(json: string): MiniSearch<SearchDoc> {
  return MiniSearch.loadJSON<SearchDoc>(json, INDEX_OPTIONS);
}

/**
 * The best matches for what the learner typed: every word must match; when no document has them
 * all, any word will do. Each hit has its title and a snippet with the matched words marked.
 */
export function searchCourse(index: MiniSearch<SearchDoc>, query: string, limit = MAX_HITS): SearchHit[] {
  const q = query.trim();
  if (q.length < MIN_QUERY_LENGTH) return [];
  let results = index.search(q, QUERY_OPTIONS);
  if (results.length === 0) results = index.search(q, { ...QUERY_OPTIONS, combineWith: 'OR' });
  // A title that is exactly what was typed comes first ("Container" before "Container image").
  const exact = q.toLowerCase();
  const isExact = (r: (typeof results)[number]) => ((r as unknown as StoredDoc).title ?? '').toLowerCase() === exact;
  results = [...results.filter(isExact), ...results.filter((r) => !isExact(r))];
  return results.slice(0, limit).map((r) => {
    const doc = r as unknown as StoredDoc & { id: number; terms: string[] };
    return {
      id: doc.id,
      kind: doc.kind,
      href: doc.href,
      context: doc.context,
      title: highlight(doc.title, doc.terms),
      snippet: doc.text ? snippet(doc.text, doc.terms) : [],
    };
  });
}
