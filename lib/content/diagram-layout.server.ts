import 'server-only';
import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { NODE_KINDS } from '../diagram/kinds';
import type { LaidOutDiagram, LaidOutEdge, LaidOutNode, Point } from '../diagram/layout-types';
import { edgeLabelSize, groupHeaderWidth, leafSize, METRICS as M, wrapEdgeLabel, wrapLeafText } from '../diagram/metrics';
import { routeBetween, routeVia } from '../diagram/routes';
import type { Diagram } from '../diagram/schema';

type Box = { x: number; y: number; width: number; height: number };

const elk = new ELK();

/**
 * Lays a diagram out at build time. When the author gave every node a position, those are used (a
 * hand layout, positions relative to the parent group's content area, below its header); otherwise
 * ELK's layered algorithm places everything, groups included (hierarchical handling), and routes
 * the edges orthogonally around the boxes.
 */
export async function layoutDiagram(diagram: Diagram): Promise<LaidOutDiagram> {
  const nodes = prepareNodes(diagram);
  const byHand = diagram.nodes.every((node) => node.position);
  const { boxes, routes, labelBoxes } = byHand ? handLayout(diagram, nodes) : await fittingElkLayout(diagram, nodes);

  const laidOutNodes: LaidOutNode[] = [...nodes.values()]
    .map((node) => ({ ...node.base, ...round(boxes.get(node.base.id) as Box) }))
    .sort((a, b) => Number(b.isGroup) - Number(a.isGroup) || a.depth - b.depth);
  const edges: LaidOutEdge[] = diagram.edges.map((edge) => {
    const labelLines = edge.label ? wrapEdgeLabel(edge.label) : [];
    const labelBox = labelBoxes.get(edge.id);
    return {
      id: edge.id,
      from: edge.from,
      to: edge.to,
      kind: edge.kind,
      label: edge.label,
      labelLines,
      labelBox: labelBox && round(labelBox),
      bidirectional: edge.bidirectional ?? false,
      points: (routes.get(edge.id) ?? []).map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) })),
    };
  });
  const all: Box[] = [...laidOutNodes, ...edges.flatMap((e) => (e.labelBox ? [e.labelBox] : []))];
  const width = Math.ceil(Math.max(...all.map((b) => b.x + b.width)) + M.margin);
  // The extra strip at the bottom keeps React Flow's attribution clear of the boxes.
  const height = Math.ceil(Math.max(...all.map((b) => b.y + b.height)) + M.margin + M.attributionStrip);
  return {
    id: diagram.id,
    title: diagram.title,
    summary: diagram.summary,
    width,
    height,
    nodes: laidOutNodes,
    edges,
    steps: diagram.steps,
  };
}

interface PreparedNode {
  base: Omit<LaidOutNode, 'x' | 'y' | 'width' | 'height'>;
  children: string[];
  handPosition?: Point;
  size: { width: number; height: number };
}

function prepareNodes(diagram: Diagram): Map<string, PreparedNode> {
  const childrenOf = new Map<string, string[]>();
  for (const node of diagram.nodes) if (node.parent) childrenOf.set(node.parent, [...(childrenOf.get(node.parent) ?? []), node.id]);
  const parentOf = new Map(diagram.nodes.map((n) => [n.id, n.parent]));
  const depthOf = (id: string): number => {
    const p = parentOf.get(id);
    return p ? depthOf(p) + 1 : 0;
  };
  const prepared = new Map<string, PreparedNode>();
  for (const node of diagram.nodes) {
    const label = node.label ?? NODE_KINDS[node.kind].label;
    const children = childrenOf.get(node.id) ?? [];
    const isGroup = children.length > 0;
    const handWidth = !isGroup && node.size ? node.size.width : M.leafWidth;
    const { labelLines, detailLines } = isGroup
      ? { labelLines: [label], detailLines: node.detail ? [node.detail] : [] }
      : wrapLeafText(label, node.detail, handWidth);
    const size = isGroup
      ? { width: groupHeaderWidth(label, node.detail), height: M.groupPaddingTop + M.groupPadding }
      : (node.size ?? leafSize(labelLines, detailLines));
    prepared.set(node.id, {
      base: {
        id: node.id,
        kind: node.kind,
        label,
        labelLines,
        detail: node.detail,
        detailLines,
        parent: node.parent,
        isGroup,
        depth: depthOf(node.id),
      },
      children,
      handPosition: node.position,
      size: isGroup && node.size ? node.size : size,
    });
  }
  return prepared;
}

