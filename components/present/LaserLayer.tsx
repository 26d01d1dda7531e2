'use client';
import type { LaserPoint } from './deck-channel';

/** The laser dot, drawn over a stage at a point given as a fraction of the slide's width and height. */
export function LaserLayer({ point }: { point: LaserPoint | null }) {
  if (!point) return null;
  return <span className="deck-laser" aria-hidden="true" style={{ left: `${point.x * 100}%`, top: `${point.y * 100}%` }} />;
}

/** Where a pointer is on a stage canvas, as fractions of it (the canvas is scaled, so its rect is). */
export function laserPointFrom(canvas: HTMLElement, clientX: number, clientY: number): LaserPoint | null {
  const rect = canvas.getBoundingClientRect();
  if (rect.width === 0 || rect.height === 0) return null;
  const x = (clientX - rect.left) / rect.width;
  const y = (clientY - rect.top) / rect.height;
  return x < 0 || x > 1 || y < 0 || y > 1 ? null : { x, y };
}
