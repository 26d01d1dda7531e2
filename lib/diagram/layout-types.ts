import type { EdgeKind, NodeKind } from './kinds';

/**
 * A diagram after layout: plain, serialisable data that the server SVG, the text alternative and the
 * React Flow island all draw from. Coordinates are absolute (top-left of the diagram is 0,0).
 */
export interface LaidOutDiagram {
  id: string;
  title: string;
  summary: string;
  width: number;
  height: number;
  /** Groups first, outermost before innermost, so later nodes paint on top. */
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  steps: LaidOutStep[];
}

export interface LaidOutNode {
  id: string;
  kind: NodeKind;
  /** The label as written, and wrapped into the lines drawn. */
  label: string;
  labelLines: string[];
  detail?: string;
  detailLines: string[];
  parent?: string;
  isGroup: boolean;
  /** 0 for top-level nodes, 1 inside one group, ... */
  depth: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export interface LaidOutEdge {
  id: string;
  from: string;
  to: string;
  kind: EdgeKind;
  label?: string;
  labelLines: string[];
  /** Where the label's box sits (its top-left corner and size). */
  labelBox?: { x: number; y: number; width: number; height: number };
  bidirectional: boolean;
  /** The route, start to end, with its bends. */
  points: Point[];
}

export interface LaidOutStep {
  caption: string;
  highlight: string[];
  packet?: string;
}
