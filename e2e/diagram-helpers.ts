import type { Page } from '@playwright/test';

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Readability {
  /** The smallest text, in CSS px, among the highlighted parts visible in the pane (undefined: none visible). */
  smallestPx?: number;
  /** How many highlighted texts are visible in the pane. */
  visibleTexts: number;
  /** Highlighted leaf nodes and edge labels, each with whether it is wholly inside the pane. */
  parts: { id: string; inside: boolean }[];
  pane: Rect;
  /** Every node, edge and edge label of the drawing together, as drawn. */
  drawing: Rect;
}

/**
 * What a reader of the interactive view can read: for each text element, its font size times the
 * scale it is drawn at (its rendered height over its own height, so every transform counts).
 * Counts the walkthrough's highlighted parts (all of them in the overview) that the pane shows.
 */
export async function readability(page: Page, id: string): Promise<Readability> {
  return page.locator(`[data-diagram-box="${id}"] [data-diagram-view="interactive"]`).evaluate((view) => {
    const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    const pane = rect(view.getBoundingClientRect());
    const anyActive = view.querySelector('[data-state="active"]') !== null;
    const highlighted = [...view.querySelectorAll<SVGGElement>('[data-diagram-node], [data-diagram-edge]')].filter((e) =>
      anyActive ? e.dataset.state === 'active' : true,
    );
    const overlaps = (r: DOMRect) =>
      r.width > 0 && r.right > pane.left + 1 && r.left < pane.right - 1 && r.bottom > pane.top + 1 && r.top < pane.bottom - 1;
    const within = (r: DOMRect) =>
      r.left >= pane.left - 1 && r.right <= pane.right + 1 && r.top >= pane.top - 1 && r.bottom <= pane.bottom + 1;
    let smallestPx: number | undefined;
    let visibleTexts = 0;
    const parts: { id: string; inside: boolean }[] = [];
    for (const element of highlighted) {
      for (const text of element.querySelectorAll<SVGTextElement>('text')) {
        const box = text.getBoundingClientRect();
        if (!overlaps(box)) continue;
        const scale = box.height / text.getBBox().height;
        const sizes = [text, ...text.querySelectorAll('tspan[font-size]')]
          .map((t) => Number(t.getAttribute('font-size')) || Number.NaN)
          .filter(Number.isFinite);
        visibleTexts++;
        smallestPx = Math.min(smallestPx ?? Infinity, ...sizes.map((size) => size * scale));
      }
      const isLeaf = element.dataset.diagramNode !== undefined && element.dataset.group === undefined;
      const shape = isLeaf ? element.querySelector('rect') : element.querySelector('.dg-edge-label rect');
      if (shape)
        parts.push({ id: element.dataset.diagramNode ?? element.dataset.diagramEdge ?? '', inside: within(shape.getBoundingClientRect()) });
    }
    const nodes = [...view.querySelectorAll('[data-diagram-node] rect.dg-frame, [data-diagram-edge] path, .dg-edge-label rect')].map((e) =>
      e.getBoundingClientRect(),
    );
    const drawing = {
      left: Math.min(...nodes.map((r) => r.left)),
      right: Math.max(...nodes.map((r) => r.right)),
      top: Math.min(...nodes.map((r) => r.top)),
      bottom: Math.max(...nodes.map((r) => r.bottom)),
    };
    return { smallestPx, visibleTexts, parts, pane, drawing };
  });
}

/** The empty screen between the pane's edges and the drawing, on each side (0 where the drawing runs past). */
export function emptyBands(r: Readability) {
  return {
    left: Math.max(0, r.drawing.left - r.pane.left),
    right: Math.max(0, r.pane.right - r.drawing.right),
    top: Math.max(0, r.drawing.top - r.pane.top),
    bottom: Math.max(0, r.pane.bottom - r.drawing.bottom),
  };
}
