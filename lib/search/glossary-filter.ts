export interface FilterableTerm {
  term: string;
  aliases: readonly string[];
  definition: string;
}

/** Lower case without accents, so "ecs" finds "ECS" and "cafe" finds "café". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The words of a filter box, folded; empty for a blank box. */
export function filterWords(filter: string): string[] {
  return fold(filter).split(/\s+/).filter(Boolean);
}

/**
 * The terms whose name, an alias or the definition contains every word of the filter (anywhere in
 * a word: "scal" finds "auto scaling"), in their original order. A blank filter keeps them all.
 */
export function filterTerms<T extends FilterableTerm>(terms: readonly T[], filter: string): T[] {
  const words = filterWords(filter);
  if (words.length === 0) return [...terms];
  return terms.filter((t) => {
    const haystack = fold([t.term, ...t.aliases, t.definition].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
