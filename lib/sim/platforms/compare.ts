/**
 * One scenario on four platforms: the same traffic, the same bounds and the same CPU target on
 * ECS/Fargate, ECS/EC2 (a capacity provider with managed scaling), EKS (HPA on Cluster Autoscaler
 * nodes) and App Runner (MaxConcurrency set to what an instance holds at the same CPU target), each
 * run by the engine, and the
 * numbers a team compares: cost, p95 latency, failed requests and how fast capacity arrived.
 */
import { DEFAULT_CAPACITY_PROVIDER_NAME, type Scenario, type ScenarioInput } from '../schema';
import { simulate } from '../simulate';
import type { Result, SimEvent } from '../types';
import { APP_RUNNER_MAX_SIZE, APP_RUNNER_SIZES } from './checks';
import { EC2_INSTANCE_TYPES, registeredMemory } from '../prices';

export const PLATFORMS = ['ECS_FARGATE', 'ECS_EC2', 'EKS', 'APP_RUNNER'] as const;
export type PlatformChoice = (typeof PLATFORMS)[number];
export const PLATFORM_LABEL: Record<PlatformChoice, string> = {
  ECS_FARGATE: 'ECS on Fargate',
  ECS_EC2: 'ECS on EC2',
  EKS: 'EKS (HPA + Cluster Autoscaler)',
  APP_RUNNER: 'App Runner',
};

const NODE_TYPE = 'm5.large';

/** The CPU target the scenario scales to: its CPU target tracking policy, its HPA, or 50 %. */
export function cpuTargetOf(sc: Scenario): number {
  if (sc.platform.type === 'EKS') return sc.platform.hpa.targetCPUUtilizationPercentage;
  for (const p of sc.autoScaling.policies)
    if (p.policyType === 'TargetTrackingScaling' && p.predefinedMetricType.startsWith('ECSServiceAverageCPUUtilization'))
      return p.targetValue;
  return 50;
}

/** The nearest App Runner size: the same CPU if App Runner offers it, and the closest memory it offers with it. */
function appRunnerSize(cpu: number, memory: number): { cpu: number; memory: number } {
  const cpus = Object.keys(APP_RUNNER_SIZES).map(Number);
  const c = cpus.reduce((best, x) => (Math.abs(x - cpu) < Math.abs(best - cpu) ? x : best), 1024);
  const mems = APP_RUNNER_SIZES[c] as readonly number[];
  const m = mems.reduce((best, x) => (Math.abs(x - memory) < Math.abs(best - memory) ? x : best), mems[0] as number);
  return { cpu: c, memory: m };
}

/**
 * The App Runner MaxConcurrency that matches the CPU target: the requests one instance has in
 * flight when it runs at the target (its throughput there × the base latency, Little's law).
 */
export function concurrencyAtTarget(sc: Scenario, targetValue: number): number {
  const w = sc.workload;
  if (w.type !== 'web') return 100;
  const size = appRunnerSize(sc.service.cpu, sc.service.memory);
  const perSecond = ((size.cpu / 1024) * (targetValue / 100)) / w.cpuSecondsPerRequest;
  return Math.min(200, Math.max(1, Math.round((perSecond * w.baseLatencyMs) / 1000)));
}

/** Why a scenario cannot be compared across platforms, or null. */
export function comparisonProblem(sc: Scenario): string | null {
  if (sc.workload.type !== 'web')
    return 'The comparison needs a web workload: App Runner and the HPA here scale web traffic, not an SQS queue.';
  const node = EC2_INSTANCE_TYPES[NODE_TYPE]!;
  if (sc.service.cpu > node.cpu || sc.service.memory > registeredMemory(node.memory))
    return `A task of ${sc.service.cpu} CPU units and ${sc.service.memory} MiB does not fit the ${NODE_TYPE} nodes the comparison uses.`;
  return null;
}

/**
 * What the comparison leaves out of this scenario, or null: deployments and incidents are modelled
 * for ECS services only, so every platform gets the traffic without them.
 */
export function comparisonNote(sc: Scenario): string | null {
  const left = [sc.deployments.length > 0 ? 'deployments' : null, sc.incidents.length > 0 ? 'incidents' : null].filter(Boolean);
  if (left.length === 0) return null;
  return `Each platform runs this traffic without its ${left.join(' and ')}: the simulator models those for ECS services only.`;
}

