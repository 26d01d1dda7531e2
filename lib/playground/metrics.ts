/** Which minute-row field holds each policy metric, and how to say its numbers. */
import type { MinuteRow, Scenario } from '@/lib/sim';
import type { ScalingPolicy } from '@/lib/sim/schema';

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

/** The metric a scenario's charts put against its target: the first policy's, or CPU. */
export function primaryMetric(sc: Scenario): { key: RowKey; label: string; unit: string; target: number | null; scaleInLine: number | null; policy: ScalingPolicy | null } {
  const policy = sc.autoScaling.policies[0] ?? null;
  if (policy?.policyType === 'TargetTrackingScaling') {
    const m = TT_METRIC[policy.predefinedMetricType]!;
    return { key: m.key, label: m.name, unit: m.unit, target: policy.targetValue, scaleInLine: policy.disableScaleIn ? null : 0.9 * policy.targetValue, policy };
  }
  if (policy?.policyType === 'StepScaling') {
    const m = STEP_METRIC[policy.alarm.metric]!;
    return { key: m.key, label: policy.alarm.metric, unit: m.unit, target: policy.alarm.threshold, scaleInLine: null, policy };
  }
  return sc.workload.type === 'web'
    ? { key: 'cpuUtilization', label: 'CPUUtilization', unit: ' %', target: null, scaleInLine: null, policy: null }
    : { key: 'backlogPerTask', label: 'backlog per task', unit: ' messages per task', target: null, scaleInLine: null, policy: null };
}

export function rowValue(row: MinuteRow | undefined, key: RowKey): number | null {
  return row ? row[key] : null;
}
