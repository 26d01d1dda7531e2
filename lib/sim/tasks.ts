/**
 * The ECS service scheduler and the task lifecycle (aws-facts §9):
 * PROVISIONING → PENDING → RUNNING → (DEACTIVATING →) STOPPING → STOPPED. The scheduler keeps the
 * number of live tasks equal to the desired count. A task leaving behind a load balancer drains
 * for the whole deregistration delay (clients hold keep-alive connections; ECS waits for the
 * target to reach UNUSED), then gets SIGTERM and its `stopTimeout` before it is STOPPED; it holds
 * its instance's resources and is billed until then. Counters on the state are kept in step with
 * every transition so the per-second loop never has to scan the tasks.
 */
import { emitTaskEvent } from './events';
import { markServing, markUnhealthy, planHealth, retireUnhealthy, setServing, updateFailOpen } from './health';
import { chooseFargateAz } from './zones';
import { reconcileDuringDeployment, onTaskFailed, throttleFailure } from './deployments';
import { closeSegment, openSegment } from './metrics';
import { chooseLaunchProvider, chooseStopProvider } from './capacity';
import { chooseInstance, chooseTaskToStop, fargateStopOrder, instanceStopKeys, stopKey } from './placement';
import { randomInt } from './prng';
import type { Instance, SimState, Task } from './types';

/** Why a task stopped when nothing else set a reason (scale-in), in the platform's own words. */
const SCALE_IN_REASON: Record<SimState['d']['platform'], string> = {
  ECS: 'Scaling activity initiated by (deployment ecs-svc)',
  EKS: 'Deleted by its ReplicaSet: the Deployment was scaled down',
  APP_RUNNER: 'App Runner scaled in',
};
const scaleInReason = (s: SimState): string => SCALE_IN_REASON[s.d.platform];
/** The container exits seconds after RUNNING (model: 5 s). */
export const EXIT_AT_START_SECONDS = 5;

function instanceById(s: SimState, id: number): Instance | undefined {
  return s.instances.find((i) => i.id === id);
}

export function noteTaskEventAt(s: SimState, at: number): void {
  if (at < s.nextTaskEventAt) s.nextTaskEventAt = at;
}

function startTime(s: SimState, task: Task): number {
  const [min, max] = s.ro.revisions[task.revision]?.startRange ?? s.d.startRange;
  return min === max ? min : randomInt(s, min, max);
}

/** Puts a task on an instance and starts pulling it: PENDING until its start time has passed. */
function begin(s: SimState, task: Task, instance: Instance | undefined, t: number): void {
  if (instance) {
    task.instance = instance.id;
    task.az = instance.az;
    instance.cpuUsed += s.d.taskCpu;
    instance.memoryUsed += s.d.taskMemory;
    instance.taskCount++;
  }
  task.status = 'PENDING';
  task.runningAt = t + startTime(s, task);
  noteTaskEventAt(s, task.runningAt);
  emitTaskEvent(s, t, task, 'PENDING');
}

function newTask(s: SimState, t: number, provider: number, revision: number): Task {
  const task: Task = {
    id: s.nextTaskId++,
    status: 'PROVISIONING',
    provider,
    instance: 0,
    revision,
    az: -1, // not placed yet (an EC2 task takes its instance's zone)
    unhealthyAt: -1,
    exitAt: -1,
    unhealthy: false,
    deadline: -1,
    stopReason: null,
    stopCode: null,
    launchedAt: t,
    runningAt: -1,
    healthyAt: -1,
    serving: false,
    stopAt: -1,
    backlog: 0,
    segStart: t,
    segCpu: 0,
    segMem: 0,
    minSeconds: 0,
    minCpu: 0,
    minMem: 0,
  };
  s.tasks.push(task);
  s.nActive++;
  s.providerCounts[provider] = (s.providerCounts[provider] as number) + 1;
  return task;
}

/** The task is no longer live (stopping or stopped): it leaves the strategy's counts. */
function leaveActive(s: SimState, task: Task): void {
  if (task.unhealthy) {
    // Already out of the live count since it was marked unhealthy.
    task.unhealthy = false;
    s.ro.nUnhealthy--;
    return;
  }
  s.nActive--;
  s.providerCounts[task.provider] = (s.providerCounts[task.provider] as number) - 1;
}

/** Tasks that fit nowhere wait in PROVISIONING only when placed through a capacity provider with managed scaling. */
const canWaitForCapacity = (s: SimState): boolean =>
  s.d.platform === 'EKS' || (s.d.viaCapacityProvider && s.scenario.cluster?.managedScaling.status === 'ENABLED'); // EKS: Pending until a node has room

