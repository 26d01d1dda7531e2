/**
 * The two limits that depend on how a run unfolds (limits.ts MAX_EVENTS, MAX_LIVE_TASKS), checked
 * by the engine itself at every minute boundary, so every runner (simulate, the CLI's stepping, the
 * playground's worker) stops at the same minute with the same message whatever its chunking.
 */
import { MAX_EVENTS, MAX_LIVE_TASKS } from './limits';
import type { SimState } from './types';

export type RunLimit = 'events' | 'liveTasks';

/** A run went past a run-time limit at simulated time `t` (seconds); `message` says which and what to change. */
export class RunLimitError extends Error {
  constructor(
    public readonly limit: RunLimit,
    public readonly t: number,
    message: string,
  ) {
    super(message);
    this.name = 'RunLimitError';
  }
}

/** Simulated time as h:mm (hours not capped at 24: a run lasts up to a week). */
function clock(t: number): string {
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Throws RunLimitError once the live tasks (draining ones included) or the recorded events pass their limit. */
export function checkRunLimits(s: SimState): void {
  if (s.tasks.length > MAX_LIVE_TASKS)
    throw new RunLimitError(
      'liveTasks',
      s.t,
      `more than ${MAX_LIVE_TASKS.toLocaleString('en-US')} tasks were alive at once by ${clock(s.t)} of simulated time, most of them still draining; lower loadBalancer.deregistrationDelaySeconds or scale in less often`,
    );
  if (s.events.length > MAX_EVENTS)
    throw new RunLimitError(
      'events',
      s.t,
      `the run recorded more than ${MAX_EVENTS.toLocaleString('en-US')} events by ${clock(s.t)} of simulated time (tasks and instances changing state); shorten durationSeconds or make the scaling calmer`,
    );
}
