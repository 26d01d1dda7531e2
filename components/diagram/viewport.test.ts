import { describe, expect, it } from 'vitest';
import type { LaidOutDiagram, LaidOutNode } from '@/lib/diagram/layout-types';
import { FOCUS_BELOW_ZOOM, MIN_READABLE_PX, READABLE_ZOOM, stepBounds, viewportFor, wholeViewport, type Viewport } from './viewport';
import { METRICS } from '@/lib/diagram/metrics';

const node = (id: string, x: number, y: number): LaidOutNode => ({
  id,
  kind: 's3',
  label: id,
  labelLines: [id],
  detailLines: [],
  isGroup: false,
  depth: 0,
  x,
  y,
  width: 200,
  height: 50,
});

const diagram: LaidOutDiagram = {
  id: 'd',
  title: 'T',
  summary: 'S',
  width: 1000,
  height: 500,
  nodes: [node('a', 12, 12), node('b', 788, 400)],
  edges: [
    {
      id: 'ab',
      from: 'a',
      to: 'b',
      kind: 'request',
      labelLines: [],
      bidirectional: false,
      points: [
        { x: 212, y: 37 },
        { x: 788, y: 425 },
      ],
    },
  ],
  steps: [
    { caption: 'a', highlight: ['a'] },
    { caption: 'ab', highlight: ['ab'] },
  ],
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

  const inPane = (box: { x: number; y: number; width: number; height: number }, view: Viewport, width: number, height: number) =>
    box.x * view.zoom + view.x >= -0.01 &&
    (box.x + box.width) * view.zoom + view.x <= width + 0.01 &&
    box.y * view.zoom + view.y >= -0.01 &&
    (box.y + box.height) * view.zoom + view.y <= height + 0.01;

  it('puts the smallest text at the readable size at READABLE_ZOOM', () => {
    const smallest = Math.min(METRICS.labelSize, METRICS.detailSize, METRICS.groupLabelSize, METRICS.edgeLabelSize);
    expect(smallest * READABLE_ZOOM).toBeCloseTo(MIN_READABLE_PX);
  });

  it('on a phone, frames a step at a readable size, never smaller', () => {
    const view = viewportFor(diagram, diagram.steps[0], 326, 163);
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
  });

  it('on a phone, a step too big to read whole starts from its first highlighted element, readable', () => {
    // Step ab spans 576 × 388 diagram px: at 12 px text it cannot fit a 326 × 163 pane.
    const wide = { ...diagram, steps: [{ caption: 'b then a', highlight: ['b', 'ab', 'a'] }] };
    const view = viewportFor(wide, wide.steps[0], 326, 163);
    expect(view.zoom).toBeCloseTo(READABLE_ZOOM);
    expect(inPane(diagram.nodes[1]!, view, 326, 163)).toBe(true);
    expect(inPane(diagram.nodes[0]!, view, 326, 163)).toBe(false);
  });

  it('in full screen on a phone, the overview is readable and covers the pane (no empty bands)', () => {
    const [width, height] = [328, 640];
    expect(viewportFor(diagram, undefined, width, height)).toEqual(wholeViewport(diagram, width, height));
    const view = viewportFor(diagram, undefined, width, height, { fullscreen: true });
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    // From the box nearest the top-left corner (here the corner itself), covering the pane.
    expect(view).toMatchObject({ x: 0, y: 0 });
    expect(diagram.width * view.zoom).toBeGreaterThanOrEqual(width);
    expect(diagram.height * view.zoom).toBeGreaterThanOrEqual(height);
  });

  it('in full screen on a phone, the overview starts at the first box when the corner is empty', () => {
    const sparse = { ...diagram, nodes: [node('late', 500, 250)], edges: [], steps: [] };
    const view = viewportFor(sparse, undefined, 328, 640, { fullscreen: true });
    const box = sparse.nodes[0]!;
    expect(box.x * view.zoom + view.x).toBeGreaterThanOrEqual(0);
    expect((box.x + box.width) * view.zoom + view.x).toBeLessThanOrEqual(328);
  });

  it('never pans past the drawing to frame a step near its edge', () => {
    const view = viewportFor(diagram, diagram.steps[0], 326, 163, { fullscreen: true });
    expect(view.x).toBeLessThanOrEqual(0);
    expect(view.y).toBeLessThanOrEqual(0);
  });

  it('on a desktop, full screen and steps show the whole diagram', () => {
    expect(viewportFor(diagram, diagram.steps[0], 1248, 700, { fullscreen: true })).toEqual(wholeViewport(diagram, 1248, 700));
  });
});
