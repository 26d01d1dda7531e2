/** Small scenario builders shared by the engine's tests (kept pure, like the engine). */
import type { ScenarioInput } from './schema';
import type { Result, SimEvent } from './types';

type Policies = NonNullable<ScenarioInput['autoScaling']['policies']>;

/**
 * A Fargate web service without a load balancer, 1 vCPU per task and 0.01 vCPU-s per request:
 * service CPU % = requests per second ÷ running tasks, which makes datapoints easy to reason about.
 * Datapoints are published at once (no CloudWatch delay) unless the test asks for one.
 */
export function cpuScenario(opts: {
  desiredCount: number;
  rates: { at: number; value: number }[];
  policies?: Policies;
  durationSeconds?: number;
  taskStartSeconds?: number;
  minCapacity?: number;
  maxCapacity?: number;
  scheduledActions?: ScenarioInput['autoScaling']['scheduledActions'];
  /** CloudWatch publication delay; 0 here so a datapoint reaches its alarm at its minute's end. */
  publicationDelaySeconds?: number;
}): ScenarioInput {
  return {
    version: 1,
    durationSeconds: opts.durationSeconds ?? 1800,
    cloudWatch: { publicationDelaySeconds: opts.publicationDelaySeconds ?? 0, highResolutionPublicationDelaySeconds: 0 },
    service: {
      launchType: 'FARGATE',
      cpu: 1024,
      memory: 2048,
      desiredCount: opts.desiredCount,
      taskStartSeconds: opts.taskStartSeconds ?? 10,
    },
    workload: { type: 'web', requestsPerSecond: opts.rates, cpuSecondsPerRequest: 0.01 },
    autoScaling: {
      minCapacity: opts.minCapacity ?? 1,
      maxCapacity: opts.maxCapacity ?? 50,
      policies: opts.policies ?? [],
      scheduledActions: opts.scheduledActions ?? [],
    },
  };
}

export const cpuTarget50: Extract<Policies[number], { policyType: 'TargetTrackingScaling' }> = {
  name: 'cpu50',
  policyType: 'TargetTrackingScaling',
  predefinedMetricType: 'ECSServiceAverageCPUUtilization',
  targetValue: 50,
};

export type Activity = Extract<SimEvent, { type: 'ScalingActivity' }>;

export function activities(r: Result): Activity[] {
  return r.events.filter((e): e is Activity => e.type === 'ScalingActivity');
}

/** [t, from, to] of every scaling activity, for compact assertions. */
export function activitySteps(r: Result): [number, number, number][] {
  return activities(r).map((a) => [a.t, a.from, a.to]);
}

/** No CloudWatch publication delay: alarms see each datapoint at its period's end. */
export const NO_DELAY = { publicationDelaySeconds: 0, highResolutionPublicationDelaySeconds: 0 };
