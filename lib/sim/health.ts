/**
 * Target group health checks as the engine times them (aws-facts §7, lib/sim/README.md): a target
 * registered when its task is RUNNING is checked every `healthCheckIntervalSeconds`; "it must pass
 * one health check to be considered healthy"; `unhealthyThresholdCount` consecutive failures (default
 * 2) make it unhealthy, `healthyThresholdCount` passes (default 5) healthy again. ECS ignores the
 * result within the service's `healthCheckGracePeriodSeconds` (default 0). The times are computed
 * when a task starts (or when a health check failure begins), so nothing is checked per second.
 */
import type { SimState, Task } from './types';

/** The first check time ≥ `from` (checks at r + I, r + 2I, …). */
function checkAtOrAfter(r: number, interval: number, from: number): number {
  const k = Math.max(1, Math.ceil((from - r) / interval));
  return r + k * interval;
}

/** When the app first passes a check for a task RUNNING since r (Infinity: never). */
function firstPass(s: SimState, task: Task, r: number, interval: number): number {
  const rev = s.ro.revisions[task.revision];
  if (!rev || rev.failure === 'failsHealthCheck') return Infinity;
  let at = checkAtOrAfter(r, interval, r + rev.readyAfter);
  if (at < s.ro.healthFailingUntil) at = checkAtOrAfter(r, interval, s.ro.healthFailingUntil);
  return at;
}

/**
 * Plans a RUNNING task's health from `now`: sets healthyAt (first healthy moment, Infinity: never)
 * and unhealthyAt (when ECS acts on an unhealthy target, −1: never). `fresh`: the target was just
 * registered (initial state); otherwise it was healthy and starts failing at `now`.
 */
export function planHealth(s: SimState, task: Task, now: number, fresh: boolean): void {
  const lb = s.scenario.loadBalancer;
  if (!lb) return;
  const interval = lb.healthCheckIntervalSeconds;
  const r = task.runningAt;
  const grace = r + s.scenario.service.healthCheckGracePeriodSeconds;
  const pass = firstPass(s, task, r, interval);
  const failChecks = lb.unhealthyThresholdCount;
  // Initial → healthy after one pass; initial (or healthy) → unhealthy after U consecutive failures.
  const unhealthyBy = fresh ? r + failChecks * interval : checkAtOrAfter(r, interval, now + (failChecks - 1) * interval + 1);
  if (fresh && pass <= unhealthyBy) {
    task.healthyAt = pass;
    task.unhealthyAt = -1;
    return;
  }
  if (!fresh && pass <= unhealthyBy) {
    // The failure ends before the threshold: the target stays healthy.
    task.unhealthyAt = -1;
    return;
  }
  const recover = pass === Infinity ? Infinity : pass + (lb.healthyThresholdCount - 1) * interval;
  const acts = Math.max(unhealthyBy, checkAtOrAfter(r, interval, grace));
  task.unhealthyAt = acts < recover ? acts : -1;
  task.healthyAt = recover;
}
