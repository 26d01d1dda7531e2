/**
 * Task placement on EC2 and the choice of tasks to stop on scale-in (aws-facts §4,
 * task-placement-strategies.md). Ties are broken by instance / task id so runs are reproducible
 * (AWS picks "at random" within an AZ; the model has one AZ and no randomness here).
 */
import type { Instance, SimState, Task } from './types';

function fits(s: SimState, i: Instance): boolean {
  return i.status === 'InService' && i.cpuUsed + s.d.taskCpu <= s.d.instanceCpu && i.memoryUsed + s.d.taskMemory <= s.d.instanceMemory;
}

/**
 * binpack: the instance with the least CPU left that still fits ("leave the least amount of
 * unused CPU or memory"); spread (by instance): the one with the fewest tasks.
 */
export function chooseInstance(s: SimState): Instance | undefined {
  const spread = s.scenario.cluster?.placementStrategy === 'spread';
  let best: Instance | undefined;
  for (const i of s.instances) {
    if (!fits(s, i)) continue;
    if (!best) best = i;
    else if (
      spread ? i.taskCount < best.taskCount : i.cpuUsed > best.cpuUsed || (i.cpuUsed === best.cpuUsed && i.memoryUsed > best.memoryUsed)
    )
      best = i;
  }
  return best;
}

const STOP_ORDER: Record<Task['status'], number> = { PROVISIONING: 0, PENDING: 1, RUNNING: 2, DEACTIVATING: 9, STOPPING: 9, STOPPED: 9 };

/**
 * The task to stop next: tasks not yet started first (PROVISIONING, then PENDING), then RUNNING.
 * On EC2 binpack stops on "the container instance that has the most available resources left after
 * task termination", spread on the instance with the most tasks; newest task first within that.
 */
export function chooseTaskToStop(s: SimState, provider = -1): Task | undefined {
  const spread = s.scenario.cluster?.placementStrategy === 'spread';
  const load = new Map<number, number>();
  for (const i of s.instances) load.set(i.id, spread ? i.taskCount : -i.cpuUsed);
  let best: Task | undefined;
  let bestKey = 0;
  for (const task of s.tasks) {
    const order = STOP_ORDER[task.status];
    if (order > 2 || (provider >= 0 && task.provider !== provider)) continue;
    const key = order === 2 && !s.d.fargate ? (load.get(task.instance) ?? 0) : 0;
    if (!best) {
      best = task;
      bestKey = key;
      continue;
    }
    const bestOrder = STOP_ORDER[best.status];
    if (order < bestOrder || (order === bestOrder && (key > bestKey || (key === bestKey && task.id > best.id)))) {
      best = task;
      bestKey = key;
    }
  }
  return best;
}
