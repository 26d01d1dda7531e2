import type { LaidOutDiagram, LaidOutStep } from '@/lib/diagram/layout-types';
import { METRICS as M } from '@/lib/diagram/metrics';
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
 * Below this scale a diagram's 13 px labels drop under about 8 px and cannot be followed; the
 * walkthrough then frames each step's elements instead of the whole drawing (phones, mostly:
 * in a desktop column every diagram renders at 75 % or more, see MAX_DIAGRAM_WIDTH).
 */
export const FOCUS_BELOW_ZOOM = 0.6;
/** The smallest text a reader is asked to read on a phone, in CSS pixels. */
export const MIN_READABLE_PX = 12;
/** The zoom at which the diagram's smallest text (edge labels, details) is MIN_READABLE_PX. */
export const READABLE_ZOOM = MIN_READABLE_PX / Math.min(M.labelSize, M.detailSize, M.groupLabelSize, M.edgeLabelSize);
/** A small step is shown larger than its layout size, but not so large that it loses its surroundings. */
const MAX_FOCUS_ZOOM = 1.5;
/** Room around a framed step, in diagram pixels. */
const FOCUS_PADDING = 20;

export interface ViewOptions {
  /**
   * Full screen: where the whole diagram is too small to read, the overview too is shown at a
   * readable size (from the diagram's top-left corner), to be panned, rather than as a small
   * picture with empty bands around it.
   */
  fullscreen?: boolean;
}

/** The viewport that shows `box` (diagram coordinates) whole and centred in a `width` × `height` pane. */
function frame(box: Box, width: number, height: number, maxZoom = Infinity): Viewport {
  const zoom = Math.min(width / box.width, height / box.height, maxZoom);
  return { x: (width - box.width * zoom) / 2 - box.x * zoom, y: (height - box.height * zoom) / 2 - box.y * zoom, zoom };
}

/** The whole diagram, exactly as the server SVG draws it (viewBox 0 0 width height, centred). */
export function wholeViewport(diagram: LaidOutDiagram, width: number, height: number): Viewport {
  return frame({ x: 0, y: 0, width: diagram.width, height: diagram.height }, width, height);
}

const union = (boxes: Box[]): Box => {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
};

const pad = (box: Box): Box => ({
  x: box.x - FOCUS_PADDING,
  y: box.y - FOCUS_PADDING,
  width: box.width + 2 * FOCUS_PADDING,
  height: box.height + 2 * FOCUS_PADDING,
});

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
  return boxes.length === 0 ? undefined : union(boxes);
}

/**
 * What a reader reads first in a step, in the author's order of `highlight`: its boxes, the labels
 * of its edges (or their routes), the header of a highlighted group.
 */
export function stepAnchors(diagram: LaidOutDiagram, step: LaidOutStep): Box[] {
  const anchors: Box[] = [];
  for (const id of [...step.highlight, ...(step.packet ? [step.packet] : [])]) {
    const node = diagram.nodes.find((n) => n.id === id);
    if (node) anchors.push(node.isGroup ? { x: node.x, y: node.y, width: Math.min(node.width, 320), height: M.groupPaddingTop } : node);
    const edge = diagram.edges.find((e) => e.id === id);
    if (edge) anchors.push(edge.labelBox ?? union(edge.points.map((p) => ({ ...p, width: 0, height: 0 }))));
  }
  return anchors;
}

/**
 * Keep the view on the drawing: where the diagram is larger than the pane at this zoom, it covers
 * the pane (no empty band beside it); where it is smaller, it is centred on that axis.
 */
function clampToDiagram(view: Viewport, diagram: LaidOutDiagram, width: number, height: number): Viewport {
  const axis = (offset: number, pane: number, size: number) => {
    const drawn = size * view.zoom;
    return drawn <= pane ? (pane - drawn) / 2 : Math.min(0, Math.max(pane - drawn, offset));
  };
  return { zoom: view.zoom, x: axis(view.x, width, diagram.width), y: axis(view.y, height, diagram.height) };
}

/**
 * Where the interactive view looks. Where the whole diagram is readable (a desktop column, full
 * screen on a large screen) it shows the whole diagram. Where it is not (a phone), a walkthrough
 * step is framed at a readable size (labels at least MIN_READABLE_PX), with the dimmed rest around
 * it as context: the whole step when it fits, otherwise as much of it as fits, starting from the
 * first element the author highlighted. In full screen the overview is readable too.
 */
export function viewportFor(
  diagram: LaidOutDiagram,
  step: LaidOutStep | undefined,
  width: number,
  height: number,
  options: ViewOptions = {},
): Viewport {
  const whole = wholeViewport(diagram, width, height);
  if (whole.zoom >= FOCUS_BELOW_ZOOM) return whole;
  const bounds = step && stepBounds(diagram, step);
  if (!bounds) {
    if (!options.fullscreen) return whole;
    // Readable, and large enough to cover the pane (no empty bands), starting from the box nearest
    // the top-left corner, where reading starts (the corner itself may be empty).
    const cover = Math.max(width / diagram.width, height / diagram.height);
    const zoom = Math.max(READABLE_ZOOM, Math.min(cover, MAX_FOCUS_ZOOM));
    const first = diagram.nodes
      .filter((n) => !n.isGroup)
      .reduce<Box | undefined>((best, n) => (!best || n.x + n.y < best.x + best.y ? n : best), undefined);
    const start = first ? { x: -(first.x - FOCUS_PADDING) * zoom, y: -(first.y - FOCUS_PADDING) * zoom } : { x: 0, y: 0 };
    return clampToDiagram({ ...start, zoom }, diagram, width, height);
  }
  const fitsAt = (box: Box, zoom: number) => box.width * zoom <= width && box.height * zoom <= height;
  const all = pad(bounds);
  if (fitsAt(all, READABLE_ZOOM)) return clampToDiagram(frame(all, width, height, MAX_FOCUS_ZOOM), diagram, width, height);
  // Too big to read whole: the first anchors that fit together, centred, at the readable size.
  let focus: Box | undefined;
  for (const anchor of stepAnchors(diagram, step)) {
    const candidate = pad(focus ? union([focus, anchor]) : anchor);
    if (focus && !fitsAt(candidate, READABLE_ZOOM)) continue;
    focus = focus ? union([focus, anchor]) : anchor;
  }
  const target = pad(focus ?? bounds);
  const zoom = READABLE_ZOOM;
  // Centred where it fits; where even the first anchor is larger than the pane, its top-left corner.
  const x = target.width * zoom <= width ? (width - target.width * zoom) / 2 - target.x * zoom : -target.x * zoom;
  const y = target.height * zoom <= height ? (height - target.height * zoom) / 2 - target.y * zoom : -target.y * zoom;
  return clampToDiagram({ x, y, zoom }, diagram, width, height);
}
