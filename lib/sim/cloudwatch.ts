/**
 * CloudWatch as the engine sees it: a datapoint per period (60 s; 20 s for the high-resolution
 * CPU and memory metrics), published late. AWS measured the time from a breach to the scale-out
 * trigger: "363 seconds" with the standard metrics and "86 seconds" with the 20-second ones
 * (aws-facts §1.3). The alarms need 3 datapoints, so the model publishes each datapoint
 * 363 − 3 × 60 = 183 s (standard) or 86 − 3 × 20 = 26 s (high resolution) after its period ends;
 * both are scenario settings (`cloudWatch`). Alarms evaluate a datapoint when it is published.
 */
import { backlogDatapoint, cpuDatapoint, memoryDatapoint, requestCountPerTargetDatapoint, visibleDatapoint } from './metrics';
import type { Statistic } from './decisions';
import type { MinuteAcc, SimState } from './types';

/** The ECS per-task statistic set of a minute (metrics.ts). */
export interface TaskStatistics {
  average: number;
  minimum: number;
  maximum: number;
  samples: number;
}

export type MetricName =
  | 'CPUUtilization'
  | 'MemoryUtilization'
  | 'RequestCountPerTarget'
  | 'ApproximateNumberOfMessagesVisible'
  | 'BacklogPerTask'
  | 'CapacityProviderReservation'
  | 'HTTPCode_Target_5XX_Count';

/** One period's datapoints, published together at `publishAt`. Plain data (part of the state). */
export interface Datapoint {
  /** End of the period (the period is [end − period, end)). */
  end: number;
  period: 60 | 20;
  publishAt: number;
  cpu: TaskStatistics | null;
  memory: TaskStatistics | null;
  requestCountPerTarget: number | null;
  visible: number | null;
  backlogPerTask: number | null;
  /** Requests the targets answered with a 5xx in the period (web workloads behind a load balancer). */
  targetErrors5xx: number | null;
  /** CapacityProviderReservation at the period's end, with its M and N (managed scaling). */
  reservation: { value: number; instancesNeeded: number; instancesInGroup: number } | null;
}

function taskStatistics(average: number | null, min: number, max: number, samples: number): TaskStatistics | null {
  return average === null || samples === 0 ? null : { average, minimum: min, maximum: max, samples };
}

/** The minute's datapoint from its accumulators (before they are reset). */
export function minuteDatapoint(s: SimState, acc: MinuteAcc, end: number, reservation: Datapoint['reservation']): Datapoint {
  const web = s.scenario.workload.type === 'web';
  return {
    end,
    period: 60,
    publishAt: end + s.scenario.cloudWatch.publicationDelaySeconds,
    cpu: taskStatistics(cpuDatapoint(acc), acc.cpuMin, acc.cpuMax, acc.taskSamples),
    memory: taskStatistics(memoryDatapoint(acc), acc.memMin, acc.memMax, acc.taskSamples),
    requestCountPerTarget: s.d.isAlb ? requestCountPerTargetDatapoint(acc) : null,
    visible: web ? null : visibleDatapoint(acc),
    backlogPerTask: web ? null : backlogDatapoint(acc),
    targetErrors5xx: web && s.d.hasLoadBalancer ? acc.targetErrors : null,
    reservation,
  };
}

/** A 20-second datapoint: the high-resolution CPU and memory averages (ECS publishes only these at 20 s). */
export function highResolutionDatapoint(s: SimState, end: number): Datapoint {
  const a = s.acc20;
  const stats = (used: number, reserved: number) => {
    if (reserved <= 0) return null;
    const average = (used / reserved) * 100;
    return { average, minimum: average, maximum: average, samples: 0 };
  };
  const dp: Datapoint = {
    end,
    period: 20,
    publishAt: end + s.scenario.cloudWatch.highResolutionPublicationDelaySeconds,
    cpu: stats(a.cpuUsed, a.cpuReserved),
    memory: stats(a.memUsed, a.memReserved),
    requestCountPerTarget: null,
    visible: null,
    backlogPerTask: null,
    targetErrors5xx: null,
    reservation: null,
  };
  a.cpuUsed = 0;
  a.cpuReserved = 0;
  a.memUsed = 0;
  a.memReserved = 0;
  return dp;
}

/** The value an alarm on `metric` with `statistic` reads from a datapoint (metrics.ts explains each). */
export function readDatapoint(dp: Datapoint, metric: MetricName, statistic: Statistic): number | null {
  switch (metric) {
    case 'CPUUtilization':
    case 'MemoryUtilization': {
      const set = metric === 'CPUUtilization' ? dp.cpu : dp.memory;
      if (!set) return null;
      if (statistic === 'Minimum') return set.minimum;
      if (statistic === 'Maximum') return set.maximum;
      if (statistic === 'Sum') return set.average * set.samples;
      return set.average;
    }
    case 'RequestCountPerTarget':
      return dp.requestCountPerTarget;
    case 'ApproximateNumberOfMessagesVisible':
      return dp.visible;
    case 'BacklogPerTask':
      return dp.backlogPerTask;
    case 'CapacityProviderReservation':
      return dp.reservation?.value ?? null;
    case 'HTTPCode_Target_5XX_Count':
      return dp.targetErrors5xx;
  }
}
