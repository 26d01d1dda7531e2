/** Step scaling arithmetic, aws-facts §2 (application-auto-scaling-step-scaling-policies.md). */
import type { StepAdjustment } from './schema';
import { ceilTolerant, floorTolerant, ge, gt, le, lt, near } from './tolerance';

export type AdjustmentType = 'ChangeInCapacity' | 'PercentChangeInCapacity' | 'ExactCapacity';
export type ComparisonOperator =
  'GreaterThanOrEqualToThreshold' | 'GreaterThanThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';

/** Whether a datapoint breaches the alarm's threshold, within the engine's one tolerance. */
export function breaches(value: number, op: ComparisonOperator, threshold: number): boolean {
  switch (op) {
    case 'GreaterThanOrEqualToThreshold':
      return ge(value, threshold);
    case 'GreaterThanThreshold':
      return gt(value, threshold);
    case 'LessThanThreshold':
      return lt(value, threshold);
    case 'LessThanOrEqualToThreshold':
      return le(value, threshold);
  }
}

/** A scale-out alarm (Greater…) or a scale-in alarm (Less…): the side of the threshold it watches. */
export const watchesAbove = (op: ComparisonOperator): boolean => op.startsWith('Greater');

/**
 * §2: "Values greater than 1 are rounded down (12.7 → 12). Values between 0 and 1 are rounded to 1
 * (.67 → 1). Values between 0 and −1 are rounded to −1 (−.58 → −1). Values less than −1 are rounded
 * up (−6.67 → −6)."
 */
export function roundPercentAdjustment(x: number): number {
  if (near(x, 0)) return 0;
  if (x >= 1) return floorTolerant(x);
  if (x > 0) return 1;
  if (x <= -1) return ceilTolerant(x);
  return -1;
}

/** Tasks added (or removed, negative) by a PercentChangeInCapacity step, with MinAdjustmentMagnitude (§2). */
export function percentAdjustment(capacity: number, percent: number, minAdjustmentMagnitude?: number): number {
  const rounded = roundPercentAdjustment((capacity * percent) / 100);
  if (minAdjustmentMagnitude !== undefined && rounded !== 0 && Math.abs(rounded) < minAdjustmentMagnitude) {
    return Math.sign(rounded) * minAdjustmentMagnitude;
  }
  return rounded;
}

/**
 * The step whose bounds contain `delta` = metric − threshold. §2: "If the metric value is above the
 * breach threshold, the lower bound is inclusive and the upper bound is exclusive. If the metric
 * value is below the breach threshold, the lower bound is exclusive and the upper bound is inclusive."
 * A metric exactly at the threshold is on the side the alarm's comparison operator watches, so the
 * scale-to-zero recipe (`<= 0`, one step with upper bound 0) matches its step at 0. Bounds compare
 * within the engine's one tolerance.
 */
export function findStep(steps: readonly StepAdjustment[], delta: number, op: ComparisonOperator): StepAdjustment | undefined {
  const above = near(delta, 0) ? watchesAbove(op) : delta > 0;
  return steps.find((s) => {
    const lo = s.metricIntervalLowerBound ?? -Infinity;
    const hi = s.metricIntervalUpperBound ?? Infinity;
    return above ? ge(delta, lo) && lt(delta, hi) : gt(delta, lo) && le(delta, hi);
  });
}

/** The capacity a step asks for, applied to `base` (§2 adjustment types). */
export function stepCapacity(base: number, type: AdjustmentType, adjustment: number, minAdjustmentMagnitude?: number): number {
  if (type === 'ExactCapacity') return adjustment;
  if (type === 'ChangeInCapacity') return base + adjustment;
  return base + percentAdjustment(base, adjustment, minAdjustmentMagnitude);
}
