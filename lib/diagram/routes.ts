import type { Point } from './layout-types';

type Box = { x: number; y: number; width: number; height: number };

/**
 * A straight route between two boxes for hand-laid diagrams: vertical or horizontal through the
 * middle of their overlap when they share a column or a row (neat stacks), otherwise centre to
 * centre, clipped to both borders.
 */
export function routeBetween(from: Box, to: Box): [Point, Point] {
  const overlapX = [Math.max(from.x, to.x), Math.min(from.x + from.width, to.x + to.width)] as const;
  const overlapY = [Math.max(from.y, to.y), Math.min(from.y + from.height, to.y + to.height)] as const;
  if (overlapX[1] - overlapX[0] > 8) {
    const x = (overlapX[0] + overlapX[1]) / 2;
    const down = to.y > from.y;
    return [
      { x, y: down ? from.y + from.height : from.y },
      { x, y: down ? to.y : to.y + to.height },
    ];
  }
  if (overlapY[1] - overlapY[0] > 8) {
    const y = (overlapY[0] + overlapY[1]) / 2;
    const right = to.x > from.x;
    return [
      { x: right ? from.x + from.width : from.x, y },
      { x: right ? to.x : to.x + to.width, y },
    ];
  }
  const a = centre(from);
  const b = centre(to);
  return [clip(a, b, from), clip(b, a, to)];
}

function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the segment from the centre of `box` towards `towards` leaves the box. */
function clip(inside: Point, towards: Point, box: Box): Point {
  const dx = towards.x - inside.x;
  const dy = towards.y - inside.y;
  const scale = Math.min(dx ? box.width / 2 / Math.abs(dx) : Infinity, dy ? box.height / 2 / Math.abs(dy) : Infinity);
  return { x: inside.x + dx * scale, y: inside.y + dy * scale };
}

/**
 * A hand-drawn route through bend points: out of `from` towards the first point, through every
 * point, into `to` from the last. A point level with a box (within its width or height) leaves or
 * enters that box square through the facing side; otherwise the segment aims at the box's centre.
 */
export function routeVia(from: Box, to: Box, via: readonly Point[]): Point[] {
  return [exitTowards(from, via[0] as Point), ...via, exitTowards(to, via[via.length - 1] as Point)];
}

function exitTowards(box: Box, point: Point): Point {
  if (point.x > box.x && point.x < box.x + box.width) return { x: point.x, y: point.y < box.y ? box.y : box.y + box.height };
  if (point.y > box.y && point.y < box.y + box.height) return { x: point.x < box.x ? box.x : box.x + box.width, y: point.y };
  return clip(centre(box), point, box);
}