/** The scenario as it would run on `target` (same traffic, bounds and CPU target; no deployments or incidents). */
export function onPlatform(sc: Scenario, target: PlatformChoice): ScenarioInput {
  const node = EC2_INSTANCE_TYPES[NODE_TYPE]!;
  const perNode = Math.min(Math.floor(node.cpu / sc.service.cpu), Math.floor(registeredMemory(node.memory) / sc.service.memory));
  const nodes = Math.max(1, Math.ceil(sc.service.desiredCount / Math.max(1, perNode)));
  const maxNodes = Math.max(nodes, Math.ceil(sc.autoScaling.maxCapacity / Math.max(1, perNode)));
  const targetValue = cpuTargetOf(sc);
  const taskStartSeconds = sc.service.taskStartSeconds;
  const service = {
    cpu: sc.service.cpu,
    memory: sc.service.memory,
    desiredCount: sc.service.desiredCount,
    stopTimeout: sc.service.stopTimeout,
  };
  const common = {
    version: 1 as const,
    name: `${sc.name ?? 'Scenario'} — ${PLATFORM_LABEL[target]}`,
    seed: sc.seed,
    durationSeconds: sc.durationSeconds,
    startTime: sc.startTime,
    workload: sc.workload,
    cloudWatch: sc.cloudWatch,
  };
  const cpuPolicy = [
    {
      name: `cpu${targetValue}`,
      policyType: 'TargetTrackingScaling' as const,
      predefinedMetricType: 'ECSServiceAverageCPUUtilization' as const,
      targetValue,
    },
  ];
  const bounds = { minCapacity: sc.autoScaling.minCapacity, maxCapacity: sc.autoScaling.maxCapacity };
  const fargateStart = sc.platform.type === 'ECS' && sc.service.launchType === 'FARGATE' ? taskStartSeconds : undefined;
  switch (target) {
    case 'ECS_FARGATE':
      return {
        ...common,
        service: { ...service, launchType: 'FARGATE', ...(fargateStart !== undefined ? { taskStartSeconds: fargateStart } : {}) },
        ...(sc.loadBalancer ? { loadBalancer: sc.loadBalancer } : {}),
        autoScaling: { ...bounds, policies: cpuPolicy },
      };
    case 'ECS_EC2':
      return {
        ...common,
        service: {
          ...service,
          capacityProviderStrategy: [{ capacityProvider: DEFAULT_CAPACITY_PROVIDER_NAME, weight: 1 }],
          taskStartSeconds: 5,
        },
        ...(sc.loadBalancer ? { loadBalancer: sc.loadBalancer } : {}),
        cluster: { instanceType: NODE_TYPE, autoScalingGroup: { minSize: 1, maxSize: maxNodes, desiredCapacity: nodes } },
        autoScaling: { ...bounds, policies: cpuPolicy },
      };
    case 'EKS':
      return {
        ...common,
        service: { ...service, taskStartSeconds: 5 },
        ...(sc.loadBalancer ? { loadBalancer: sc.loadBalancer } : {}),
        platform: {
          type: 'EKS',
          hpa: { targetCPUUtilizationPercentage: Math.round(targetValue) },
          nodes: { provisioner: 'ClusterAutoscaler', instanceType: NODE_TYPE, minSize: 1, maxSize: maxNodes, desiredCapacity: nodes },
        },
        autoScaling: bounds,
      };
    case 'APP_RUNNER': {
      const size = appRunnerSize(sc.service.cpu, sc.service.memory);
      const min = Math.min(Math.max(1, bounds.minCapacity), APP_RUNNER_MAX_SIZE);
      const max = Math.min(Math.max(min, bounds.maxCapacity), APP_RUNNER_MAX_SIZE);
      return {
        ...common,
        service: { ...service, ...size, desiredCount: Math.min(Math.max(sc.service.desiredCount, min), max) },
        platform: { type: 'APP_RUNNER', maxConcurrency: concurrencyAtTarget(sc, targetValue) },
        autoScaling: { minCapacity: min, maxCapacity: max },
      };
    }
  }
}

export interface PlatformOutcome {
  platform: PlatformChoice;
  label: string;
  costUsd: number;
  p95LatencyMs: number | null;
  requestsFailed: number;
  /** First decision to add capacity (s), and the first new task, pod or instance RUNNING after it. */
  firstScaleOutAt: number | null;
  firstNewCapacityAt: number | null;
  maxRunning: number;
  maxNodes: number | null;
}

function firstRunningAfter(events: readonly SimEvent[], t: number): number | null {
  for (const e of events) if (e.t > 0 && e.t >= t && e.type === 'TaskStateChange' && e.lastStatus === 'RUNNING') return e.t;
  return null;
}

export function outcomeOf(platform: PlatformChoice, r: Result): PlatformOutcome {
  const s = r.summary;
  return {
    platform,
    label: PLATFORM_LABEL[platform],
    costUsd: s.totalCostUsd,
    p95LatencyMs: s.p95LatencyMs,
    requestsFailed: s.requestsFailed ?? 0,
    firstScaleOutAt: s.firstScaleOutAt,
    firstNewCapacityAt: s.firstScaleOutAt === null ? null : firstRunningAfter(r.events, s.firstScaleOutAt),
    maxRunning: s.maxRunningCount,
    maxNodes: s.maxInstances,
  };
}

/** Runs the scenario on the four platforms (throws like simulate if a conversion is invalid). */
export function comparePlatforms(sc: Scenario): PlatformOutcome[] {
  return PLATFORMS.map((p) => outcomeOf(p, simulate(onPlatform(sc, p))));
}
