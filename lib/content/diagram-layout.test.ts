import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDiagramFiles } from './diagram-files.server';
import type { LaidOutDiagram, LaidOutNode } from '../diagram/layout-types';
import { layoutDiagram } from './diagram-layout.server';
import { MAX_DIAGRAM_WIDTH } from '../diagram/metrics';
import { diagramSchema } from '../diagram/schema';

const inside = (child: LaidOutNode, parent: LaidOutNode) =>
  child.x >= parent.x &&
  child.y >= parent.y &&
  child.x + child.width <= parent.x + parent.width &&
  child.y + child.height <= parent.y + parent.height;

const overlap = (a: LaidOutNode, b: LaidOutNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

function expectSoundLayout(layout: LaidOutDiagram) {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  for (const node of layout.nodes) {
    expect(Number.isFinite(node.x) && Number.isFinite(node.y), `${layout.id}/${node.id} has a position`).toBe(true);
    expect(node.width > 0 && node.height > 0, `${layout.id}/${node.id} has a size`).toBe(true);
    expect(node.x + node.width <= layout.width && node.y + node.height <= layout.height, `${layout.id}/${node.id} inside the diagram`).toBe(
      true,
    );
    if (node.parent) expect(inside(node, byId.get(node.parent) as LaidOutNode), `${layout.id}/${node.id} inside ${node.parent}`).toBe(true);
  }
  for (const a of layout.nodes) {
    for (const b of layout.nodes) {
      if (a.id < b.id && a.parent === b.parent) expect(overlap(a, b), `${layout.id}: siblings ${a.id} and ${b.id} overlap`).toBe(false);
    }
  }
  for (const edge of layout.edges) expect(edge.points.length, `${layout.id}/${edge.id} has a route`).toBeGreaterThanOrEqual(2);
}

describe('layout', () => {
  it('places hand-positioned nodes relative to their parent and sizes groups to fit', async () => {
    const layout = await layoutDiagram(
      diagramSchema.parse({
        id: 'hand',
        title: 'T',
        summary: 'S.',
        nodes: [
          { id: 'box', kind: 'group', position: { x: 0, y: 0 } },
          { id: 'a', kind: 's3', parent: 'box', position: { x: 0, y: 0 } },
          { id: 'b', kind: 'sqs', parent: 'box', position: { x: 240, y: 0 } },
        ],
        edges: [{ id: 'ab', from: 'a', to: 'b', label: 'sends' }],
      }),
    );
    const [box, a, b] = ['box', 'a', 'b'].map((id) => layout.nodes.find((n) => n.id === id) as LaidOutNode);
    expect(b!.x - a!.x).toBe(240);
    expect(a!.y).toBeGreaterThan(box!.y + 30);
    expectSoundLayout(layout);
    // A straight horizontal route between boxes side by side.
    const [start, end] = layout.edges[0]!.points;
    expect(start!.y).toBe(end!.y);
    expect(start!.x).toBe(a!.x + a!.width);
  });

  it('lays out nested groups automatically with every node inside its parent', async () => {
    const layout = await layoutDiagram(
      diagramSchema.parse({
        id: 'auto',
        title: 'T',
        summary: 'S.',
        direction: 'DOWN',
        nodes: [
          { id: 'vpc', kind: 'vpc' },
          { id: 'az', kind: 'availability-zone', parent: 'vpc' },
          { id: 'subnet', kind: 'private-subnet', parent: 'az' },
          { id: 'task1', kind: 'ecs-task', parent: 'subnet' },
          { id: 'task2', kind: 'ecs-task', parent: 'subnet' },
          { id: 'alb', kind: 'alb' },
        ],
        edges: [
          { id: 'e1', from: 'alb', to: 'task1' },
          { id: 'e2', from: 'alb', to: 'task2', label: 'port 8080' },
        ],
      }),
    );
    expectSoundLayout(layout);
    expect(layout.nodes.find((n) => n.id === 'subnet')?.depth).toBe(2);
    expect(layout.edges[1]?.labelBox).toBeDefined();
  });

  it('routes a hand-laid edge through its via points, square out of and into the boxes', async () => {
    const layout = await layoutDiagram(
      diagramSchema.parse({
        id: 'via',
        title: 'T',
        summary: 'S.',
        nodes: [
          { id: 'a', kind: 's3', position: { x: 0, y: 0 } },
          { id: 'b', kind: 'sqs', position: { x: 300, y: 200 } },
        ],
        edges: [
          {
            id: 'ab',
            from: 'a',
            to: 'b',
            label: 'sends',
            via: [
              { x: 100, y: 100 },
              { x: 250, y: 100 },
              { x: 250, y: 224 },
            ],
          },
        ],
      }),
    );
    const [a, b] = ['a', 'b'].map((id) => layout.nodes.find((n) => n.id === id) as LaidOutNode);
    const points = layout.edges[0]!.points;
    // Via points move with the boxes (the margin shift); the route leaves a's bottom and enters b's left side.
    expect(points).toEqual([
      { x: a!.x + 100, y: a!.y + a!.height },
      { x: a!.x + 100, y: a!.y + 100 },
      { x: a!.x + 250, y: a!.y + 100 },
      { x: a!.x + 250, y: a!.y + 224 },
      { x: b!.x, y: a!.y + 224 },
    ]);
    expectSoundLayout(layout);
  });

  const contentDiagrams = loadDiagramFiles(path.join(process.cwd(), 'content')).map((s) => [s.diagram.id, s.diagram] as const);

  it.each(contentDiagrams)('content diagram %s has a sound layout', async (_id, diagram) =>
    expectSoundLayout(await layoutDiagram(diagram)),
  );

  // Wider than this and a lesson shows the diagram below 75 % of its size (see MAX_DIAGRAM_WIDTH).
  it.each(contentDiagrams)(`content diagram %s is at most ${MAX_DIAGRAM_WIDTH} px wide`, async (_id, diagram) => {
    expect((await layoutDiagram(diagram)).width).toBeLessThanOrEqual(MAX_DIAGRAM_WIDTH);
  });
});