function handLayout(diagram: Diagram, nodes: Map<string, PreparedNode>) {
  const relative = new Map<string, Box>();
  const sizeOf = (id: string): Box => {
    const known = relative.get(id);
    if (known) return known;
    const node = nodes.get(id) as PreparedNode;
    const { x, y } = node.handPosition as Point;
    let { width, height } = node.size;
    const hasHandSize = diagram.nodes.find((n) => n.id === id)?.size;
    if (node.base.isGroup && !hasHandSize) {
      const kids = node.children.map(sizeOf);
      width = Math.max(width, Math.max(...kids.map((k) => k.x + k.width)) + 2 * M.groupPadding);
      height = Math.max(...kids.map((k) => k.y + k.height)) + M.groupPaddingTop + M.groupPadding;
    }
    const box = { x, y, width, height };
    relative.set(id, box);
    return box;
  };
  const boxes = new Map<string, Box>();
  const place = (id: string, originX: number, originY: number) => {
    const node = nodes.get(id) as PreparedNode;
    const box = sizeOf(id);
    const absolute = { ...box, x: originX + box.x, y: originY + box.y };
    boxes.set(id, absolute);
    for (const child of node.children) place(child, absolute.x + M.groupPadding, absolute.y + M.groupPaddingTop);
  };
  for (const node of nodes.values()) if (!node.base.parent) place(node.base.id, 0, 0);
  // Shift so the top-left box sits at the margin.
  const minX = Math.min(...[...boxes.values()].map((b) => b.x));
  const minY = Math.min(...[...boxes.values()].map((b) => b.y));
  const shift = (p: Point): Point => ({ x: p.x + M.margin - minX, y: p.y + M.margin - minY });
  for (const box of boxes.values()) Object.assign(box, shift(box));

  const routes = new Map<string, Point[]>();
  const labelBoxes = new Map<string, Box>();
  for (const edge of diagram.edges) {
    const [from, to] = [boxes.get(edge.from) as Box, boxes.get(edge.to) as Box];
    const points: Point[] = edge.via ? routeVia(from, to, edge.via.map(shift)) : routeBetween(from, to);
    routes.set(edge.id, points);
    if (edge.label) {
      // On the longest segment, where the label has the most room.
      const lengths = points.slice(1).map((p, i) => Math.abs(p.x - points[i]!.x) + Math.abs(p.y - points[i]!.y));
      const longest = lengths.indexOf(Math.max(...lengths));
      const [a, b] = [points[longest] as Point, points[longest + 1] as Point];
      const size = edgeLabelSize(wrapEdgeLabel(edge.label));
      labelBoxes.set(edge.id, { x: (a.x + b.x) / 2 - size.width / 2, y: (a.y + b.y) / 2 - size.height / 2, ...size });
    }
  }
  return { boxes, routes, labelBoxes };
}

/** The width of a lesson's column, which a diagram should fit without shrinking its labels. */
export const COLUMN_WIDTH = 760;

/**
 * `direction` is the author's preference. When that layout would not fit the lesson column and the
 * other direction shrinks less, the other one is used: a readable diagram beats a faithful arrow.
 */
async function fittingElkLayout(diagram: Diagram, nodes: Map<string, PreparedNode>) {
  const preferred = await elkLayout(diagram, nodes, diagram.direction);
  if (preferred.width <= COLUMN_WIDTH) return preferred;
  const other = await elkLayout(diagram, nodes, diagram.direction === 'RIGHT' ? 'DOWN' : 'RIGHT');
  const fit = (width: number) => Math.min(1, COLUMN_WIDTH / width);
  return fit(other.width) > fit(preferred.width) * 1.1 ? other : preferred;
}

async function elkLayout(diagram: Diagram, nodes: Map<string, PreparedNode>, direction: Diagram['direction']) {
  const toElk = (id: string): ElkNode => {
    const node = nodes.get(id) as PreparedNode;
    if (!node.base.isGroup) return { id, ...node.size };
    return {
      id,
      layoutOptions: {
        'elk.padding': `[top=${M.groupPaddingTop},left=${M.groupPadding},bottom=${M.groupPadding},right=${M.groupPadding}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${node.size.width}, ${node.size.height})`,
      },
      children: node.children.map(toElk),
    };
  };
  const graph: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': direction,
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.padding': `[top=${M.margin},left=${M.margin},bottom=${M.margin},right=${M.margin}]`,
      'elk.spacing.nodeNode': '28',
      'elk.layered.spacing.nodeNodeBetweenLayers': '48',
      'elk.layered.spacing.edgeNodeBetweenLayers': '18',
      'elk.spacing.edgeLabel': '4',
      'elk.layered.spacing.edgeEdgeBetweenLayers': '8',
      'elk.edgeLabels.placement': 'CENTER',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
    },
    children: [...nodes.values()].filter((n) => !n.base.parent).map((n) => toElk(n.base.id)),
    edges: diagram.edges.map((edge): ElkExtendedEdge => ({
      id: edge.id,
      sources: [edge.from],
      targets: [edge.to],
      labels: edge.label ? [{ id: `${edge.id}__label`, text: edge.label, ...edgeLabelSize(wrapEdgeLabel(edge.label)) }] : [],
    })),
  };
  const result = await elk.layout(graph);

  const boxes = new Map<string, Box>();
  const walk = (node: ElkNode, originX: number, originY: number) => {
    for (const child of node.children ?? []) {
      const x = originX + (child.x ?? 0);
      const y = originY + (child.y ?? 0);
      boxes.set(child.id, { x, y, width: child.width ?? 0, height: child.height ?? 0 });
      walk(child, x, y);
    }
  };
  walk(result, 0, 0);
  const routes = new Map<string, Point[]>();
  const labelBoxes = new Map<string, Box>();
  for (const edge of result.edges ?? []) {
    // ELK gives edge coordinates relative to the node that contains the edge.
    const container = (edge as ElkExtendedEdge & { container?: string }).container;
    const origin = container && container !== '__root' ? (boxes.get(container) as Box) : { x: 0, y: 0 };
    const shift = (p: Point) => ({ x: p.x + origin.x, y: p.y + origin.y });
    const section = edge.sections?.[0];
    if (section) routes.set(edge.id, [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(shift));
    const label = edge.labels?.[0];
    if (label)
      labelBoxes.set(edge.id, { ...shift({ x: label.x ?? 0, y: label.y ?? 0 }), width: label.width ?? 0, height: label.height ?? 0 });
  }
  return { boxes, routes, labelBoxes, width: result.width ?? 0 };
}

function round<T extends Box>(box: T): Box {
  return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) };
}
