'use client';

import { Handle, Position, type Edge, type EdgeProps, type Node, type NodeProps } from '@xyflow/react';
import type { LaidOutEdge, LaidOutNode } from '@/lib/diagram/layout-types';
import { EdgeShape, NodeShape } from './DiagramShapes';
import type { ElementState } from './highlight';

/** Node and edge data hold only serialisable values: the laid-out element and its walkthrough state. */
export type DiagramFlowNode = Node<{ node: LaidOutNode; state: ElementState }, 'diagram'>;
export interface DiagramEdgeData extends Record<string, unknown> {
  edge: LaidOutEdge;
  state: ElementState;
  markerPrefix: string;
  packet?: 'moving' | 'still';
}
export type DiagramFlowEdge = Edge<DiagramEdgeData, 'diagram'>;

function DiagramNode({ data }: NodeProps<DiagramFlowNode>) {
  const { node, state } = data;
  return (
    <>
      {/* Edges follow the build-time routes; React Flow still wants handles to attach them to. */}
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <svg width={node.width} height={node.height} overflow="visible" className="block" aria-hidden="true">
        <g transform={`translate(${-node.x} ${-node.y})`}>
          <NodeShape node={node} state={state} />
        </g>
      </svg>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}

function DiagramEdge({ data }: EdgeProps<DiagramFlowEdge>) {
  if (!data) return null;
  return <EdgeShape edge={data.edge} state={data.state} markerPrefix={data.markerPrefix} packet={data.packet} />;
}

// Declared once at module scope so React Flow never sees new component types and re-mounts.
export const diagramNodeTypes = { diagram: DiagramNode };
export const diagramEdgeTypes = { diagram: DiagramEdge };
