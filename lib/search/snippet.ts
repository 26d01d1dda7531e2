/** A piece of text, marked when it is a word the query matched. */
export interface TextPart {
  text: string;
  mark: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive matches of any of `terms` (the index's words, as MiniSearch returns them). */
function matcher(terms: readonly string[]): RegExp | null {
  const words = [...new Set(terms.map((t) => t.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Splits `text` into marked and unmarked parts. */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  const re = matcher(terms);
  const parts: TextPart[] = [];
  let last = 0;
  if (re) {
    for (const m of text.matchAll(re)) {
      if (m.index > last) parts.push({ text: text.slice(last, m.index), mark: false });
      parts.push({ text: m[0], mark: true });
      last = m.index + m[0].length;
    }
  }
  if (last < text.length) parts.push({ text: text.slice(last), mark: false });
  return parts;
}

/**
 * About `size` characters of `text` around its first match, cut at word boundaries, with "…" where
 * text was left out; the start of the text when nothing matches.
 */
export function snippet(text: string, terms: readonly string[], size = 160): TextPart[] {
  const first = matcher(terms)?.exec(text)?.index ?? 0;
  let start = Math.max(0, first - Math.round(size / 3));
  let end = Math.min(text.length, start + size);
  start = Math.max(0, Math.min(start, end - size));
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space === -1 || space >= first ? start : space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > Math.max(start, first) ? space : end;
  }
  const parts = highlight(text.slice(start, end), terms);
  if (start > 0) parts.unshift({ text: '…', mark: false });
  if (end < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