/**
 * Starts one task; false when it cannot be placed and cannot wait (§4: without managed scaling
 * "tasks that can't find capacity will fail immediately"; a launch type bypasses capacity providers).
 */
export function launchTask(s: SimState, t: number, revision = s.ro.current): boolean {
  const provider = chooseLaunchProvider(s.d.providers, s.providerCounts);
  if (s.d.fargate) {
    const az = chooseFargateAz(s);
    const task = newTask(s, t, provider, revision);
    task.az = az;
    s.billed[provider] = (s.billed[provider] as number) + 1; // Fargate bills from launch (§6)
    // No Spot capacity left: the task waits (a Spot interruption's unavailable window).
    if (s.d.providers[provider]?.spot && t < s.ro.spotUnavailableUntil) emitTaskEvent(s, t, task, 'PROVISIONING');
    else begin(s, task, undefined, t);
    return true;
  }
  const instance = chooseInstance(s);
  if (!instance && !canWaitForCapacity(s)) return false;
  const task = newTask(s, t, provider, revision);
  if (instance) begin(s, task, instance, t);
  else emitTaskEvent(s, t, task, 'PROVISIONING'); // §4: waits for the Auto Scaling group
  return true;
}

/** Marks a task RUNNING now: it is then counted, and (without a load balancer) served at once. */
export function markRunning(s: SimState, task: Task, t: number, quiet = false): void {
  task.status = 'RUNNING';
  task.runningAt = t;
  s.nRunning++;
  if (!quiet) emitTaskEvent(s, t, task, 'RUNNING');
  s.ro.throttleFailures = 0; // a task that reaches RUNNING ends the throttle's count (service-throttle-logic)
  if (s.ro.revisions[task.revision]?.failure === 'exitsAtStart') {
    task.exitAt = t + EXIT_AT_START_SECONDS;
    noteTaskEventAt(s, task.exitAt);
  }
  if (!s.d.hasLoadBalancer) {
    setServing(s, task, true);
  } else {
    // §7: "After your target is registered, it must pass one health check to be considered healthy."
    planHealth(s, task, t, true);
    noteTaskEventAt(s, task.healthyAt);
    if (task.unhealthyAt >= 0) noteTaskEventAt(s, task.unhealthyAt);
  }
  openSegment(s, task, t);
}

export function markStopped(s: SimState, task: Task, t: number, reason: string): void {
  if (task.status === 'RUNNING') closeSegment(s, task, t, true);
  if (task.status === 'DEACTIVATING') s.nDraining--;
  else if (task.status === 'STOPPING') s.nStopping--;
  else leaveActive(s, task);
  if (task.status === 'RUNNING') s.nRunning--;
  setServing(s, task, false);
  task.status = 'STOPPED';
  if (task.instance > 0) {
    const i = instanceById(s, task.instance);
    if (i) {
      i.cpuUsed -= s.d.taskCpu;
      i.memoryUsed -= s.d.taskMemory;
      i.taskCount--;
    }
  }
  if (s.d.fargate) {
    s.billed[task.provider] = (s.billed[task.provider] as number) - 1;
    // §6: "one-minute minimum": top up a short-lived task to 60 s when it stops.
    const lived = t - task.launchedAt;
    if (lived < 60) s.cost += (60 - lived) * (s.d.taskPricePerSecond[task.provider] as number);
  }
  // stopCode is ECS's field; a pod or an App Runner instance has none.
  emitTaskEvent(
    s,
    t,
    task,
    'STOPPED',
    task.stopReason ?? reason,
    task.stopCode ?? (s.d.platform === 'ECS' ? 'ServiceSchedulerInitiated' : null),
  );
}

/**
 * SIGTERM: the task is STOPPING for its `stopTimeout` (the model assumes the app uses all of it, as
 * one that does not handle SIGTERM does before its SIGKILL), then STOPPED.
 */
function beginStopping(s: SimState, task: Task, t: number): void {
  const timeout = s.scenario.service.stopTimeout;
  if (timeout <= 0) {
    markStopped(s, task, t, scaleInReason(s));
    return;
  }
  if (task.status === 'RUNNING') closeSegment(s, task, t, true);
  if (task.status === 'DEACTIVATING') s.nDraining--;
  else leaveActive(s, task);
  if (task.status === 'RUNNING') s.nRunning--;
  setServing(s, task, false);
  s.nStopping++;
  task.status = 'STOPPING';
  task.stopAt = t + timeout;
  noteTaskEventAt(s, task.stopAt);
  emitTaskEvent(s, t, task, 'STOPPING');
}

