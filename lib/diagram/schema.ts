import * as z from '../zod';
import { ALLOWED_PARENTS, EDGE_KINDS, NODE_KIND_NAMES, NODE_KINDS, type NodeKind } from './kinds';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes (kebab-case)');
const text = z.string().trim().min(1, 'must not be empty');

const kind = z.string().superRefine((value, ctx) => {
  if (value in NODE_KINDS) return;
  const hint = closest(value, NODE_KIND_NAMES);
  ctx.addIssue({ code: 'custom', message: `unknown kind "${value}"${hint ? ` (did you mean "${hint}"?)` : ''}` });
}) as unknown as z.ZodType<NodeKind>;

const position = z.strictObject({ x: z.number(), y: z.number() });
const size = z.strictObject({ width: z.number().positive(), height: z.number().positive() });

export const diagramNodeSchema = z.strictObject({
  id,
  kind,
  /** What the reader sees; defaults to the kind's name. */
  label: text.optional(),
  /** A second, smaller line: a port, a size, a detail. */
  detail: text.optional(),
  /** The group this node sits in. */
  parent: id.optional(),
  /** Hand position, relative to the parent group; omit for automatic layout. */
  position: position.optional(),
  /** Hand size for a group; omit to fit its children. */
  size: size.optional(),
});

export const diagramEdgeSchema = z.strictObject({
  id,
  from: id,
  to: id,
  kind: z
    .enum(EDGE_KINDS, { error: (issue) => `unknown edge kind ${JSON.stringify(issue.input)}: use one of ${EDGE_KINDS.join(', ')}` })
    .default('request'),
  label: text.optional(),
  /** Draw the edge both ways (e.g. request and response on one line). */
  bidirectional: z.boolean().optional(),
  /**
   * Bend points for a hand layout, in the coordinates of top-level positions: the route leaves
   * `from` towards the first point (straight out of a side when the point is level with it), runs
   * through each, and enters `to` the same way. Omit for a straight route.
   */
  via: z.array(position).min(1).optional(),
});

export const walkthroughStepSchema = z.strictObject({
  caption: text,
  /** Node and edge ids to highlight; everything else is dimmed. Empty shows the whole diagram. */
  highlight: z.array(id).default([]),
  /** An edge id along which an animated packet travels. */
  packet: id.optional(),
});

export const diagramSchema = z
  .strictObject({
    id,
    title: text,
    /** One or two sentences: what the diagram shows. Starts the text alternative. */
    summary: text,
    /** Automatic layout direction. */
    direction: z.enum(['RIGHT', 'DOWN']).default('RIGHT'),
    nodes: z.array(diagramNodeSchema).min(1, 'a diagram needs at least one node'),
    edges: z.array(diagramEdgeSchema).default([]),
    steps: z.array(walkthroughStepSchema).default([]),
  })
  .superRefine((diagram, ctx) => {
    const nodes = new Map<string, { kind: NodeKind; parent?: string }>();
    diagram.nodes.forEach((node, i) => {
      if (nodes.has(node.id)) ctx.addIssue({ code: 'custom', path: ['nodes', i, 'id'], message: `duplicate node id "${node.id}"` });
      nodes.set(node.id, { kind: node.kind, parent: node.parent });
    });
    const edgeIds = new Set<string>();
    diagram.edges.forEach((edge, i) => {
      if (nodes.has(edge.id) || edgeIds.has(edge.id))
        ctx.addIssue({
          code: 'custom',
          path: ['edges', i, 'id'],
          message: `duplicate id "${edge.id}" (node and edge ids share one namespace)`,
        });
      edgeIds.add(edge.id);
      for (const end of ['from', 'to'] as const) {
        if (!nodes.has(edge[end])) ctx.addIssue({ code: 'custom', path: ['edges', i, end], message: `no node with id "${edge[end]}"` });
      }
    });
    diagram.nodes.forEach((node, i) => {
      if (!node.parent) return;
      const parent = nodes.get(node.parent);
      if (!parent) return ctx.addIssue({ code: 'custom', path: ['nodes', i, 'parent'], message: `no node with id "${node.parent}"` });
      if (!NODE_KINDS[parent.kind].group) {
        return ctx.addIssue({
          code: 'custom',
          path: ['nodes', i, 'parent'],
          message: `"${node.parent}" is a ${parent.kind}, which cannot contain other nodes`,
        });
      }
      const allowed = ALLOWED_PARENTS[node.kind];
      if (allowed && !allowed.includes(parent.kind)) {
        ctx.addIssue({
          code: 'custom',
          path: ['nodes', i, 'parent'],
          message: `a ${node.kind} cannot sit inside a ${parent.kind} (allowed: ${allowed.join(', ')})`,
        });
      }
      if (isCycle(node.id, nodes))
        ctx.addIssue({ code: 'custom', path: ['nodes', i, 'parent'], message: `"${node.id}" would contain itself` });
    });
    const byHand = diagram.nodes.every((node) => node.position);
    diagram.edges.forEach((edge, i) => {
      if (edge.via && !byHand)
        ctx.addIssue({ code: 'custom', path: ['edges', i, 'via'], message: 'via needs a hand layout: give every node a position' });
    });
    diagram.steps.forEach((step, i) => {
      step.highlight.forEach((ref, j) => {
        if (!nodes.has(ref) && !edgeIds.has(ref))
          ctx.addIssue({ code: 'custom', path: ['steps', i, 'highlight', j], message: `no node or edge with id "${ref}"` });
      });
      if (step.packet && !edgeIds.has(step.packet))
        ctx.addIssue({ code: 'custom', path: ['steps', i, 'packet'], message: `no edge with id "${step.packet}"` });
    });
  });

/** A diagram.yaml holds one or more diagrams. */
export const diagramFileSchema = z.strictObject({
  diagrams: z.array(diagramSchema).min(1, 'list at least one diagram'),
});

export type Diagram = z.infer<typeof diagramSchema>;
export type DiagramNode = z.infer<typeof diagramNodeSchema>;
export type DiagramEdge = z.infer<typeof diagramEdgeSchema>;
export type WalkthroughStep = z.infer<typeof walkthroughStepSchema>;

function isCycle(start: string, nodes: Map<string, { parent?: string }>): boolean {
  let current = nodes.get(start)?.parent;
  for (let depth = 0; current && depth <= nodes.size; depth++) {
    if (current === start) return true;
    current = nodes.get(current)?.parent;
  }
  return false;
}

/** The closest name by edit distance, when it is close enough to be a typo. */
function closest(value: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const name of names) {
    const d = editDistance(value.toLowerCase(), name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return bestDistance <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] as number;
      row[j] = Math.min(current + 1, (row[j - 1] as number) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] as number;
}
