/** Scenario builders for the EKS and App Runner tests (pure, like the engine). */
import type { ScenarioInput } from '../schema';

type Nodes = Partial<Extract<NonNullable<ScenarioInput['platform']>, { type: 'EKS' }>['nodes']>;

/** 1 vCPU pods, 0.01 vCPU-s per request, no load balancer: CPU % of a pod = req/s ÷ ready pods. */
export function eksScenario(opts: {
  pods: number;
  rates: { at: number; value: number }[];
  durationSeconds?: number;
  nodes?: Nodes;
  min?: number;
  max?: number;
  supportType?: 'STANDARD' | 'EXTENDED';
  target?: number;
}): ScenarioInput {
  return {
    version: 1,
    durationSeconds: opts.durationSeconds ?? 1800,
    service: { cpu: 1024, memory: 2048, desiredCount: opts.pods, taskStartSeconds: 5 },
    workload: { type: 'web', requestsPerSecond: opts.rates, cpuSecondsPerRequest: 0.01 },
    platform: {
      type: 'EKS',
      ...(opts.supportType ? { supportType: opts.supportType } : {}),
      hpa: { targetCPUUtilizationPercentage: opts.target ?? 50 },
      nodes: {
        provisioner: 'ClusterAutoscaler',
        instanceType: 'm5.large',
        maxSize: 50,
        desiredCapacity: Math.ceil(opts.pods / 2),
        ...opts.nodes,
      },
    },
    autoScaling: { minCapacity: opts.min ?? 1, maxCapacity: opts.max ?? 100 },
  };
}

/** 1 vCPU / 2 GB instances, 0.01 vCPU-s and 100 ms per request. */
export function appRunnerScenario(opts: {
  instances: number;
  rates: { at: number; value: number }[];
  maxConcurrency?: number;
  durationSeconds?: number;
  min?: number;
  max?: number;
}): ScenarioInput {
  return {
    version: 1,
    durationSeconds: opts.durationSeconds ?? 3600,
    service: { cpu: 1024, memory: 2048, desiredCount: opts.instances, taskStartSeconds: 20 },
    workload: { type: 'web', requestsPerSecond: opts.rates, cpuSecondsPerRequest: 0.01, baseLatencyMs: 100 },
    platform: { type: 'APP_RUNNER', ...(opts.maxConcurrency ? { maxConcurrency: opts.maxConcurrency } : {}) },
    autoScaling: { minCapacity: opts.min ?? 1, maxCapacity: opts.max ?? 25 },
  };
}
