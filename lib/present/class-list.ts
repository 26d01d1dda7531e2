/**
 * A class: several decks taught in a row, kept in the URL as `?class=slug,slug,…` so it can be
 * bookmarked and shared. Parsing keeps every deck it recognises, in order, and says what it left out.
 */
export const CLASS_PARAM = 'class';
/** More decks than any class needs; a longer list is cut here and the cut is reported. */
export const MAX_CLASS_DECKS = 40;

export interface ParsedClass {
  slugs: string[];
  problems: string[];
}

export function parseClassList(value: string | null, known: readonly string[]): ParsedClass {
  if (value === null || value.trim() === '') return { slugs: [], problems: [] };
  const knownSet = new Set(known);
  const slugs: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const part of value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!knownSet.has(part)) unknown.push(part);
    else if (slugs.includes(part)) repeated.push(part);
    else slugs.push(part);
  }
  const problems: string[] = [];
  const show = (items: string[]) =>
    items
      .slice(0, 5)
      .map((s) => `“${s.slice(0, 60)}”`)
      .join(', ') + (items.length > 5 ? ` and ${items.length - 5} more` : '');
  if (unknown.length) problems.push(`Left out ${show(unknown)}: no deck has ${unknown.length === 1 ? 'that name' : 'those names'}.`);
  if (repeated.length)
    problems.push(`Left out the repeat${repeated.length === 1 ? '' : 's'} of ${show(repeated)}: each deck is taught once.`);
  if (slugs.length > MAX_CLASS_DECKS) {
    problems.push(`Kept the first ${MAX_CLASS_DECKS} decks of ${slugs.length}.`);
    slugs.length = MAX_CLASS_DECKS;
  }
  return { slugs, problems };
}

export const formatClassList = (slugs: readonly string[]) => slugs.join(',');

/** `?class=…` for a deck link inside a class, or '' for a single deck. */
export const classQuery = (slugs: readonly string[]) => (slugs.length > 1 ? `?${CLASS_PARAM}=${formatClassList(slugs)}` : '');
