/**
 * Workload shapes a learner can start from. Each returns profile points in the engine's format
 * (SIMULATOR.md "Exact semantics" 11: a point holds its value from `at`; `rampSeconds` moves to it
 * linearly), so the points table stays the one source of truth and stays editable.
 */
export interface Point {
  at: number;
  value: number;
  rampSeconds?: number;
}

export const SHAPES = ['steady', 'step', 'ramp', 'daily', 'spike'] as const;
export type Shape = (typeof SHAPES)[number];
export const SHAPE_LABEL: Record<Shape, string> = { steady: 'Steady', step: 'Step', ramp: 'Ramp', daily: 'Daily cycle', spike: 'Spike' };

export interface ShapeParams {
  /** Base rate (per second). */
  low: number;
  /** Peak rate (per second). */
  high: number;
  durationSeconds: number;
}

const r = (v: number) => Math.round(v * 100) / 100;
const minute = (s: number) => Math.max(60, Math.round(s / 60) * 60);

export function shapePoints(shape: Shape, { low, high, durationSeconds }: ShapeParams): Point[] {
  const d = Math.max(60, durationSeconds);
  switch (shape) {
    case 'steady':
      return [{ at: 0, value: r(low) }];
    case 'step':
      return [
        { at: 0, value: r(low) },
        { at: minute(d / 4), value: r(high) },
      ];
    case 'ramp':
      return [
        { at: 0, value: r(low) },
        { at: minute(d / 6), value: r(high), rampSeconds: minute(d / 2) },
      ];
    case 'spike': {
      const at = minute(d / 3);
      const up = minute(Math.min(300, d / 12));
      const hold = minute(Math.max(300, d / 12));
      return [
        { at: 0, value: r(low) },
        { at, value: r(high), rampSeconds: up },
        { at: at + up + hold, value: r(low), rampSeconds: minute(d / 8) },
      ];
    }
    case 'daily': {
      // A cosine day in 12 linear pieces: lowest at the start of the run, highest half a cycle later.
      const period = Math.max(d, 3600);
      const pieces = 12;
      const points: Point[] = [{ at: 0, value: r(low) }];
      let from = 60; // a ramp starts at its point's `at`, which must come after the first point's 0
      for (let k = 1; k <= pieces; k++) {
        const to = minute((period * k) / pieces);
        if (to > d || to <= from) break;
        const phase = (2 * Math.PI * k) / pieces;
        points.push({ at: from, value: r(low + ((high - low) * (1 - Math.cos(phase))) / 2), rampSeconds: to - from });
        from = to;
      }
      return points;
    }
  }
}

/** The profile's value at second t (the engine's rule, for drawing the workload chart). */
export function valueAt(points: readonly Point[], t: number): number {
  let value = points[0]?.value ?? 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as Point;
    if (p.at > t) break;
    const ramp = i === 0 ? 0 : (p.rampSeconds ?? 0);
    if (ramp > 0 && t < p.at + ramp) return value + ((p.value - value) * (t - p.at)) / ramp;
    value = p.value;
  }
  return value;
}

/** [t, value] pairs for an SVG polyline: every point's corners, so steps draw as steps. */
export function profilePolyline(points: readonly Point[], durationSeconds: number): [number, number][] {
  const ts = new Set<number>([0, durationSeconds]);
  points.forEach((p, i) => {
    if (p.at > durationSeconds) return;
    ts.add(p.at);
    if (p.at > 0) ts.add(p.at - 0.001);
    if (i > 0 && p.rampSeconds) ts.add(Math.min(durationSeconds, p.at + p.rampSeconds));
  });
  return [...ts].sort((a, b) => a - b).map((t) => [t, valueAt(points, t)]);
}

/**
 * The shape controls' starting values for a workload: base = the first point's value, peak = the
 * largest, and the shape that would draw points like these (a single point is steady).
 */
export function shapeFromPoints(points: readonly { at?: unknown; value?: unknown; rampSeconds?: unknown }[]): {
  shape: Shape;
  low: number;
  high: number;
} {
  const values = points.map((p) => p.value).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (values.length === 0) return { shape: 'steady', low: 0, high: 0 };
  const low = values[0] as number;
  const high = Math.max(...values);
  const ramps = points.slice(1).map((p) => (typeof p.rampSeconds === 'number' ? p.rampSeconds : 0));
  const last = values[values.length - 1] as number;
  let shape: Shape;
  if (points.length === 1 || values.every((v) => v === low)) shape = 'steady';
  else if (points.length === 2) shape = (ramps[0] ?? 0) > 0 ? 'ramp' : 'step';
  else if (points.length === 3 && last === low && high > low) shape = 'spike';
  else if (points.length > 3 && ramps.every((x) => x > 0)) shape = 'daily';
  else shape = 'step';
  return { shape, low, high };
}
