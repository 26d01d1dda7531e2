/**
 * Target group health checks as the engine times them (aws-facts §7, lib/sim/README.md): a target
 * registered when its task is RUNNING is checked every `healthCheckIntervalSeconds`; "it must pass
 * one health check to be considered healthy"; `unhealthyThresholdCount` consecutive failures (default
 * 2) make it unhealthy, `healthyThresholdCount` passes (default 5) healthy again. ECS ignores the
 * result within the service's `healthCheckGracePeriodSeconds` (default 0). The times are computed
 * when a task starts (or when a health check failure begins), so nothing is checked per second.
 * Then what ECS and the load balancer do with the result: a healthy target takes traffic, an
 * unhealthy one is replaced, and when every target is unhealthy the load balancer fails open.
 */
import { onTaskFailed, onTaskHealthy } from './deployments';
import { closeSegment } from './metrics';
import { noteTaskEventAt, stopTask } from './tasks';
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

function enterActive(s: SimState, task: Task): void {
  s.nActive++;
  s.providerCounts[task.provider] = (s.providerCounts[task.provider] as number) + 1;
}

/** The task starts or stops taking its share of the traffic (serving counts per revision too). */
export function setServing(s: SimState, task: Task, on: boolean): void {
  if (task.serving === on) return;
  task.serving = on;
  const d = on ? 1 : -1;
  s.nServing += d;
  s.ro.servingByRev[task.revision] = (s.ro.servingByRev[task.revision] ?? 0) + d;
}

/** §7: "If all targets are unhealthy, the load balancer fails open": unhealthy targets get the traffic. */
export function updateFailOpen(s: SimState, t: number): void {
  const ro = s.ro;
  if (!ro.failOpen && s.nServing === 0 && ro.nUnhealthy > 0) {
    ro.failOpen = true;
    for (const task of s.tasks) if (task.unhealthy && task.status === 'RUNNING') setServing(s, task, true);
    s.events.push({
      t,
      type: 'ServiceEvent',
      message: `every registered target is unhealthy (${ro.nUnhealthy}): the load balancer fails open and routes requests to all of them`,
    });
  } else if (ro.failOpen && (ro.nUnhealthy === 0 || s.nServing > countUnhealthyServing(s))) endFailOpen(s, t);
}

function countUnhealthyServing(s: SimState): number {
  let n = 0;
  for (const task of s.tasks) if (task.unhealthy && task.serving) n++;
  return n;
}

function endFailOpen(s: SimState, t: number): void {
  s.ro.failOpen = false;
  for (const task of s.tasks) if (task.unhealthy && task.serving) setServing(s, task, false);
  if (s.ro.nUnhealthy > 0)
    s.events.push({ t, type: 'ServiceEvent', message: 'a target is healthy again: the load balancer stops failing open' });
}

/** A RUNNING task passes its first health check: from now on it takes its share of the traffic. */
export function markServing(s: SimState, task: Task, t: number): void {
  closeSegment(s, task, t, false);
  if (s.ro.failOpen) endFailOpen(s, t);
  if (task.unhealthy) {
    // Healthy again (healthyThresholdCount passes): back in the live count.
    task.unhealthy = false;
    s.ro.nUnhealthy--;
    enterActive(s, task);
  }
  setServing(s, task, true);
  task.healthyAt = Infinity;
  task.unhealthyAt = -1;
  onTaskHealthy(s, task);
}

/**
 * The load balancer marks a RUNNING target unhealthy and ECS acts: it leaves the live count and a
 * replacement starts first while maximumPercent allows (since October 2023), else it is stopped.
 */
export function markUnhealthy(s: SimState, task: Task, t: number): void {
  closeSegment(s, task, t, false);
  task.unhealthyAt = -1;
  if (task.serving) setServing(s, task, false);
  s.nActive--;
  s.providerCounts[task.provider] = (s.providerCounts[task.provider] as number) - 1;
  task.unhealthy = true;
  s.ro.nUnhealthy++;
  task.stopReason = `Task failed ELB health checks in (target-group ${TARGET_GROUP})`;
  task.stopCode = 'ServiceSchedulerInitiated';
  onTaskFailed(s, task, t);
  if (task.healthyAt !== Infinity) noteTaskEventAt(s, task.healthyAt);
  const max = Math.floor((s.desired * (s.scenario.deploymentConfiguration?.maximumPercent ?? 200)) / 100);
  if (s.nActive + s.ro.nUnhealthy > max) stopTask(s, task, t);
  updateFailOpen(s, t);
}

/** A healthy replacement lets ECS stop an unhealthy task (the oldest). */
export function retireUnhealthy(s: SimState, t: number): void {
  if (s.ro.nUnhealthy === 0 || s.ro.failOpen) return;
  for (const task of s.tasks)
    if (task.unhealthy && task.status === 'RUNNING') {
      stopTask(s, task, t);
      return;
    }
}

export const TARGET_GROUP = 'ecs-svc-tg';
