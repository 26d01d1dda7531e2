/**
 * Editing a draft scenario by path, immutably. Paths use the engine's error format
 * (`autoScaling.policies[1].targetValue`), so a field and its error share one key.
 */
import { DEFAULT_CAPACITY_PROVIDER_NAME, FARGATE_PROVIDERS, FARGATE_SIZES, type ScenarioError } from '@/lib/sim';
import type { Draft } from './types';

export type PathKey = string | number;

export function parsePath(path: string): PathKey[] {
  const keys: PathKey[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return keys;
}

export function getIn(root: unknown, path: string): unknown {
  let node = root;
  for (const key of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathKey, unknown>)[key];
  }
  return node;
}

/** A copy of `root` with the value at `path` set (undefined deletes an object key). */
export function setIn<T>(root: T, path: string | PathKey[], value: unknown): T {
  const keys = typeof path === 'string' ? parsePath(path) : path;
  if (keys.length === 0) return value as T;
  const [key, ...rest] = keys as [PathKey, ...PathKey[]];
  const node = (root ?? (typeof key === 'number' ? [] : {})) as Record<PathKey, unknown> | unknown[];
  const child = setIn((node as Record<PathKey, unknown>)[key], rest, value);
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[key as number] = child;
    return copy as T;
  }
  const copy = { ...node } as Record<PathKey, unknown>;
  if (child === undefined) delete copy[key];
  else copy[key] = child;
  return copy as T;
}

/** Errors grouped by path; errors under a path's children are not included. */
export function errorsByPath(errors: readonly ScenarioError[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const e of errors) map.set(e.path, [...(map.get(e.path) ?? []), e.message]);
  return map;
}

/** A number field's text as the value to store: a number when it reads as one, else the text (the engine says why). */
export function fieldValue(text: string, optional: boolean): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return optional ? undefined : undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

/** The nearest valid Fargate memory for a CPU value (keeps the current one when it is valid). */
export function fargateMemoryFor(cpu: number, memory: unknown): number {
  const valid = FARGATE_SIZES.get(cpu) ?? [];
  if (typeof memory === 'number' && valid.includes(memory)) return memory;
  return valid[0] ?? 2048;
}

/**
 * Where the tasks run: a launch type (FARGATE, EC2: capacity providers ignore the service) or a
 * capacity provider strategy (Fargate and Fargate Spot, or the cluster's Auto Scaling group).
 */
export type CapacityMode = 'FARGATE' | 'FARGATE_PROVIDERS' | 'EC2_PROVIDER' | 'EC2';

export function capacityMode(draft: Draft): CapacityMode {
  const launchType = getIn(draft, 'service.launchType');
  if (launchType === 'EC2') return 'EC2';
  const strategy = getIn(draft, 'service.capacityProviderStrategy');
  if (launchType === undefined && Array.isArray(strategy) && strategy.length > 0) {
    const fargate = strategy.every((i) =>
      (FARGATE_PROVIDERS as readonly unknown[]).includes((i as { capacityProvider?: unknown }).capacityProvider),
    );
    return fargate ? 'FARGATE_PROVIDERS' : 'EC2_PROVIDER';
  }
  return 'FARGATE';
}

/** The tasks run on EC2 instances (a cluster to configure). */
export const usesEc2 = (draft: Draft): boolean => {
  const mode = capacityMode(draft);
  return mode === 'EC2' || mode === 'EC2_PROVIDER';
};

const DEFAULT_CLUSTER = {
  capacityProviderName: DEFAULT_CAPACITY_PROVIDER_NAME,
  instanceType: 'm5.large',
  autoScalingGroup: { minSize: 1, maxSize: 10, desiredCapacity: 2 },
  managedScaling: { status: 'ENABLED', targetCapacity: 100, instanceWarmupPeriod: 300 },
  instanceRegisterSeconds: 90,
  placementStrategy: 'binpack',
};

