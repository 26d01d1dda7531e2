/**
 * Target tracking (aws-facts §1). Application Auto Scaling creates two alarms, of OBSERVED shape
 * (§1.2): AlarmHigh, metric > target for 3 of 3 datapoints; AlarmLow, metric < 0.9 × target for
 * 15 of 15 (no AlarmLow with disableScaleIn). The new capacity is proportional (§1.4, INFERRED from
 * AWS's worked SQS example 10 × 150/100 = 15), from the running count always (SIMULATOR.md
 * semantics 7): "the actual running task count ... is the starting point ... This prevents
 * excessive (runaway) scaling". High-resolution metrics give 20-second datapoints; the model keeps
 * the same datapoint counts (INFERRED, README).
 */
import type { AlarmSpec } from '../alarm';
import type { MetricName } from '../cloudwatch';
import type { AlarmBasis, ModelNote } from '../decisions';
import type { TargetTrackingPolicy } from '../schema';
import { ceilTolerant } from '../tolerance';
import { newestValue, type PolicyKind, proposalBasis, type Proposal } from './types';

export const HIGH_DATAPOINTS = 3;
export const LOW_DATAPOINTS = 15;
export const SCALE_IN_FRACTION = 0.9;

/** Each predefined metric: the CloudWatch metric, the statistic its alarms use, and the period. */
export const TARGET_TRACKING_METRICS: Record<
  TargetTrackingPolicy['predefinedMetricType'],
  { metric: MetricName; statistic: 'Average' | 'Sum'; periodSeconds: 60 | 20 }
> = {
  ECSServiceAverageCPUUtilization: { metric: 'CPUUtilization', statistic: 'Average', periodSeconds: 60 },
  ECSServiceAverageMemoryUtilization: { metric: 'MemoryUtilization', statistic: 'Average', periodSeconds: 60 },
  ECSServiceAverageCPUUtilizationHighResolution: { metric: 'CPUUtilization', statistic: 'Average', periodSeconds: 20 },
  ECSServiceAverageMemoryUtilizationHighResolution: { metric: 'MemoryUtilization', statistic: 'Average', periodSeconds: 20 },
  ALBRequestCountPerTarget: { metric: 'RequestCountPerTarget', statistic: 'Sum', periodSeconds: 60 },
  SQSBacklogPerTask: { metric: 'BacklogPerTask', statistic: 'Average', periodSeconds: 60 },
};

/** desired = ceil(base × metric ÷ target): "rounding up" so it never adds too little or removes too much (§1.4). */
export function proportionalCapacity(base: number, metric: number, target: number): number {
  return ceilTolerant((base * metric) / target);
}

/**
 * The capacity a target tracking policy asks for. From 0 running tasks it "scales out by the
 * minimum possible amount as a starting point" (§1.4), i.e. to 1 task.
 */
export function targetTrackingCapacity(base: number, metric: number, target: number, scaleOut: boolean): number {
  if (base === 0) return scaleOut ? 1 : 0;
  return proportionalCapacity(base, metric, target);
}

function alarmsOf(p: TargetTrackingPolicy): AlarmSpec[] {
  const m = TARGET_TRACKING_METRICS[p.predefinedMetricType];
  const common = { metric: m.metric, statistic: m.statistic, periodSeconds: m.periodSeconds };
  const high: AlarmSpec = {
    ...common,
    name: `TargetTracking-${p.name}-AlarmHigh`,
    role: 'AlarmHigh',
    comparisonOperator: 'GreaterThanThreshold',
    threshold: p.targetValue,
    thresholdFrom: { targetValue: p.targetValue, factor: 1 },
    evaluationPeriods: HIGH_DATAPOINTS,
    datapointsToAlarm: HIGH_DATAPOINTS,
  };
  if (p.disableScaleIn) return [high]; // §1.6: no scale-in, so AWS creates no AlarmLow
  const low: AlarmSpec = {
    ...common,
    name: `TargetTracking-${p.name}-AlarmLow`,
    role: 'AlarmLow',
    comparisonOperator: 'LessThanThreshold',
    threshold: SCALE_IN_FRACTION * p.targetValue,
    thresholdFrom: { targetValue: p.targetValue, factor: SCALE_IN_FRACTION },
    evaluationPeriods: LOW_DATAPOINTS,
    datapointsToAlarm: LOW_DATAPOINTS,
  };
  return [high, low];
}

export const targetTracking: PolicyKind<TargetTrackingPolicy> = {
  alarms: alarmsOf,
  invoke(p, ctx, alarmOf) {
    const out: Proposal[] = [];
    const running = ctx.s.nRunning;
    const highResolution = TARGET_TRACKING_METRICS[p.predefinedMetricType].periodSeconds === 20;
    const propose = (alarm: AlarmBasis, direction: 'out' | 'in') => {
      const notes: ModelNote[] = ['targetTrackingFormulaInferred', 'alarmShapeObserved'];
      if (highResolution) notes.push('highResolutionAlarmShapeInferred');
      if (alarm.publicationDelaySeconds > 0) notes.push('publicationDelayFromBenchmark');
      if (direction === 'in') notes.push('scaleInMagnitudeUnsourced');
      const value = newestValue(alarm);
      const fromZero = running === 0 && value !== null;
      const raw = value === null ? null : targetTrackingCapacity(running, value, p.targetValue, direction === 'out');
      const basis = proposalBasis(ctx, {
        policyType: 'TargetTrackingScaling',
        direction,
        alarm,
        value,
        base: { count: running, kind: 'running' },
        rule:
          value === null
            ? { kind: 'noData' }
            : fromZero
              ? { kind: 'fromZero', targetValue: p.targetValue }
              : { kind: 'proportional', targetValue: p.targetValue },
        raw,
        notes,
      });
      return { policy: ctx.index, name: p.name, basis };
    };
    ctx.ps.inProposal = null;
    // Semantics 7: always from the running count; tasks a scale-out already added count through the
    // desired count, so only a proposal above it is applied (resolution, semantics 6).
    if (ctx.ps.alarms[0]?.state === 'ALARM') out.push(propose(alarmOf(0), 'out'));
    if (ctx.ps.alarms[1]?.state === 'ALARM') {
      const pr = propose(alarmOf(1), 'in');
      ctx.ps.inProposal = pr.basis;
      out.push(pr);
    }
    return out;
  },
  cooldownSeconds: (p, direction) => (direction === 'out' ? p.scaleOutCooldown : p.scaleInCooldown),
  scalesInTogether: (p) => !p.disableScaleIn,
};
