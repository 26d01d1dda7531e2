/**
 * Runs a scenario and records the cluster at every minute boundary, for the playback.
 *
 * Design: the whole run is computed up front (a 24 h EC2 run takes tens of ms, in a Web Worker),
 * so playing, pausing and scrubbing are only a cursor over data that already exists. The series
 * and events come from the engine's Result; the cluster view needs the tasks and instances at a
 * moment, which the Result does not hold, so we step the engine a minute at a time and take the
 * engine's cheap clusterFrame() at each boundary (it copies no series or events). Tasks stopped
 * and instances terminated in the minute before a frame are added from the events afterwards, so
 * a learner sees them leave. The stepping API guarantees any chunking gives simulate()'s result.
 */
import { FRAME_TASK_STATES, type SimEvent } from '@/lib/sim';
import type { ClusterFrame } from './types';

const STOPPED = FRAME_TASK_STATES.indexOf('STOPPED');
const TERMINATED = 2;
const idOf = (name: string | null): number => (name ? Number(name.slice(name.indexOf('-') + 1)) : 0);

/** Adds the tasks and instances that left in (previous frame, this frame] to each frame. */
export function withLeavers(frames: ClusterFrame[], events: readonly SimEvent[]): ClusterFrame[] {
  let k = 0;
  return frames.map((f, i) => {
    const from = i === 0 ? -Infinity : (frames[i - 1] as ClusterFrame).t;
    const tasks: number[] = [];
    const instances: number[] = [];
    while (k < events.length && (events[k] as SimEvent).t <= f.t) {
      const e = events[k++] as SimEvent;
      if (e.t <= from) continue;
      if (e.type === 'TaskStateChange' && e.lastStatus === 'STOPPED') tasks.push(idOf(e.taskId), STOPPED, idOf(e.instanceId));
      else if (e.type === 'InstanceStateChange' && e.state === 'Terminated') instances.push(idOf(e.instanceId), TERMINATED, 0, 0);
    }
    if (tasks.length === 0 && instances.length === 0) return f;
    return { ...f, tasks: Int32Array.from([...f.tasks, ...tasks]), instances: Int32Array.from([...f.instances, ...instances]) };
  });
}

/** Decodes a frame's tasks for rendering (sorted by id, stable across frames). */
export function framedTasks(f: ClusterFrame): { id: number; state: number; instance: number }[] {
  const out: { id: number; state: number; instance: number }[] = [];
  for (let k = 0; k + 2 < f.tasks.length; k += 3)
    out.push({ id: f.tasks[k] as number, state: f.tasks[k + 1] as number, instance: f.tasks[k + 2] as number });
  return out.sort((a, b) => a.id - b.id);
}

export interface FramedInstance {
  id: number;
  state: number;
  cpuUsed: number;
  memoryUsed: number;
  /** The node's own size (EKS); null: the cluster's instance type. */
  cpu: number | null;
  memory: number | null;
}

export function framedInstances(f: ClusterFrame): FramedInstance[] {
  const sizes = new Map<number, [number, number]>();
  if (f.sizes)
    for (let k = 0; k + 2 < f.sizes.length; k += 3) sizes.set(f.sizes[k] as number, [f.sizes[k + 1] as number, f.sizes[k + 2] as number]);
  const out: FramedInstance[] = [];
  for (let k = 0; k + 3 < f.instances.length; k += 4) {
    const id = f.instances[k] as number;
    const size = sizes.get(id);
    out.push({
      id,
      state: f.instances[k + 1] as number,
      cpuUsed: f.instances[k + 2] as number,
      memoryUsed: f.instances[k + 3] as number,
      cpu: size ? size[0] : null,
      memory: size ? size[1] : null,
    });
  }
  return out.sort((a, b) => a.id - b.id);
}

/** Index of the frame shown at time t (the latest minute boundary at or before t). */
export function frameIndexAt(t: number, frames: number): number {
  return Math.max(0, Math.min(frames - 1, Math.floor(t / 60)));
}
