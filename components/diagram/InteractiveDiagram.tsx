'use client';
import { Button } from '@/components/ui/Button';

import { Panel, ReactFlow, ReactFlowProvider, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { LaidOutDiagram } from '@/lib/diagram/layout-types';
import { ArrowMarkers } from './DiagramShapes';
import { describeNode, EDGE_KIND_WORDS } from './DiagramText';
import { diagramEdgeTypes, diagramNodeTypes, type DiagramFlowEdge, type DiagramFlowNode } from './flow-types';
import { elementStates } from './highlight';
import { viewportFor } from './viewport';

export interface InteractiveDiagramProps {
  diagram: LaidOutDiagram;
  stepIndex?: number;
  reducedMotion: boolean;
  exploring: boolean;
  /**
   * The player is full screen: the view is framed afresh for the new size (never the zoom Explore
   * left behind), a diagram too small to read whole is shown at a readable size, and it pans and
   * zooms without pressing Explore (nothing under it scrolls).
   */
  fullscreen?: boolean;
  onReady: () => void;
  labelledBy: string;
}

/** How long the view takes to move to the next walkthrough step (none with reduced motion). */
const STEP_MOVE_MS = 450;

/** The React Flow view of a laid-out diagram: same boxes and routes as the SVG, plus focus, pan and zoom. */
export function InteractiveDiagram(props: InteractiveDiagramProps) {
  return (
    <ReactFlowProvider>
      <Flow {...props} />
    </ReactFlowProvider>
  );
}

function Flow({ diagram, stepIndex, reducedMotion, exploring, fullscreen = false, onReady, labelledBy }: InteractiveDiagramProps) {
  const { setViewport, zoomIn, zoomOut } = useReactFlow();
  const wrapperRef = useRef<HTMLDivElement>(null);
  const markerPrefix = `dg-${diagram.id}-flow`;
  // Pan and zoom are the reader's: in Explore, and always in full screen.
  const movable = exploring || fullscreen;
  // Only Explore in the page keeps the reader's view when the box changes size; full screen reframes.
  const keepsView = exploring && !fullscreen;
  const step = stepIndex === undefined ? undefined : diagram.steps[stepIndex];
  const states = useMemo(() => elementStates(diagram, step), [diagram, step]);

  const nodes = useMemo<DiagramFlowNode[]>(
    () =>
      diagram.nodes.map((node): DiagramFlowNode => ({
        id: node.id,
        type: 'diagram',
        position: { x: node.x, y: node.y },
        width: node.width,
        height: node.height,
        data: { node, state: states.get(node.id) },
        // Groups under edges, edges under boxes, deeper groups above shallower ones.
        zIndex: node.isGroup ? node.depth : 1000,
        draggable: false,
        selectable: false,
        connectable: false,
        focusable: true,
        ariaRole: 'img',
        ariaLabel: node.isGroup
          ? `${describeNode(node)} (group of ${diagram.nodes.filter((n) => n.parent === node.id).length})`
          : describeNode(node),
      })),
    [diagram, states],
  );

  const labelOf = useMemo(() => new Map(diagram.nodes.map((n) => [n.id, n.label])), [diagram]);
  const edges = useMemo<DiagramFlowEdge[]>(
    () =>
      diagram.edges.map((edge): DiagramFlowEdge => ({
        id: edge.id,
        type: 'diagram',
        source: edge.from,
        target: edge.to,
        data: {
          edge,
          state: states.get(edge.id),
          markerPrefix,
          packet: step?.packet === edge.id ? (reducedMotion ? 'still' : 'moving') : undefined,
        },
        zIndex: 500,
        selectable: false,
        focusable: false,
        ariaLabel: `${labelOf.get(edge.from)} to ${labelOf.get(edge.to)}${edge.label ? `: ${edge.label}` : ''} (${EDGE_KIND_WORDS[edge.kind]})`,
      })),
    [diagram, states, markerPrefix, step, reducedMotion, labelOf],
  );

  // The view the server SVG shows: the whole diagram, scaled to the box (or, when that is too small
  // to read, the current step's elements). Explicit rather than fitView, which fits node boxes only
  // and would crop edge labels near the edges and zoom differently from the SVG.
  const stepRef = useRef(step);
  const frame = useCallback(
    (duration = 0, whole = false) => {
      const element = wrapperRef.current;
      if (!element || element.clientWidth === 0) return;
      const step = whole ? undefined : stepRef.current;
      // Fit (whole) means the whole picture, even where it is too small to read.
      const options = { fullscreen: fullscreen && !whole };
      void setViewport(viewportFor(diagram, step, element.clientWidth, element.clientHeight, options), { duration });
    },
    [diagram, setViewport, fullscreen],
  );

  // Reframe when the box changes size (column resize, entering or leaving full screen, turning the
  // phone) unless the reader is exploring in the page. `frame` changes with `fullscreen`, so
  // entering or leaving full screen always frames afresh.
  useEffect(() => {
    const element = wrapperRef.current;
    if (!element || keepsView) return;
    frame();
    const observer = new ResizeObserver(() => frame());
    observer.observe(element);
    return () => observer.disconnect();
  }, [keepsView, frame]);

  // A new walkthrough step may move the view (only where the whole diagram is too small to read).
  useEffect(() => {
    if (stepRef.current === step) return;
    stepRef.current = step;
    if (!keepsView) frame(reducedMotion ? 0 : STEP_MOVE_MS);
  }, [step, keepsView, reducedMotion, frame]);

  return (
    <div
      ref={wrapperRef}
      className="dg-flow h-full w-full"
      data-diagram-view="interactive"
      data-exploring={movable}
      aria-labelledby={labelledBy}
      role="group"
    >
      <svg width={0} height={0} className="absolute" aria-hidden="true">
        <ArrowMarkers prefix={markerPrefix} />
      </svg>
      <ReactFlow
        nodes={nodes}
        edges={edges}
        nodeTypes={diagramNodeTypes}
        edgeTypes={diagramEdgeTypes}
        minZoom={0.1}
        maxZoom={3}
        onInit={() => {
          frame();
          onReady();
        }}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable
        edgesFocusable={false}
        disableKeyboardA11y
        panOnDrag={movable}
        zoomOnScroll={movable}
        zoomOnPinch={movable}
        zoomOnDoubleClick={movable}
        panOnScroll={false}
        preventScrolling={movable}
        // In full screen panning stops at the drawing's edges: no empty screen beside it.
        translateExtent={
          fullscreen
            ? [
                [0, 0],
                [diagram.width, diagram.height],
              ]
            : undefined
        }
        aria-label={`${diagram.title}: ${diagram.nodes.length} parts`}
      >
        {movable && (
          <Panel position="bottom-left" className="flex gap-1">
            <Button size="xs" className="text-sm" onClick={() => void zoomIn()} aria-label="Zoom in">
              +
            </Button>
            <Button size="xs" className="text-sm" onClick={() => void zoomOut()} aria-label="Zoom out">
              −
            </Button>
            <Button size="xs" className="text-sm" onClick={() => frame(reducedMotion ? 0 : STEP_MOVE_MS, true)}>
              Fit
            </Button>
          </Panel>
        )}
      </ReactFlow>
    </div>
  );
}
