/** Step scaling arithmetic, aws-facts §2 (application-auto-scaling-step-scaling-policies.md). */
import type { StepAdjustment } from './schema';

export type AdjustmentType = 'ChangeInCapacity' | 'PercentChangeInCapacity' | 'ExactCapacity';
export type ComparisonOperator =
  'GreaterThanOrEqualToThreshold' | 'GreaterThanThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';

export function breaches(value: number, op: ComparisonOperator, threshold: number): boolean {
  switch (op) {
    case 'GreaterThanOrEqualToThreshold':
      return value >= threshold;
    case 'GreaterThanThreshold':
      return value > threshold;
    case 'LessThanThreshold':
      return value < threshold;
    case 'LessThanOrEqualToThreshold':
      return value <= threshold;
  }
}

/**
 * §2: "Values greater than 1 are rounded down (12.7 → 12). Values between 0 and 1 are rounded to 1
 * (.67 → 1). Values between 0 and −1 are rounded to −1 (−.58 → −1). Values less than −1 are rounded
 * up (−6.67 → −6)."
 */
export function roundPercentAdjustment(x: number): number {
  if (x > 1) return Math.floor(x);
  if (x > 0) return 1;
  if (x < -1) return Math.ceil(x);
  if (x < 0) return -1;
  return 0;
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
 */
export function findStep(steps: readonly StepAdjustment[], delta: number): StepAdjustment | undefined {
  const above = delta >= 0;
  return steps.find((s) => {
    const lo = s.metricIntervalLowerBound ?? -Infinity;
    const hi = s.metricIntervalUpperBound ?? Infinity;
    return above ? lo <= delta && delta < hi : lo < delta && delta <= hi;
  });
}

/** The capacity a step asks for, applied to `base` (§2 adjustment types). */
export function stepCapacity(base: number, type: AdjustmentType, adjustment: number, minAdjustmentMagnitude?: number): number {
  if (type === 'ExactCapacity') return adjustment;
  if (type === 'ChangeInCapacity') return base + adjustment;
  return base + percentAdjustment(base, adjustment, minAdjustmentMagnitude);
}
