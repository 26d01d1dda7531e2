import type { LaidOutDiagram } from '@/lib/diagram/layout-types';
import { ArrowMarkers, EdgeShape, NodeShape } from './DiagramShapes';
import { elementStates } from './highlight';

interface Props {
  diagram: LaidOutDiagram;
  /** The walkthrough step shown; undefined shows the whole diagram plainly. */
  stepIndex?: number;
  reducedMotion?: boolean;
  /** Ids of the elements that name and describe the picture. */
  labelledBy: string;
}

/**
 * The whole diagram as one SVG, from the same layout the interactive view uses. It is the no-JS
 * view and the skeleton the interactive view replaces, so it fills the same fixed-ratio box.
 */
export function DiagramSvg({ diagram, stepIndex, reducedMotion, labelledBy }: Props) {
  const step = stepIndex === undefined ? undefined : diagram.steps[stepIndex];
  const states = elementStates(diagram, step);
  const prefix = `dg-${diagram.id}-svg`;
  return (
    <svg
      viewBox={`0 0 ${diagram.width} ${diagram.height}`}
      width="100%"
      height="100%"
      role="img"
      aria-labelledby={labelledBy}
      className="dg-svg block"
      data-diagram-view="static"
    >
      <ArrowMarkers prefix={prefix} />
      {diagram.nodes
        .filter((n) => n.isGroup)
        .map((node) => (
          <NodeShape key={node.id} node={node} state={states.get(node.id)} />
        ))}
      {diagram.edges.map((edge) => (
        <EdgeShape
          key={edge.id}
          edge={edge}
          state={states.get(edge.id)}
          markerPrefix={prefix}
          packet={step?.packet === edge.id ? (reducedMotion ? 'still' : 'moving') : undefined}
        />
      ))}
      {diagram.nodes
        .filter((n) => !n.isGroup)
        .map((node) => (
          <NodeShape key={node.id} node={node} state={states.get(node.id)} />
        ))}
    </svg>
  );
}
