import type { Point } from '@/lib/diagram/layout-types';

/** An SVG path through the route's points, with the bends softly rounded. */
export function edgePath(points: readonly Point[], radius = 8): string {
  const [first] = points;
  const last = points[points.length - 1];
  if (!first || !last) return '';
  let d = `M${first.x},${first.y}`;
  for (let i = 1; i < points.length - 1; i++) {
    const [prev, at, next] = [points[i - 1], points[i], points[i + 1]] as [Point, Point, Point];
    const r = Math.min(radius, distance(prev, at) / 2, distance(at, next) / 2);
    const a = towards(at, prev, r);
    const b = towards(at, next, r);
    d += ` L${a.x},${a.y} Q${at.x},${at.y} ${b.x},${b.y}`;
  }
  return `${d} L${last.x},${last.y}`;
}

function distance(a: Point, b: Point) {
  return Math.hypot(b.x - a.x, b.y - a.y);
}

function towards(from: Point, to: Point, length: number): Point {
  const d = distance(from, to) || 1;
  return { x: round(from.x + ((to.x - from.x) * length) / d), y: round(from.y + ((to.y - from.y) * length) / d) };
}

const round = (n: number) => Math.round(n * 10) / 10;
