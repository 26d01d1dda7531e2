import { describe, expect, it } from 'vitest';
import type { LaidOutDiagram, LaidOutNode } from '@/lib/diagram/layout-types';
import { FOCUS_BELOW_ZOOM, stepBounds, viewportFor, wholeViewport } from './viewport';

const node = (id: string, x: number, y: number): LaidOutNode => ({
  id, kind: 's3', label: id, labelLines: [id], detailLines: [], isGroup: false, depth: 0, x, y, width: 200, height: 50,
});

const diagram: LaidOutDiagram = {
  id: 'd', title: 'T', summary: 'S', width: 1000, height: 500,
  nodes: [node('a', 12, 12), node('b', 788, 400)],
  edges: [{ id: 'ab', from: 'a', to: 'b', kind: 'request', labelLines: [], bidirectional: false, points: [{ x: 212, y: 37 }, { x: 788, y: 425 }] }],
  steps: [{ caption: 'a', highlight: ['a'] }, { caption: 'ab', highlight: ['ab'] }],
};

describe('interactive viewport', () => {
  it('shows the whole diagram like the SVG: scaled to the pane, centred', () => {
    expect(wholeViewport(diagram, 500, 250)).toEqual({ x: 0, y: 0, zoom: 0.5 });
    expect(wholeViewport(diagram, 500, 300)).toEqual({ x: 0, y: 25, zoom: 0.5 });
  });

  it('keeps the whole diagram during a step when it is readable', () => {
    expect(viewportFor(diagram, diagram.steps[0], 734, 367)).toEqual(wholeViewport(diagram, 734, 367));
  });

  it('frames the step where the whole diagram is too small to read (a phone)', () => {
    const pane = { width: 326, height: 163 };
    expect(wholeViewport(diagram, pane.width, pane.height).zoom).toBeLessThan(FOCUS_BELOW_ZOOM);
    const view = viewportFor(diagram, diagram.steps[0], pane.width, pane.height);
    expect(view.zoom).toBeGreaterThan(0.9);
    // Node a is inside the pane.
    const a = diagram.nodes[0]!;
    expect(a.x * view.zoom + view.x).toBeGreaterThanOrEqual(0);
    expect((a.x + a.width) * view.zoom + view.x).toBeLessThanOrEqual(pane.width);
    expect(a.y * view.zoom + view.y).toBeGreaterThanOrEqual(0);
    expect((a.y + a.height) * view.zoom + view.y).toBeLessThanOrEqual(pane.height);
  });

  it('bounds a step by its nodes and the routes of its edges', () => {
    expect(stepBounds(diagram, diagram.steps[1]!)).toEqual({ x: 212, y: 37, width: 576, height: 388 });
  });
});