/** Stops a task for scale-in; behind a load balancer a RUNNING task drains first (§7). */
export function stopTask(s: SimState, task: Task, t: number): void {
  if (task.status === 'RUNNING' && s.d.hasLoadBalancer) {
    closeSegment(s, task, t, true);
    if (task.serving) {
      // The draining task takes its share of the queued requests with it and finishes them.
      task.backlog = s.webQueue / s.nServing;
      s.webQueue -= task.backlog;
      s.drainBacklog += task.backlog;
      setServing(s, task, false);
    }
    s.nRunning--;
    leaveActive(s, task);
    s.nDraining++;
    task.status = 'DEACTIVATING';
    task.stopAt = t + (s.scenario.loadBalancer?.deregistrationDelaySeconds ?? 0);
    if (task.deadline >= 0 && task.stopAt > task.deadline) task.stopAt = task.deadline;
    noteTaskEventAt(s, task.stopAt);
    emitTaskEvent(s, t, task, 'DEACTIVATING', null, task.stopCode);
    updateFailOpen(s, t);
    return;
  }
  if (task.status === 'RUNNING') beginStopping(s, task, t);
  else markStopped(s, task, t, scaleInReason(s)); // not started yet: nothing to shut down
}

/**
 * Evicts a task from a node being drained (EKS): it shuts down as on scale-in, and the scheduler
 * starts a replacement wherever there is room, so the desired count holds.
 */
export function evictTask(s: SimState, task: Task, t: number, reason: string): void {
  task.stopReason ??= reason;
  stopTask(s, task, t);
  reconcile(s, t);
}

/** The service throttle and a failed deployment without rollback hold launches back. */
export function canLaunch(s: SimState, t: number): boolean {
  return t >= s.ro.throttleUntil && s.ro.current !== s.ro.haltedRevision;
}

/** Places PROVISIONING tasks, oldest first, wherever capacity has appeared. */
export function placeWaitingTasks(s: SimState, t: number): void {
  for (const task of s.tasks) {
    if (task.status !== 'PROVISIONING') continue;
    if (s.d.fargate) {
      if (t >= s.ro.spotUnavailableUntil) begin(s, task, undefined, t);
      continue;
    }
    const instance = chooseInstance(s);
    if (!instance) return;
    begin(s, task, instance, t);
  }
}

/** The service scheduler: start or stop tasks until the live ones match the desired count. */
export function reconcile(s: SimState, t: number): void {
  if (s.ro.active) {
    reconcileDuringDeployment(s, t);
    return;
  }
  let failed = false;
  while (s.nActive < s.desired && !failed && canLaunch(s, t)) failed = !launchTask(s, t);
  if (failed) {
    s.events.push({
      t,
      type: 'ServiceEvent',
      message: `service was unable to place a task because no container instance met all of its requirements (${
        s.d.viaCapacityProvider
          ? 'managed scaling is DISABLED'
          : 'launchType EC2: its tasks are not placed through the capacity provider, so managed scaling adds no instances for them'
      })`,
    });
  }
  if (s.nActive <= s.desired) return;
  if (s.d.fargate) {
    const order = fargateStopOrder(s);
    const next = order.map(() => 0);
    while (s.nActive > s.desired) {
      const provider = s.d.providers.length > 1 ? chooseStopProvider(s.d.providers, s.providerCounts) : 0;
      const task = order[provider]?.[next[provider] as number];
      if (!task) break;
      next[provider] = (next[provider] as number) + 1;
      stopTask(s, task, t);
    }
    return;
  }
  const keys = instanceStopKeys(s);
  while (s.nActive > s.desired) {
    const provider = s.d.providers.length > 1 ? chooseStopProvider(s.d.providers, s.providerCounts) : -1;
    const task = chooseTaskToStop(s, keys, provider);
    if (!task) break;
    stopTask(s, task, t);
    // EKS ranks nodes by the replicas still live on them: one fewer now, even while it shuts down.
    if (s.d.platform === 'EKS' && task.status !== 'STOPPED' && task.instance > 0) keys[task.instance] = (keys[task.instance] ?? 0) - 1;
    // A task not started yet stops at once and frees its instance: its key changes.
    else if (task.status === 'STOPPED' && task.instance > 0) {
      const i = instanceById(s, task.instance);
      if (i) keys[i.id] = stopKey(s, i);
    }
  }
}

