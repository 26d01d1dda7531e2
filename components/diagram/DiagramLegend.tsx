import type { LaidOutDiagram } from '@/lib/diagram/layout-types';
import { EDGE_DASH } from './DiagramShapes';
import { EDGE_KIND_WORDS } from './DiagramText';

/** The line styles this diagram uses, so the dashes mean something. */
export function DiagramLegend({ diagram }: { diagram: LaidOutDiagram }) {
  const kinds = [...new Set(diagram.edges.map((e) => e.kind))];
  if (kinds.length === 0) return null;
  return (
    <ul className="dg-legend mt-2 flex flex-wrap gap-x-5 gap-y-1 text-xs text-muted" aria-label="Line styles">
      {kinds.map((kind) => (
        <li key={kind} className="flex items-center gap-2">
          <svg width="36" height="10" aria-hidden="true" className="shrink-0">
            <line x1="2" y1="5" x2="34" y2="5" className="dg-edge-line" strokeDasharray={EDGE_DASH[kind]} strokeLinecap="round" />
          </svg>
          {EDGE_KIND_WORDS[kind]}
        </li>
      ))}
    </ul>
  );
}
