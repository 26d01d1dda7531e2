/**
 * Step scaling (aws-facts §2, application-auto-scaling-step-scaling-policies.md): the learner's
 * alarm; while it is in ALARM, the step whose bounds hold (metric − threshold) changes the count.
 * During the policy's scale-out cooldown "the previous increase ... is considered part of the
 * current capacity": the adjustment applies to the count before that cooldown's first activity.
 */
import type { AlarmSpec } from '../alarm';
import { stepAlarmName } from '../names';
import type { ComparisonOperator, ScalingBasis } from '../decisions';
import type { StepAdjustment, StepScalingPolicy } from '../schema';
import { ceilTolerant, floorTolerant, ge, gt, le, lt, near } from '../tolerance';
import { newestValue, type PolicyKind, proposalBasis } from './types';

export type AdjustmentType = 'ChangeInCapacity' | 'PercentChangeInCapacity' | 'ExactCapacity';

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

/** Whether value − threshold = delta counts as above the threshold (exactly at it: the operator's side). */
export const sideAbove = (delta: number, op: ComparisonOperator): boolean => (near(delta, 0) ? watchesAbove(op) : delta > 0);

/**
 * The step whose bounds contain `delta` = metric − threshold. §2: "If the metric value is above the
 * breach threshold, the lower bound is inclusive and the upper bound is exclusive. If the metric
 * value is below the breach threshold, the lower bound is exclusive and the upper bound is inclusive."
 * A metric exactly at the threshold is on the side the alarm's comparison operator watches, so the
 * scale-to-zero recipe (`<= 0`, one step with upper bound 0) matches its step at 0. Bounds compare
 * within the engine's one tolerance.
 */
export function findStep(steps: readonly StepAdjustment[], delta: number, op: ComparisonOperator): StepAdjustment | undefined {
  const above = sideAbove(delta, op);
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

export const stepScaling: PolicyKind<StepScalingPolicy> = {
  alarms(p): AlarmSpec[] {
    const a = p.alarm;
    return [
      {
        name: stepAlarmName(p.name),
        role: null,
        metric: a.metric,
        statistic: a.statistic,
        periodSeconds: 60,
        comparisonOperator: a.comparisonOperator,
        threshold: a.threshold,
        thresholdFrom: null,
        evaluationPeriods: a.evaluationPeriods,
        datapointsToAlarm: a.datapointsToAlarm ?? a.evaluationPeriods,
      },
    ];
  },
  invoke(p, ctx, alarmOf) {
    if (ctx.ps.alarms[0]?.state !== 'ALARM') return [];
    const alarm = alarmOf(0);
    const { s, t, ps } = ctx;
    const value = newestValue(alarm);
    const running = s.nRunning;
    const sideOut = watchesAbove(p.alarm.comparisonOperator);
    const basis = (fields: Pick<ScalingBasis, 'direction' | 'base' | 'rule' | 'raw'>) =>
      proposalBasis(ctx, {
        policyType: 'StepScaling',
        alarm,
        value,
        ...fields,
        notes: alarm.publicationDelaySeconds > 0 ? ['publicationDelayFromBenchmark'] : [],
      });
    const none = { count: running, kind: 'running' as const };
    if (value === null)
      return [
        {
          policy: ctx.index,
          name: p.name,
          basis: basis({ direction: sideOut ? 'out' : 'in', base: none, rule: { kind: 'noData' }, raw: null }),
        },
      ];
    const delta = value - p.alarm.threshold;
    const step = findStep(p.stepAdjustments, delta, p.alarm.comparisonOperator);
    if (!step)
      return [
        {
          policy: ctx.index,
          name: p.name,
          basis: basis({ direction: sideOut ? 'out' : 'in', base: none, rule: { kind: 'noStep' }, raw: null }),
        },
      ];
    const exact = p.adjustmentType === 'ExactCapacity';
    const growing = exact || step.scalingAdjustment > 0;
    // §2: during the scale-out cooldown the previous increase counts as part of the current capacity.
    const inCooldown = t < ps.outUntil && growing;
    const base = exact
      ? { count: s.desired, kind: 'none' as const }
      : inCooldown
        ? { count: ps.outBase, kind: 'beforeCooldown' as const }
        : none;
    const raw = stepCapacity(base.count, p.adjustmentType, step.scalingAdjustment, p.minAdjustmentMagnitude);
    const direction = exact ? (raw >= s.desired ? 'out' : 'in') : step.scalingAdjustment >= 0 ? 'out' : 'in';
    return [
      {
        policy: ctx.index,
        name: p.name,
        basis: basis({
          direction,
          base,
          rule: {
            kind: 'step',
            delta,
            above: sideAbove(delta, p.alarm.comparisonOperator),
            adjustmentType: p.adjustmentType,
            lowerBound: step.metricIntervalLowerBound ?? null,
            upperBound: step.metricIntervalUpperBound ?? null,
            scalingAdjustment: step.scalingAdjustment,
            change: exact ? step.scalingAdjustment : raw - base.count,
            minAdjustmentMagnitude: p.minAdjustmentMagnitude ?? null,
          },
          raw,
        }),
      },
    ];
  },
  cooldownSeconds: (p) => p.cooldown,
  scalesInTogether: () => false,
};
