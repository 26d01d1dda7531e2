/** Which minute-row field holds each CloudWatch metric, how to say its numbers, and the alarm lines on the chart. */
import { describeAlarms, TARGET_TRACKING_METRICS, type Scenario, type ScalingPolicy } from '@/lib/sim';

export type RowKey =
  'cpuUtilization' | 'memoryUtilization' | 'requestCountPerTarget' | 'backlogPerTask' | 'queueVisible' | 'capacityProviderReservation';

/** A CloudWatch metric as the playground shows it. */
export const METRIC: Record<string, { key: RowKey; name: string; unit: string }> = {
  CPUUtilization: { key: 'cpuUtilization', name: 'CPUUtilization', unit: ' %' },
  MemoryUtilization: { key: 'memoryUtilization', name: 'MemoryUtilization', unit: ' %' },
  RequestCountPerTarget: { key: 'requestCountPerTarget', name: 'RequestCountPerTarget', unit: ' requests per target' },
  ApproximateNumberOfMessagesVisible: { key: 'queueVisible', name: 'ApproximateNumberOfMessagesVisible', unit: ' messages' },
  BacklogPerTask: { key: 'backlogPerTask', name: 'backlog per task', unit: ' messages per task' },
  CapacityProviderReservation: { key: 'capacityProviderReservation', name: 'CapacityProviderReservation', unit: ' %' },
};

/** The metric a policy's alarms watch. */
export function policyMetric(p: ScalingPolicy): { key: RowKey; name: string; unit: string } {
  const name = p.policyType === 'TargetTrackingScaling' ? TARGET_TRACKING_METRICS[p.predefinedMetricType].metric : p.alarm.metric;
  return METRIC[name] ?? { key: 'cpuUtilization', name, unit: '' };
}

/** The metric a scenario's charts put against its thresholds: the first policy's, or CPU. */
export function primaryMetric(sc: Scenario): { key: RowKey; label: string; unit: string; policy: ScalingPolicy | null } {
  const policy = sc.autoScaling.policies[0] ?? null;
  if (policy) {
    const m = policyMetric(policy);
    return { key: m.key, label: policy.policyType === 'StepScaling' ? policy.alarm.metric : m.name, unit: m.unit, policy };
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
 * Every line an alarm on this metric acts at, as the engine creates the alarms: a target tracking
 * policy's target (AlarmHigh) and, unless it disables scale-in, its AlarmLow line; a step
 * policy's alarm threshold. So the policy that drives scale-in is always on the chart.
 */
export function thresholdLines(sc: Scenario, key: RowKey): ThresholdLine[] {
  const policies = sc.autoScaling.policies;
  // With several policies each line names its policy: "memory60 target".
  const named = (base: string, name: string) => (policies.length > 1 ? `${name} ${base.toLowerCase()}` : base);
  const lines: ThresholdLine[] = [];
  for (const a of describeAlarms(sc)) {
    if (a.policy === null || METRIC[a.metric]?.key !== key) continue;
    if (a.thresholdFrom) {
      const label = a.thresholdFrom.factor === 1 ? 'Target' : `Scale-in line (${a.thresholdFrom.factor} × target)`;
      lines.push({ label: named(label, a.policy), value: a.threshold, direction: a.direction });
    } else {
      lines.push({
        label: `${a.direction === 'in' ? 'Scale-in' : 'Scale-out'} alarm ${a.policy} (${OPERATOR[a.comparisonOperator]} ${a.threshold})`,
        value: a.threshold,
        direction: a.direction,
      });
    }
  }
  return lines;
}
