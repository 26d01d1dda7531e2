/** Which minute-row field holds each policy metric, and how to say its numbers. */
import type { Scenario } from '@/lib/sim';
import type { ScalingPolicy } from '@/lib/sim/schema';
import { SCALE_IN_FRACTION } from '@/lib/sim/target-tracking';

export type RowKey = 'cpuUtilization' | 'memoryUtilization' | 'requestCountPerTarget' | 'backlogPerTask' | 'queueVisible';

export const TT_METRIC: Record<string, { key: RowKey; name: string; unit: string }> = {
  ECSServiceAverageCPUUtilization: { key: 'cpuUtilization', name: 'CPUUtilization', unit: ' %' },
  ECSServiceAverageMemoryUtilization: { key: 'memoryUtilization', name: 'MemoryUtilization', unit: ' %' },
  ALBRequestCountPerTarget: { key: 'requestCountPerTarget', name: 'RequestCountPerTarget', unit: ' requests per target' },
  SQSBacklogPerTask: { key: 'backlogPerTask', name: 'backlog per task', unit: ' messages per task' },
};

export const STEP_METRIC: Record<string, { key: RowKey; unit: string }> = {
  CPUUtilization: { key: 'cpuUtilization', unit: ' %' },
  MemoryUtilization: { key: 'memoryUtilization', unit: ' %' },
  RequestCountPerTarget: { key: 'requestCountPerTarget', unit: ' requests per target' },
  ApproximateNumberOfMessagesVisible: { key: 'queueVisible', unit: ' messages' },
  BacklogPerTask: { key: 'backlogPerTask', unit: ' messages per task' },
};

/** The metric a scenario's charts put against its thresholds: the first policy's, or CPU. */
export function primaryMetric(sc: Scenario): { key: RowKey; label: string; unit: string; policy: ScalingPolicy | null } {
  const policy = sc.autoScaling.policies[0] ?? null;
  if (policy?.policyType === 'TargetTrackingScaling') {
    const m = TT_METRIC[policy.predefinedMetricType]!;
    return { key: m.key, label: m.name, unit: m.unit, policy };
  }
  if (policy?.policyType === 'StepScaling') {
    const m = STEP_METRIC[policy.alarm.metric]!;
    return { key: m.key, label: policy.alarm.metric, unit: m.unit, policy };
  }
  return sc.workload.type === 'web'
    ? { key: 'cpuUtilization', label: 'CPUUtilization', unit: ' %', policy: null }
    : { key: 'backlogPerTask', label: 'backlog per task', unit: ' messages per task', policy: null };
}

export interface ThresholdLine {
  label: string;
  value: number;
  /** Which way crossing the line scales the service. */
  direction: 'out' | 'in';
}

const OPERATOR: Record<string, string> = {
  GreaterThanOrEqualToThreshold: '≥',
  GreaterThanThreshold: '>',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '≤',
};

/**
 * Every line a policy on this metric acts at: a target tracking policy's target and, unless it
 * disables scale-in, its scale-in line (0.9 × target, where AlarmLow fires); a step policy's alarm
 * threshold, named by the way its steps scale. So a step pair shows both its scale-out and its
 * scale-in alarm, and the policy that drives scale-in is always on the chart.
 */
export function thresholdLines(sc: Scenario, key: RowKey): ThresholdLine[] {
  const policies = sc.autoScaling.policies;
  // With several policies each line names its policy: "memory60 target".
  const named = (base: string, name: string) => (policies.length > 1 ? `${name} ${base.toLowerCase()}` : base);
  const lines: ThresholdLine[] = [];
  for (const p of policies) {
    if (p.policyType === 'TargetTrackingScaling') {
      if (TT_METRIC[p.predefinedMetricType]?.key !== key) continue;
      lines.push({ label: named('Target', p.name), value: p.targetValue, direction: 'out' });
      if (!p.disableScaleIn)
        lines.push({
          label: named(`Scale-in line (${SCALE_IN_FRACTION} × target)`, p.name),
          value: SCALE_IN_FRACTION * p.targetValue,
          direction: 'in',
        });
    } else {
      if (STEP_METRIC[p.alarm.metric]?.key !== key) continue;
      const scalesIn = p.stepAdjustments.every((s) => s.scalingAdjustment < 0) && p.adjustmentType !== 'ExactCapacity';
      const a = p.alarm;
      lines.push({
        label: `${scalesIn ? 'Scale-in' : 'Scale-out'} alarm ${p.name} (${OPERATOR[a.comparisonOperator]} ${a.threshold})`,
        value: a.threshold,
        direction: scalesIn ? 'in' : 'out',
      });
    }
  }
  return lines;
}
