/**
 * The cluster at every minute boundary, for the playback (run.ts records them as the engine steps).
 *
 * Design: the whole run is computed up front (a 24 h EC2 run takes tens of ms, in a Web Worker),
 * so playing, pausing and scrubbing are only a cursor over data that already exists. The series
 * and events come from the engine's Result; the cluster view needs the tasks and instances at a
 * moment, which the Result does not hold, so we step the engine a minute at a time and record a
 * compact frame at each boundary. The frame reads the plain-data SimState directly rather than
 * calling snapshot(), which copies every minute row and event so far on each call (quadratic over
 * a long run); the stepping API guarantees any chunking gives exactly simulate()'s result.
 */
import type { SimState } from '@/lib/sim';
import type { ClusterFrame } from './types';

const TASK_CODE = { PROVISIONING: 0, PENDING: 1, HEALTH_CHECK: 2, RUNNING: 3, DRAINING: 4, STOPPED: 5 } as const;
const INSTANCE_CODE = { BOOTING: 0, IN_SERVICE: 1, TERMINATED: 2 } as const;

const idOf = (name: string | null): number => (name ? Number(name.slice(name.indexOf('-') + 1)) : 0);

/** The frame of state `s`; `fromEvent` is the first event after the previous frame. */
export function frameOf(s: SimState, fromEvent: number): ClusterFrame {
  const tasks: number[] = [];
  for (const task of s.tasks) {
    let code: number;
    if (task.status === 'STOPPED') continue;
    else if (task.status === 'PROVISIONING') code = TASK_CODE.PROVISIONING;
    else if (task.status === 'PENDING') code = TASK_CODE.PENDING;
    else if (task.status === 'DEACTIVATING') code = TASK_CODE.DRAINING;
    else code = task.serving ? TASK_CODE.RUNNING : TASK_CODE.HEALTH_CHECK;
    tasks.push(task.id, code, task.instance);
  }
  const instances: number[] = [];
  for (const i of s.instances)
    instances.push(i.id, i.status === 'Pending' ? INSTANCE_CODE.BOOTING : INSTANCE_CODE.IN_SERVICE, i.cpuUsed, i.memoryUsed);
  // Leaving in the minute before this frame: shown once, so a learner sees them go.
  for (let k = fromEvent; k < s.events.length; k++) {
    const e = s.events[k];
    if (e?.type === 'TaskStateChange' && e.lastStatus === 'STOPPED') tasks.push(idOf(e.taskId), TASK_CODE.STOPPED, idOf(e.instanceId));
    else if (e?.type === 'InstanceStateChange' && e.state === 'Terminated')
      instances.push(idOf(e.instanceId), INSTANCE_CODE.TERMINATED, 0, 0);
  }
  const web = s.scenario.workload.type === 'web';
  return {
    t: s.t,
    desired: s.desired,
    queueDepth: Math.round((web ? s.webQueue : s.visible) * 100) / 100,
    tasks: Int32Array.from(tasks),
    instances: Int32Array.from(instances),
  };
}

/** Decodes a frame's tasks for rendering (sorted by id, stable across frames). */
export function framedTasks(f: ClusterFrame): { id: number; state: number; instance: number }[] {
  const out: { id: number; state: number; instance: number }[] = [];
  for (let k = 0; k + 2 < f.tasks.length; k += 3)
    out.push({ id: f.tasks[k] as number, state: f.tasks[k + 1] as number, instance: f.tasks[k + 2] as number });
  return out.sort((a, b) => a.id - b.id);
}

export function framedInstances(f: ClusterFrame): { id: number; state: number; cpuUsed: number; memoryUsed: number }[] {
  const out: { id: number; state: number; cpuUsed: number; memoryUsed: number }[] = [];
  for (let k = 0; k + 3 < f.instances.length; k += 4) {
    out.push({
      id: f.instances[k] as number,
      state: f.instances[k + 1] as number,
      cpuUsed: f.instances[k + 2] as number,
      memoryUsed: f.instances[k + 3] as number,
    });
  }
  return out.sort((a, b) => a.id - b.id);
}

/** Index of the frame shown at time t (the latest minute boundary at or before t). */
export function frameIndexAt(t: number, frames: number): number {
  return Math.max(0, Math.min(frames - 1, Math.floor(t / 60)));
}
