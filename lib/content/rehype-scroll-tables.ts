import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wraps each Markdown table in a keyboard-scrollable region so a wide table scrolls on its own on
 * a phone instead of widening the page. Tables inside <Comparison> already have one.
 */
export function rehypeScrollTables() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if ((node.type as string) === 'mdxJsxFlowElement' && (node as unknown as { name?: string }).name === 'Comparison') return SKIP;
      if (node.type !== 'element' || node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: `Table: ${headerText(node)}` },
        children: [node],
      };
      (parent.children as ElementContent[])[index] = wrapper;
      return SKIP;
    });
  };
}

function headerText(table: Element): string {
  const cells: string[] = [];
  visit(table, 'element', (el: Element) => {
    if (el.tagName === 'th') cells.push(textOf(el).trim());
  });
  return cells.filter(Boolean).slice(0, 3).join(', ') || 'comparison';
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}
