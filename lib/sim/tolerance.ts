/**
 * The one tolerance every comparison against a threshold, a target, a step bound or a rounding
 * edge uses. A minute's datapoint is a ratio of sums over 60 seconds, so a value that is exactly
 * 70 on paper arrives as 69.99999999999993; treating values within a relative 1e-9 as equal makes
 * the engine do what AWS's arithmetic on the exact number does.
 */

export const RELATIVE_TOLERANCE = 1e-9;

/** a and b are equal within the tolerance (relative to the larger of |a|, |b| and 1). */
export function near(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

export const gt = (a: number, b: number): boolean => a > b && !near(a, b);
export const ge = (a: number, b: number): boolean => a > b || near(a, b);
export const lt = (a: number, b: number): boolean => a < b && !near(a, b);
export const le = (a: number, b: number): boolean => a < b || near(a, b);

/** ceil, but 4.0000000001 is 4. */
export function ceilTolerant(x: number): number {
  const r = Math.round(x);
  return near(x, r) ? r : Math.ceil(x);
}

/** floor, but 2.9999999999 is 3. */
export function floorTolerant(x: number): number {
  const r = Math.round(x);
  return near(x, r) ? r : Math.floor(x);
}
