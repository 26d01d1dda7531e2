/** Output rounding: the result is stable JSON, so every number leaves the engine rounded. */

function roundTo(x: number, factor: number): number {
  const r = Math.round(x * factor) / factor;
  return r === 0 ? 0 : r; // never "-0"
}

/** Percentages, latencies, rates, counts per target: 2 decimals. */
export const round2 = (x: number): number => roundTo(x, 100);

/** USD: 5 decimals, so one task-hour of Fargate ($0.04937) is exact. */
export const roundCost = (x: number): number => roundTo(x, 100000);

export const round2OrNull = (x: number | null): number | null => (x === null ? null : round2(x));
