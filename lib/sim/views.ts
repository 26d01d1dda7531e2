/**
 * Cheap read-only views for the playground: the cluster at a moment as a compact frame (no copy of
 * the series or events, so taking one per minute stays linear), the alarms a scenario creates, and
 * the capacity an instance registers.
 */
import type { AlarmSpec } from './alarm';
import { managedScalingAlarms } from './managed-scaling';
import { policyAlarms } from './policies';
import { resolveInstanceType } from './prices';
import type { Scenario } from './schema';
import type { SimState } from './types';

/** Task states a frame codes (index = code). HEALTH_CHECK: RUNNING but not yet healthy behind the load balancer. */
export const FRAME_TASK_STATES = ['PROVISIONING', 'PENDING', 'HEALTH_CHECK', 'RUNNING', 'DRAINING', 'STOPPED', 'STOPPING'] as const;
export type FrameTaskState = (typeof FRAME_TASK_STATES)[number];
/** Instance states a frame codes (index = code). */
export const FRAME_INSTANCE_STATES = ['BOOTING', 'IN_SERVICE', 'TERMINATED'] as const;

/**
 * The cluster at one moment, compact: `tasks` is [id, state, instance id (0 = none)] triples;
 * `instances` is [id, state, cpuUsed, memoryUsed] quadruples (codes above).
 */
export interface ClusterFrame {
  t: number;
  desired: number;
  queueDepth: number;
  tasks: Int32Array;
  instances: Int32Array;
  /** EKS nodes have their own sizes (Karpenter right-sizes them): [id, cpu, memory] triples; absent otherwise. */
  sizes?: Int32Array;
}

const code = (state: FrameTaskState): number => FRAME_TASK_STATES.indexOf(state);

/** The live tasks and instances of `s` now (STOPPED tasks and terminated instances are not in it). */
export function clusterFrame(s: SimState): ClusterFrame {
  const tasks: number[] = [];
  for (const task of s.tasks) {
    let state: FrameTaskState;
    if (task.status === 'STOPPED') continue;
    else if (task.status === 'PROVISIONING' || task.status === 'PENDING' || task.status === 'STOPPING') state = task.status;
    else if (task.status === 'DEACTIVATING') state = 'DRAINING';
    else state = task.serving ? 'RUNNING' : 'HEALTH_CHECK';
    tasks.push(task.id, code(state), task.instance);
  }
  const instances: number[] = [];
  const sizes: number[] = [];
  for (const i of s.instances) {
    instances.push(i.id, i.status === 'Pending' ? 0 : 1, i.cpuUsed, i.memoryUsed);
    if (i.cpu !== undefined) sizes.push(i.id, i.cpu, i.memory ?? 0);
  }
  const web = s.scenario.workload.type === 'web';
  return {
    t: s.t,
    desired: s.desired,
    queueDepth: Math.round((web ? s.webQueue : s.visible) * 100) / 100,
    tasks: Int32Array.from(tasks),
    instances: Int32Array.from(instances),
    ...(sizes.length > 0 ? { sizes: Int32Array.from(sizes) } : {}),
  };
}

/** The CPU units and MiB an instance (or EKS node) of the scenario's type registers (0 on Fargate and App Runner). */
export function instanceCapacity(sc: Scenario): { cpu: number; memory: number } {
  const spec = sc.cluster?.instanceType ?? (sc.platform.type === 'EKS' ? sc.platform.nodes.instanceType : undefined);
  const type = spec ? resolveInstanceType(spec) : undefined;
  return { cpu: type?.cpu ?? 0, memory: type?.registeredMemory ?? 0 };
}

export interface DescribedAlarm extends AlarmSpec {
  /** The policy that owns it, or null for the capacity provider's managed scaling alarms. */
  policy: string | null;
  /** Which way the alarm scales: Greater… alarms out, Less… alarms in. */
  direction: 'out' | 'in';
}

/** Every alarm the scenario's policies (and managed scaling) create, as the engine evaluates them. */
export function describeAlarms(sc: Scenario): DescribedAlarm[] {
  const out: DescribedAlarm[] = [];
  const direction = (a: AlarmSpec) => (a.comparisonOperator.startsWith('Greater') ? 'out' : 'in') as 'out' | 'in';
  policyAlarms(sc).forEach((alarms, i) => {
    for (const a of alarms) out.push({ ...a, policy: sc.autoScaling.policies[i]?.name ?? null, direction: direction(a) });
  });
  if (sc.cluster && sc.cluster.managedScaling.status === 'ENABLED')
    for (const a of managedScalingAlarms(sc.cluster)) out.push({ ...a, policy: null, direction: direction(a) });
  return out;
}
