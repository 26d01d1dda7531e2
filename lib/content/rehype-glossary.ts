import type { Element, ElementContent, Root, Text } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import type { GlossaryEntry } from './glossary-schema';

/** Elements whose text is never turned into a glossary link. */
const SKIP_TAGS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'kbd', 'figcaption']);
/** MDX components whose contents are left alone (diagram captions, the checklist of takeaways stays plain). */
const SKIP_COMPONENTS = new Set(['Diagram', 'CheckYourself', 'Playground']);

function escapeRegExp(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A spelling as the lookup key: lower case, any run of whitespace (a soft line break in the source) as one space. */
function spellingKey(s: string) {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Links the first use of each glossary term in a lesson to its entry, with the definition shown on
 * hover and focus by CSS alone (no client JavaScript). Longest spellings match first.
 */
export function rehypeGlossary(entries: readonly GlossaryEntry[]) {
  const bySpelling = new Map<string, GlossaryEntry>();
  for (const entry of entries) for (const spelling of [entry.term, ...entry.aliases]) bySpelling.set(spellingKey(spelling), entry);
  const spellings = [...bySpelling.keys()].sort((a, b) => b.length - a.length);
  // A space in a spelling matches any whitespace, so a term wrapped onto the next source line still counts.
  const alternatives = spellings.map((s) => escapeRegExp(s).replace(/ /g, '\\s+'));
  const pattern = spellings.length ? new RegExp(`(?<![\\w-])(${alternatives.join('|')})(?![\\w-])`, 'i') : null;

  return () => (tree: Root) => {
    if (!pattern) return;
    const used = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && SKIP_TAGS.has(node.tagName)) return SKIP;
      if ((node.type as string) === 'mdxJsxFlowElement' || (node.type as string) === 'mdxJsxTextElement') {
        const name = (node as unknown as { name?: string }).name;
        if (name && SKIP_COMPONENTS.has(name)) return SKIP;
      }
      if (node.type !== 'text' || !parent || index === undefined) return;
      const replacement = linkFirstUses(node, bySpelling, pattern, used);
      if (!replacement) return;
      (parent.children as ElementContent[]).splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}

function linkFirstUses(node: Text, bySpelling: Map<string, GlossaryEntry>, pattern: RegExp, used: Set<string>): ElementContent[] | null {
  const out: ElementContent[] = [];
  let rest = node.value;
  let changed = false;
  for (;;) {
    // Find the next match whose entry is not linked yet.
    let match: RegExpExecArray | null = null;
    let offset = 0;
    let search = rest;
    while ((match = pattern.exec(search))) {
      const entry = bySpelling.get(spellingKey(match[1] as string));
      if (entry && !used.has(entry.id)) break;
      offset += match.index + match[0].length;
      search = search.slice(match.index + match[0].length);
    }
    if (!match) break;
    const entry = bySpelling.get(spellingKey(match[1] as string)) as GlossaryEntry;
    const start = offset + match.index;
    if (start > 0) out.push({ type: 'text', value: rest.slice(0, start) });
    out.push(termElement(entry, match[0]));
    used.add(entry.id);
    rest = rest.slice(start + match[0].length);
    changed = true;
  }
  if (!changed) return null;
  if (rest) out.push({ type: 'text', value: rest });
  return out;
}

function termElement(entry: GlossaryEntry, text: string): Element {
  const tipId = `glossary-tip-${entry.id}`;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['glossary-ref'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { href: `/glossary/#${entry.id}`, className: ['glossary-term'], ariaDescribedBy: tipId },
        children: [{ type: 'text', value: text }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { role: 'tooltip', id: tipId, className: ['glossary-tip'] },
        children: [
          { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: entry.term }] },
          { type: 'text', value: ` — ${entry.definition}` },
        ],
      },
    ],
  };
}
