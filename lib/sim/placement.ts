/**
 * Task placement on EC2 and the choice of tasks to stop on scale-in (aws-facts §4,
 * task-placement-strategies.md). Ties are broken by instance / task id so runs are reproducible
 * (AWS picks "at random" within an AZ; the model has one AZ and no randomness here).
 */
import type { Instance, SimState, Task } from './types';
import { azUp, spreadZoneCounts } from './zones';

/** An EKS node may have its own size (Karpenter) and be cordoned (being drained). */
function fits(s: SimState, i: Instance): boolean {
  return (
    i.status === 'InService' &&
    // A zone that is down places nothing, even on an instance the outage has yet to take away.
    azUp(s, i.az) &&
    !i.cordoned &&
    i.terminateAt < 0 &&
    i.cpuUsed + s.d.taskCpu <= (i.cpu ?? s.d.instanceCpu) &&
    i.memoryUsed + s.d.taskMemory <= (i.memory ?? s.d.instanceMemory)
  );
}

/**
 * binpack: the instance with the least CPU left that still fits ("leave the least amount of
 * unused CPU or memory"); spread (by instance): the one with the fewest tasks.
 */
export function chooseInstance(s: SimState): Instance | undefined {
  const spread = s.scenario.cluster?.placementStrategy === 'spread';
  // Several zones and spread: the zone with the fewest tasks first, then the instance (task-placement-strategies.md).
  const zones = spreadZoneCounts(s);
  let best: Instance | undefined;
  for (const i of s.instances) {
    if (!fits(s, i)) continue;
    if (!best) best = i;
    else if (zones && zones[i.az] !== zones[best.az]) {
      if ((zones[i.az] as number) < (zones[best.az] as number)) best = i;
    } else if (
      spread ? i.taskCount < best.taskCount : i.cpuUsed > best.cpuUsed || (i.cpuUsed === best.cpuUsed && i.memoryUsed > best.memoryUsed)
    )
      best = i;
  }
  return best;
}

const STOP_ORDER: Record<Task['status'], number> = { PROVISIONING: 0, PENDING: 1, RUNNING: 2, DEACTIVATING: 9, STOPPING: 9, STOPPED: 9 };

/**
 * Each instance's scale-in key by instance id (indexable array): binpack stops on "the container
 * instance that has the most available resources left after task termination" (least CPU used),
 * spread on the instance with the most tasks. Built once per reconcile; refresh an entry when a
 * stop frees an instance's resources.
 */
export function instanceStopKeys(s: SimState): number[] {
  const keys = new Array<number>(s.nextInstanceId).fill(0);
  for (const i of s.instances) keys[i.id] = stopKey(s, i);
  return keys;
}

export const stopKey = (s: SimState, i: Instance): number =>
  // EKS: a ReplicaSet scales down "pods on nodes with more replicas" before "pods on nodes with fewer replicas".
  s.d.platform === 'EKS' || s.scenario.cluster?.placementStrategy === 'spread' ? i.taskCount : -i.cpuUsed;

/**
 * The task to stop next: tasks not yet started first (PROVISIONING, then PENDING), then RUNNING
 * by the instance keys above; newest task first within that. With several capacity providers,
 * only tasks of `provider` (−1: any).
 */
export function chooseTaskToStop(s: SimState, keys: readonly number[], provider = -1): Task | undefined {
  let best: Task | undefined;
  let bestOrder = 9;
  let bestKey = 0;
  for (const task of s.tasks) {
    const order = STOP_ORDER[task.status];
    if (order > 2 || (provider >= 0 && task.provider !== provider)) continue;
    const key = order === 2 && !s.d.fargate ? (keys[task.instance] ?? 0) : 0;
    if (!best || order < bestOrder || (order === bestOrder && (key > bestKey || (key === bestKey && task.id > best.id)))) {
      best = task;
      bestOrder = order;
      bestKey = key;
    }
  }
  return best;
}

/**
 * Fargate (no instances): the stop order is fixed by status and age, so the candidates are sorted
 * once per reconcile, per capacity provider (index = provider), first to stop first.
 */
export function fargateStopOrder(s: SimState): Task[][] {
  const lists: Task[][] = s.d.providers.map(() => []);
  for (const task of s.tasks) if (STOP_ORDER[task.status] <= 2) lists[task.provider]?.push(task);
  for (const list of lists) list.sort((a, b) => STOP_ORDER[a.status] - STOP_ORDER[b.status] || b.id - a.id);
  return lists;
}