/** Switching where the tasks run keeps the draft valid where it can: EC2 needs a cluster, Fargate rejects one. */
export function withCapacityMode(draft: Draft, mode: CapacityMode): Draft {
  let next = setIn(setIn(draft, 'service.launchType', undefined), 'service.capacityProviderStrategy', undefined);
  if (mode === 'EC2' || mode === 'EC2_PROVIDER') {
    if (!next.cluster) next = setIn(next, 'cluster', DEFAULT_CLUSTER);
    if (mode === 'EC2') return setIn(next, 'service.launchType', 'EC2');
    const name = getIn(next, 'cluster.capacityProviderName') ?? DEFAULT_CAPACITY_PROVIDER_NAME;
    return setIn(next, 'service.capacityProviderStrategy', [{ capacityProvider: name, weight: 1 }]);
  }
  next =
    mode === 'FARGATE'
      ? setIn(next, 'service.launchType', 'FARGATE')
      : setIn(next, 'service.capacityProviderStrategy', [
          { capacityProvider: 'FARGATE', base: 1, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 3 },
        ]);
  next = setIn(next, 'cluster', undefined);
  const cpu = getIn(next, 'service.cpu');
  const fargateCpu = typeof cpu === 'number' && FARGATE_SIZES.has(cpu) ? cpu : 1024;
  next = setIn(next, 'service.cpu', fargateCpu);
  next = setIn(next, 'service.memory', fargateMemoryFor(fargateCpu, getIn(next, 'service.memory')));
  if (getIn(next, 'loadBalancer.type') === 'CLB') next = setIn(next, 'loadBalancer.type', 'ALB');
  return next;
}

export function newTargetTrackingPolicy(n: number, queue: boolean): Record<string, unknown> {
  return queue
    ? { name: `backlog-${n}`, policyType: 'TargetTrackingScaling', predefinedMetricType: 'SQSBacklogPerTask', targetValue: 100 }
    : { name: `cpu-${n}`, policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: 50 };
}

export function newStepPolicy(n: number): Record<string, unknown> {
  return {
    name: `steps-${n}`,
    policyType: 'StepScaling',
    alarm: {
      metric: 'CPUUtilization',
      statistic: 'Average',
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      threshold: 70,
      evaluationPeriods: 2,
      datapointsToAlarm: 2,
    },
    adjustmentType: 'ChangeInCapacity',
    stepAdjustments: [
      { metricIntervalLowerBound: 0, metricIntervalUpperBound: 20, scalingAdjustment: 1 },
      { metricIntervalLowerBound: 20, scalingAdjustment: 2 },
    ],
    cooldown: 60,
  };
}

const WEB_ONLY = ['cpuSecondsPerRequest', 'baseLatencyMs', 'timeoutSeconds'];
const QUEUE_ONLY = ['secondsPerMessage', 'initialBacklog'];

/** Switching between a web service and a queue worker carries the load profile across. */
export function withWorkloadType(draft: Draft, type: 'web' | 'queue'): Draft {
  const w = (getIn(draft, 'workload') ?? {}) as Record<string, unknown>;
  if (w.type === type) return draft;
  const points = w.requestsPerSecond ?? w.messagesPerSecond ?? [{ at: 0, value: 10 }];
  const next: Record<string, unknown> = { type };
  for (const [k, v] of Object.entries(w)) {
    if (k === 'type' || k === 'requestsPerSecond' || k === 'messagesPerSecond') continue;
    if ((type === 'queue' && WEB_ONLY.includes(k)) || (type === 'web' && QUEUE_ONLY.includes(k))) continue;
    next[k] = v;
  }
  next[type === 'web' ? 'requestsPerSecond' : 'messagesPerSecond'] = points;
  let out = setIn(draft, 'workload', next);
  if (type === 'queue') out = setIn(out, 'loadBalancer', undefined);
  return out;
}

/** Task start time as typed: "45" → 45, "30-75" / "30, 75" → [30, 75]; anything else stays text for the engine to reject. */
export function parseStartSeconds(text: string): unknown {
  const t = text.trim();
  if (t === '') return undefined;
  const range = /^(\d+)\s*(?:-|–|,|to)\s*(\d+)$/.exec(t);
  if (range) return [Number(range[1]), Number(range[2])];
  return /^\d+$/.test(t) ? Number(t) : t;
}
