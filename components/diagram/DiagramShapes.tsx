import type { LaidOutEdge, LaidOutNode } from '@/lib/diagram/layout-types';
import { leafTextTop, METRICS as M } from '@/lib/diagram/metrics';
import { edgePath } from './edge-path';
import type { ElementState } from './highlight';
import { categoryColour, KIND_STYLE } from './kind-glyphs';

/** Dash patterns that tell edge kinds apart without relying on colour (see the legend). */
export const EDGE_DASH: Record<LaidOutEdge['kind'], string | undefined> = {
  request: undefined,
  data: '7 5',
  control: '1 5',
  'assumes-role': '10 4 2 4',
};

export function Glyph({ kind, x, y, size }: { kind: LaidOutNode['kind']; x: number; y: number; size: number }) {
  const { glyph, category } = KIND_STYLE[kind];
  return (
    <g transform={`translate(${x} ${y}) scale(${size / 24})`} style={{ color: categoryColour(category) }} aria-hidden="true">
      <path d={glyph} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" />
    </g>
  );
}

/** One node, drawn at its absolute position: a box with glyph and label, or a group's frame and header. */
export function NodeShape({ node, state }: { node: LaidOutNode; state?: ElementState }) {
  const colour = categoryColour(KIND_STYLE[node.kind].category);
  const common = { 'data-diagram-node': node.id, 'data-state': state, className: 'dg-node' } as const;
  if (node.isGroup) {
    const headerY = node.y + 25;
    const labelX = node.x + M.groupPadding + M.groupIconSize + 8;
    return (
      <g {...common} data-group="">
        <rect
          x={node.x}
          y={node.y}
          width={node.width}
          height={node.height}
          rx={10}
          className="dg-frame"
          fill={node.depth % 2 ? 'var(--dg-group-odd)' : 'var(--dg-group-even)'}
          stroke={colour}
          strokeDasharray={node.kind === 'availability-zone' ? '6 4' : undefined}
        />
        <Glyph kind={node.kind} x={node.x + M.groupPadding} y={node.y + 11} size={M.groupIconSize} />
        <text x={labelX} y={headerY} fontSize={M.groupLabelSize} fontWeight={650} fill="var(--fg)">
          {node.label}
          {node.detail && <tspan fontWeight={400} fontSize={M.detailSize} fill="var(--fg-muted)">{` · ${node.detail}`}</tspan>}
        </text>
      </g>
    );
  }
  const textX = node.x + M.leafPaddingX + M.iconSize + M.iconGap;
  const top = node.y + leafTextTop(node.height, node.labelLines.length, node.detailLines.length);
  return (
    <g {...common}>
      <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={8} className="dg-frame" fill="var(--card)" stroke={colour} />
      <Glyph kind={node.kind} x={node.x + M.leafPaddingX} y={node.y + (node.height - M.iconSize) / 2} size={M.iconSize} />
      <text x={textX} fontSize={M.labelSize} fontWeight={650} fill="var(--fg)">
        {node.labelLines.map((line, i) => (
          <tspan key={i} x={textX} y={top + 13 + i * M.labelLineHeight}>
            {line}
          </tspan>
        ))}
      </text>
      {node.detailLines.length > 0 && (
        <text x={textX} fontSize={M.detailSize} fill="var(--fg-muted)">
          {node.detailLines.map((line, i) => (
            <tspan key={i} x={textX} y={top + node.labelLines.length * M.labelLineHeight + 11.5 + i * M.detailLineHeight}>
              {line}
            </tspan>
          ))}
        </text>
      )}
    </g>
  );
}

interface EdgeShapeProps {
  edge: LaidOutEdge;
  state?: ElementState;
  markerPrefix: string;
  /** Draw a packet travelling along the edge (still, at mid-route, when motion is reduced). */
  packet?: 'moving' | 'still';
}

export function EdgeShape({ edge, state, markerPrefix, packet }: EdgeShapeProps) {
  const d = edgePath(edge.points);
  const marker = `url(#${markerPrefix}-arrow${state === 'active' ? '-active' : ''})`;
  const middle = Math.floor((edge.points.length - 1) / 2);
  const mid = edge.points[middle];
  const next = edge.points[middle + 1] ?? mid;
  return (
    <g data-diagram-edge={edge.id} data-edge-kind={edge.kind} data-state={state} className="dg-edge">
      <path
        d={d}
        fill="none"
        className="dg-edge-line"
        strokeDasharray={EDGE_DASH[edge.kind]}
        strokeLinecap="round"
        markerEnd={marker}
        markerStart={edge.bidirectional ? marker : undefined}
      />
      {edge.labelBox && (
        <g className="dg-edge-label">
          <rect
            x={edge.labelBox.x}
            y={edge.labelBox.y}
            width={edge.labelBox.width}
            height={edge.labelBox.height}
            rx={4}
            fill="var(--card)"
            stroke="var(--border)"
          />
          <text fontSize={M.edgeLabelSize} fill="var(--fg)" textAnchor="middle">
            {edge.labelLines.map((line, i) => (
              <tspan
                key={i}
                x={edge.labelBox!.x + edge.labelBox!.width / 2}
                y={edge.labelBox!.y + M.edgeLabelPaddingY + 11 + i * M.edgeLabelLineHeight}
              >
                {line}
              </tspan>
            ))}
          </text>
        </g>
      )}
      {packet === 'moving' && (
        <circle r={6} className="dg-packet" data-packet="moving">
          <animateMotion dur="1.8s" repeatCount="indefinite" path={d} />
        </circle>
      )}
      {packet === 'still' && mid && next && (
        <circle r={6} cx={(mid.x + next.x) / 2} cy={(mid.y + next.y) / 2} className="dg-packet" data-packet="still" />
      )}
    </g>
  );
}

export function ArrowMarkers({ prefix }: { prefix: string }) {
  return (
    <defs>
      {(['', '-active'] as const).map((suffix) => (
        <marker
          key={suffix}
          id={`${prefix}-arrow${suffix}`}
          viewBox="0 0 10 10"
          refX={9}
          refY={5}
          markerWidth={10}
          markerHeight={10}
          markerUnits="userSpaceOnUse"
          orient="auto-start-reverse"
        >
          <path d="M0,1 L9,5 L0,9 z" fill={suffix ? 'var(--dg-active)' : 'var(--dg-edge)'} />
        </marker>
      ))}
    </defs>
  );
}
