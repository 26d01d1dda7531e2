/** Event constructors, so every event of a type has the same fields in the same order. */
import type { ModelNote } from './decisions';
import type { SimState, Task, TaskStatus } from './types';

export const taskName = (id: number): string => `task-${id}`;
export const instanceName = (id: number): string => `i-${id}`;

export function emitTaskEvent(
  s: SimState,
  t: number,
  task: Task,
  status: TaskStatus,
  stoppedReason: string | null = null,
  stopCode: string | null = null,
): void {
  s.events.push({
    t,
    type: 'TaskStateChange',
    taskId: taskName(task.id),
    lastStatus: status,
    instanceId: task.instance > 0 ? instanceName(task.instance) : null,
    capacityProvider: s.d.viaCapacityProvider ? (s.d.providers[task.provider]?.name ?? null) : null,
    stoppedReason,
    stopCode,
  });
}

/** A model simplification the run has reached (once per run). */
export function emitNote(s: SimState, t: number, note: ModelNote): void {
  if (s.notesSeen.includes(note)) return;
  s.notesSeen.push(note);
  s.events.push({ t, type: 'ModelNote', note });
}
