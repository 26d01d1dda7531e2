import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * An empty header cell (the corner of a comparison table, `| | ECS | EKS |`) becomes a plain cell:
 * a header with no text names nothing, and screen readers would announce an empty column header
 * (axe: empty-table-header).
 */
export function rehypeCornerCells() {
  return (tree: Root) => {
    visit(tree, 'element', (el) => {
      if (el.tagName !== 'th') return;
      const hasText = (function text(n: (typeof el.children)[number] | typeof el): boolean {
        if (n.type === 'text') return n.value.trim() !== '';
        return 'children' in n && (n.children as (typeof el.children)[number][]).some(text);
      })(el);
      if (!hasText) el.tagName = 'td';
    });
  };
}
