import type { LaidOutDiagram, LaidOutStep } from '@/lib/diagram/layout-types';
import { elementStates } from './highlight';

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Below this scale a diagram's 13 px labels drop under about 6 px and cannot be followed; the
 * walkthrough then frames each step's elements instead of the whole drawing (phones, mostly:
 * in a desktop column every diagram renders at 75 % or more, see MAX_DIAGRAM_WIDTH).
 */
export const FOCUS_BELOW_ZOOM = 0.6;
/** Room around a framed step, in diagram pixels. */
const FOCUS_PADDING = 20;

/** The viewport that shows `box` (diagram coordinates) whole and centred in a `width` × `height` pane. */
function frame(box: Box, width: number, height: number, maxZoom = Infinity): Viewport {
  const zoom = Math.min(width / box.width, height / box.height, maxZoom);
  return { x: (width - box.width * zoom) / 2 - box.x * zoom, y: (height - box.height * zoom) / 2 - box.y * zoom, zoom };
}

/** The whole diagram, exactly as the server SVG draws it (viewBox 0 0 width height, centred). */
export function wholeViewport(diagram: LaidOutDiagram, width: number, height: number): Viewport {
  return frame({ x: 0, y: 0, width: diagram.width, height: diagram.height }, width, height);
}

/** The smallest box around a step's highlighted nodes, edges (routes and labels) and packet. */
export function stepBounds(diagram: LaidOutDiagram, step: LaidOutStep): Box | undefined {
  const states = elementStates(diagram, step);
  const boxes: Box[] = [];
  for (const node of diagram.nodes) if (states.get(node.id) === 'active') boxes.push(node);
  for (const edge of diagram.edges) {
    if (states.get(edge.id) !== 'active') continue;
    for (const p of edge.points) boxes.push({ x: p.x, y: p.y, width: 0, height: 0 });
    if (edge.labelBox) boxes.push(edge.labelBox);
  }
  if (boxes.length === 0) return undefined;
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * Where the interactive view looks: the whole diagram, unless that is too small to read and a
 * walkthrough step is showing, in which case the step's elements are framed (at most full size),
 * with the dimmed rest still around them as context.
 */
export function viewportFor(diagram: LaidOutDiagram, step: LaidOutStep | undefined, width: number, height: number): Viewport {
  const whole = wholeViewport(diagram, width, height);
  if (!step || whole.zoom >= FOCUS_BELOW_ZOOM) return whole;
  const bounds = stepBounds(diagram, step);
  if (!bounds) return whole;
  const padded = { x: bounds.x - FOCUS_PADDING, y: bounds.y - FOCUS_PADDING, width: bounds.width + 2 * FOCUS_PADDING, height: bounds.height + 2 * FOCUS_PADDING };
  const focused = frame(padded, width, height, 1);
  return focused.zoom > whole.zoom ? focused : whole;
}
