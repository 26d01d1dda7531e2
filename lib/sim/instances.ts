/**
 * EC2 container instances of the capacity provider's Auto Scaling group. An instance is launched
 * (Pending), registers with the cluster `instanceRegisterSeconds` later (aws-facts §5: INFERRED
 * 45–120 s; default 90 s) and only then takes tasks. Billed per second from launch to termination.
 */
import { instanceName } from './events';
import { placeWaitingTasks } from './tasks';
import type { Instance, SimState } from './types';
import { chooseInstanceAz } from './zones';

/** An EKS node's own size and start time (platforms/eks-nodes.ts); ECS instances use the cluster's. */
export type NodeShape = Pick<Instance, 'cpu' | 'memory' | 'pricePerSecond' | 'typeName'> & { registerSeconds: number };

export function launchInstance(s: SimState, t: number, node?: NodeShape): Instance {
  const registerAt = t + (node ? node.registerSeconds : (s.scenario.cluster?.instanceRegisterSeconds ?? 0));
  const instance: Instance = {
    id: s.nextInstanceId++,
    status: 'Pending',
    launchedAt: t,
    registerAt,
    cpuUsed: 0,
    memoryUsed: 0,
    taskCount: 0,
    az: chooseInstanceAz(s),
    terminateAt: -1,
  };
  if (node) {
    instance.cpu = node.cpu;
    instance.memory = node.memory;
    instance.pricePerSecond = node.pricePerSecond;
    instance.typeName = node.typeName;
  }
  s.instances.push(instance);
  if (registerAt < s.nextInstanceEventAt) s.nextInstanceEventAt = registerAt;
  s.events.push({ t, type: 'InstanceStateChange', instanceId: instanceName(instance.id), state: 'Pending' });
  if (s.instances.length > s.totals.maxInstances) s.totals.maxInstances = s.instances.length;
  return instance;
}

/** An instance already registered and past warm-up, for the steady state at t = 0 (semantics 1). */
export function addSteadyInstance(s: SimState): void {
  const warmup = s.scenario.cluster?.managedScaling.instanceWarmupPeriod ?? 0;
  const launchedAt = -warmup - (s.scenario.cluster?.instanceRegisterSeconds ?? 0);
  s.instances.push({
    id: s.nextInstanceId++,
    status: 'InService',
    launchedAt,
    registerAt: launchedAt,
    cpuUsed: 0,
    memoryUsed: 0,
    taskCount: 0,
    az: chooseInstanceAz(s),
    terminateAt: -1,
  });
  if (s.instances.length > s.totals.maxInstances) s.totals.maxInstances = s.instances.length;
}

/** Phase (c) for instances: registration, then waiting tasks are placed on the new capacity. */
export function advanceInstances(s: SimState, t: number): void {
  if (t < s.nextInstanceEventAt) return;
  let next = Infinity;
  let registered = false;
  for (const i of s.instances) {
    if (i.status !== 'Pending') continue;
    if (i.registerAt <= t) {
      i.status = 'InService';
      registered = true;
      s.events.push({ t, type: 'InstanceStateChange', instanceId: instanceName(i.id), state: 'InService' });
    } else if (i.registerAt < next) next = i.registerAt;
  }
  s.nextInstanceEventAt = next;
  if (registered) placeWaitingTasks(s, t);
}

/**
 * Terminates up to `count` empty instances, newest first. Managed termination protection: "Amazon
 * ECS only terminates EC2 instances that don't have any running Amazon ECS tasks" (§4).
 */
export function terminateEmptyInstances(s: SimState, t: number, count: number): number {
  let done = 0;
  for (let k = s.instances.length - 1; k >= 0 && done < count; k--) {
    const i = s.instances[k] as Instance;
    if (i.taskCount > 0) continue;
    s.instances.splice(k, 1);
    done++;
    s.events.push({ t, type: 'InstanceStateChange', instanceId: instanceName(i.id), state: 'Terminated' });
  }
  return done;
}
