import type { Root } from 'hast';

/**
 * Plain text of compiled MDX for the search index, taken from the same hast the page renders, so a
 * section's `id` is the heading's real anchor. Runs after rehype-slug and before the plugins that
 * add chrome (heading anchors, code-block bars), so only the author's words are collected.
 */
export interface TextSection {
  /** The h2/h3 anchor; null for the text before the first heading. */
  id: string | null;
  heading: string;
  text: string;
}

interface AnyNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: AnyNode[];
}

/** Elements whose text is a block of its own: a space keeps its words apart from the next block's. */
const BLOCK = new Set([
  'p',
  'li',
  'ul',
  'ol',
  'pre',
  'blockquote',
  'table',
  'tr',
  'td',
  'th',
  'dt',
  'dd',
  'div',
  'figure',
  'figcaption',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
/** MDX nodes that are code, not prose. */
const SKIP = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'comment', 'doctype']);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Walks a tree in document order, handing every piece of text to `emit` (a space around each
 * block). `claim` may take a node for itself (return true) instead: its text is then not emitted.
 */
function walkText(node: AnyNode, emit: (text: string) => void, claim: (node: AnyNode) => boolean = () => false) {
  if (SKIP.has(node.type) || claim(node)) return;
  if (node.type === 'text' && typeof node.value === 'string') emit(node.value);
  const block = (node.type === 'element' && BLOCK.has(node.tagName ?? '')) || node.type === 'mdxJsxFlowElement';
  if (block) emit(' ');
  node.children?.forEach((child) => walkText(child, emit, claim));
  if (block) emit(' ');
}

/** The text of a node and its children, blocks separated by spaces; `skip` leaves nodes out (a slide's notes). */
export function plainText(node: AnyNode, skip: (node: AnyNode) => boolean = () => false): string {
  const parts: string[] = [];
  walkText(node, (t) => parts.push(t), skip);
  return squash(parts.join(''));
}

const isSectionHeading = (n: AnyNode) =>
  n.type === 'element' && (n.tagName === 'h2' || n.tagName === 'h3') && typeof n.properties?.id === 'string';

/** Splits a document at its h2/h3 headings (nested in components too, in document order). */
export function textSections(tree: Root): TextSection[] {
  const sections: (TextSection & { parts: string[] })[] = [{ id: null, heading: '', text: '', parts: [] }];
  walkText(
    tree as AnyNode,
    (t) => sections[sections.length - 1]!.parts.push(t),
    (n) => {
      if (!isSectionHeading(n)) return false;
      sections.push({ id: n.properties!.id as string, heading: plainText(n), text: '', parts: [] });
      return true;
    },
  );
  return sections.map(({ parts, ...s }) => ({ ...s, text: squash(parts.join('')) })).filter((s) => s.id !== null || s.text !== '');
}

/** A rehype plugin that hands the document's sections to `collect` and leaves the tree as it is. */
export function rehypeTextSections(collect: (sections: TextSection[]) => void) {
  return () => (tree: Root) => {
    collect(textSections(tree));
  };
}
