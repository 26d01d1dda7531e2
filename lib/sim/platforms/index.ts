/**
 * The platform hooks the engine calls: derive the capacity of EKS and App Runner services, set up
 * the scalers' state at t = 0, and run them at each second's boundary (SIMULATOR.md semantics 2,
 * phase (b)), after scheduled actions and before the minute closes.
 */
import type { ProviderSlot } from '../capacity';
import type { Scenario } from '../schema';
import type { SimState } from '../types';
import { newAppRunnerState, runAppRunner, type AppRunnerRuntime } from './app-runner';
import { newHpaState, runHpa } from './eks-hpa';
import { addSteadyNodes, groupType, newNodeState, runNodes } from './eks-nodes';
import type { PlatformState } from './state';

/** EKS control plane, per cluster-hour: standard and extended Kubernetes version support. */
export const EKS_CONTROL_PLANE_PER_HOUR = { STANDARD: 0.1, EXTENDED: 0.6 } as const;

/** The capacity an EKS or App Runner service runs on (the engine's Derived fields); null on ECS. */
export function platformCapacity(sc: Scenario): {
  fargate: boolean;
  providers: ProviderSlot[];
  start: number | [number, number];
  instance: { cpu: number; memory: number } | null;
} | null {
  const p = sc.platform;
  if (p.type === 'ECS') return null;
  const providers = [{ name: p.type, base: 0, weight: 1, spot: false }];
  // EKS: a pod on a node with its image cached starts like an ECS task on EC2 (5 s); App Runner
  // publishes no start time, so its instances take Fargate's [20, 90] s (README).
  if (p.type === 'APP_RUNNER') return { fargate: true, providers, start: sc.service.taskStartSeconds ?? [20, 90], instance: null };
  const type = groupType(p);
  return { fargate: false, providers, start: sc.service.taskStartSeconds ?? 5, instance: { cpu: type.cpu, memory: type.memory } };
}

/** The scalers' state at t = 0, and the EKS nodes in steady state (before the pods are placed). */
export function createPlatform(s: SimState): PlatformState | null {
  const p = s.scenario.platform;
  if (p.type === 'ECS') return null;
  if (p.type === 'APP_RUNNER') return { hpa: null, nodes: null, appRunner: newAppRunnerState(), fixedPricePerSecond: 0 };
  const nodes = newNodeState();
  addSteadyNodes(s, nodes, p);
  return { hpa: newHpaState(s), nodes, appRunner: null, fixedPricePerSecond: EKS_CONTROL_PLANE_PER_HOUR[p.supportType] / 3600 };
}

/** Phase (b) of second t for EKS and App Runner; bills the second that just ended. */
export function runPlatform(s: SimState, t: number): void {
  const st = s.platformState;
  if (!st) return;
  const p = s.scenario.platform;
  if (p.type === 'APP_RUNNER' && st.appRunner) {
    runAppRunner(s, t, p, st.appRunner as AppRunnerRuntime);
    return;
  }
  if (p.type !== 'EKS' || !st.hpa || !st.nodes) return;
  if (t > 0) s.cost += st.fixedPricePerSecond + st.nodes.pricePerSecond;
  runHpa(s, t, p, st.hpa);
  runNodes(s, st.nodes, t, p);
  if (s.instances.length > s.totals.maxInstances) s.totals.maxInstances = s.instances.length;
}
