/**
 * Request-weighted p95 latency (SIMULATOR.md "Exact semantics" 5). A minute's p95 is exact over its
 * 60 per-second samples. The run's p95 uses a fixed histogram, so memory does not grow with the
 * run: 1 ms buckets below 1 s, 10 ms to 10 s, 100 ms to 100 s, then 1 s — at most 1 % coarse, and
 * reported as the bucket's lower edge. Only + − × ÷ and floor: identical on every JS engine.
 */

const EDGES = [0, 1000, 10000, 100000] as const;
const WIDTHS = [1, 10, 100, 1000] as const;
const OFFSETS = [0, 1000, 1900, 2800] as const;
/** Covers latencies up to 100 s + 3600 s (the longest timeoutSeconds). */
export const HISTOGRAM_SIZE = 2800 + 3601;

function band(ms: number): 0 | 1 | 2 | 3 {
  return ms < 1000 ? 0 : ms < 10000 ? 1 : ms < 100000 ? 2 : 3;
}

export function bucketOf(ms: number): number {
  const b = band(ms);
  const i = OFFSETS[b] + Math.floor((ms - EDGES[b]) / WIDTHS[b]);
  return Math.min(i, HISTOGRAM_SIZE - 1);
}

export function bucketLowerEdge(i: number): number {
  const b: 0 | 1 | 2 | 3 = i < 1000 ? 0 : i < 1900 ? 1 : i < 2800 ? 2 : 3;
  return EDGES[b] + (i - OFFSETS[b]) * WIDTHS[b];
}

/** The smallest value v such that at least 95 % of the weight is at or below v. */
export function weightedP95(values: readonly number[], weights: readonly number[], n: number): number | null {
  let total = 0;
  for (let i = 0; i < n; i++) total += weights[i] as number;
  if (total <= 0) return null;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if ((weights[i] as number) > 0) order.push(i);
  order.sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
  let seen = 0;
  for (const i of order) {
    seen += weights[i] as number;
    if (seen >= 0.95 * total) return values[i] as number;
  }
  return values[order[order.length - 1] as number] as number;
}

export function histogramP95(histogram: readonly number[]): number | null {
  let total = 0;
  for (const w of histogram) total += w;
  if (total <= 0) return null;
  let seen = 0;
  for (let i = 0; i < histogram.length; i++) {
    seen += histogram[i] as number;
    if (seen >= 0.95 * total) return bucketLowerEdge(i);
  }
  return bucketLowerEdge(histogram.length - 1);
}