/** Phase (c) for tasks: start, become healthy, end draining, stop. Scans only when something is due. */
export function advanceTasks(s: SimState, t: number): void {
  if (t < s.nextTaskEventAt) return;
  // Work the loop starts (a deployment's rollback, a replacement) notes its own times here.
  s.nextTaskEventAt = Infinity;
  let next = Infinity;
  let stopped = false;
  let healthy = 0;
  let lost = false;
  for (const task of s.tasks) {
    if (task.deadline >= 0 && task.deadline <= t && task.status !== 'STOPPED') {
      // A Spot interruption's two minutes are up: whatever is left stops now.
      if (task.status === 'DEACTIVATING') {
        s.totals.failed += task.backlog;
        s.acc.failed += task.backlog;
        s.drainBacklog -= task.backlog;
        task.backlog = 0;
      }
      markStopped(s, task, t, scaleInReason(s));
      stopped = true;
      continue;
    }
    if (task.status === 'PENDING' && task.runningAt <= t) {
      if (failsToStart(s, task, t)) {
        task.stopReason = 'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref';
        task.stopCode = 'TaskFailedToStart';
        markStopped(s, task, t, scaleInReason(s));
        throttleFailure(s, t);
        onTaskFailed(s, task, t);
        stopped = true;
        lost = true;
        continue;
      }
      markRunning(s, task, t);
    }
    if (task.status === 'RUNNING' && task.exitAt >= 0 && task.exitAt <= t) {
      failRunningTask(s, task, t, 'Essential container in task exited', 'EssentialContainerExited');
      stopped = true;
      lost = true;
      continue;
    }
    if (task.status === 'RUNNING' && task.unhealthyAt >= 0 && task.unhealthyAt <= t) {
      markUnhealthy(s, task, t);
      lost = true;
    }
    if (task.status === 'RUNNING' && !task.serving && s.d.hasLoadBalancer && task.healthyAt <= t) {
      markServing(s, task, t);
      healthy++;
    }
    if (task.status === 'DEACTIVATING' && task.stopAt <= t) {
      // §7: the delay ends draining; requests still queued on the target are cut off (5xx).
      s.totals.failed += task.backlog;
      s.acc.failed += task.backlog;
      s.drainBacklog -= task.backlog;
      task.backlog = 0;
      beginStopping(s, task, t);
      if ((task.status as string) === 'STOPPED') {
        stopped = true;
        continue;
      }
    }
    if (task.status === 'STOPPING' && task.stopAt <= t) {
      markStopped(s, task, t, scaleInReason(s));
      stopped = true;
      continue;
    }
    if ((task.status === 'DEACTIVATING' || task.status === 'STOPPING') && task.stopAt < next) next = task.stopAt;
    if (task.status === 'PENDING' && task.runningAt < next) next = task.runningAt;
    if (task.status === 'RUNNING' && !task.serving && task.healthyAt < next) next = task.healthyAt;
    if (task.status === 'RUNNING' && task.unhealthy && task.healthyAt < next) next = task.healthyAt;
    if (task.status === 'RUNNING' && task.unhealthyAt >= 0 && task.unhealthyAt < next) next = task.unhealthyAt;
    if (task.status === 'RUNNING' && task.exitAt >= 0 && task.exitAt < next) next = task.exitAt;
    if (task.deadline >= 0 && task.deadline < next) next = task.deadline;
  }
  if (s.drainBacklog < 1e-9) s.drainBacklog = 0;
  if (next < s.nextTaskEventAt) s.nextTaskEventAt = next;
  for (let k = 0; k < healthy; k++) retireUnhealthy(s, t);
  if (stopped) {
    s.tasks = s.tasks.filter((task) => task.status !== 'STOPPED');
    if (!s.d.fargate) placeWaitingTasks(s, t);
  }
  // A task lost to a failure is replaced by the service scheduler.
  if (lost || (s.ro.active && (healthy > 0 || stopped))) reconcile(s, t);
}

/** Whether a task's image pull fails as its PENDING time ends (a broken revision, or a registry outage). */
function failsToStart(s: SimState, task: Task, t: number): boolean {
  return s.ro.revisions[task.revision]?.failure === 'cannotPullImage' || t < s.ro.imagePullFailingUntil;
}

/**
 * An essential container exits in a RUNNING task: the task stops at once (no draining: the
 * process is gone), its queued requests fail, and the service starts a replacement.
 */
export function failRunningTask(s: SimState, task: Task, t: number, reason: string, stopCode: string): void {
  if (task.serving && s.nServing > 0) {
    const lostRequests = s.webQueue / s.nServing;
    s.webQueue -= lostRequests;
    s.totals.failed += lostRequests;
    s.acc.failed += lostRequests;
  }
  task.stopReason = reason;
  task.stopCode = stopCode;
  markStopped(s, task, t, reason);
  onTaskFailed(s, task, t);
  updateFailOpen(s, t);
}

/** Drops STOPPED tasks from the list (they live on only in the event log). */
export function compactTasks(s: SimState): void {
  if (s.tasks.length > s.nActive + s.nDraining + s.nStopping) s.tasks = s.tasks.filter((task) => task.status !== 'STOPPED');
}
