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
import { closeSegment, openSegment } from './metrics';
import { chooseLaunchProvider, chooseStopProvider } from './capacity';
import { chooseInstance, chooseTaskToStop, fargateStopOrder, instanceStopKeys, stopKey } from './placement';
import { randomInt } from './prng';
import type { Instance, SimState, Task } from './types';

const SCALE_IN_REASON = 'Scaling activity initiated by (deployment ecs-svc)';

function instanceById(s: SimState, id: number): Instance | undefined {
  return s.instances.find((i) => i.id === id);
}

function noteTaskEventAt(s: SimState, at: number): void {
  if (at < s.nextTaskEventAt) s.nextTaskEventAt = at;
}

function startTime(s: SimState): number {
  const [min, max] = s.d.startRange;
  return min === max ? min : randomInt(s, min, max);
}

/** Puts a task on an instance and starts pulling it: PENDING until its start time has passed. */
function begin(s: SimState, task: Task, instance: Instance | undefined, t: number): void {
  if (instance) {
    task.instance = instance.id;
    instance.cpuUsed += s.d.taskCpu;
    instance.memoryUsed += s.d.taskMemory;
    instance.taskCount++;
  }
  task.status = 'PENDING';
  task.runningAt = t + startTime(s);
  noteTaskEventAt(s, task.runningAt);
  emitTaskEvent(s, t, task, 'PENDING');
}

function newTask(s: SimState, t: number, provider: number): Task {
  const task: Task = {
    id: s.nextTaskId++,
    status: 'PROVISIONING',
    provider,
    instance: 0,
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
function launchTask(s: SimState, t: number): boolean {
  const provider = chooseLaunchProvider(s.d.providers, s.providerCounts);
  if (s.d.fargate) {
    const task = newTask(s, t, provider);
    s.billed[provider] = (s.billed[provider] as number) + 1; // Fargate bills from launch (§6)
    begin(s, task, undefined, t);
    return true;
  }
  const instance = chooseInstance(s);
  if (!instance && !canWaitForCapacity(s)) return false;
  const task = newTask(s, t, provider);
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
  if (!s.d.hasLoadBalancer) {
    task.serving = true;
    s.nServing++;
  } else {
    // §7: "After your target is registered, it must pass one health check to be considered healthy."
    task.healthyAt = t + (s.scenario.loadBalancer?.healthCheckIntervalSeconds ?? 0);
    noteTaskEventAt(s, task.healthyAt);
  }
  openSegment(s, task, t);
}

/** A RUNNING task passes its first health check: from now on it takes its share of the traffic. */
export function markServing(s: SimState, task: Task, t: number): void {
  closeSegment(s, task, t, false);
  task.serving = true;
  s.nServing++;
}

function markStopped(s: SimState, task: Task, t: number, reason: string): void {
  if (task.status === 'RUNNING') closeSegment(s, task, t, true);
  if (task.status === 'DEACTIVATING') s.nDraining--;
  else if (task.status === 'STOPPING') s.nStopping--;
  else leaveActive(s, task);
  if (task.status === 'RUNNING') s.nRunning--;
  if (task.serving) s.nServing--;
  task.serving = false;
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
  emitTaskEvent(s, t, task, 'STOPPED', reason);
}

/**
 * SIGTERM: the task is STOPPING for its `stopTimeout` (the model assumes the app uses all of it, as
 * one that does not handle SIGTERM does before its SIGKILL), then STOPPED.
 */
function beginStopping(s: SimState, task: Task, t: number): void {
  const timeout = s.scenario.service.stopTimeout;
  if (timeout <= 0) {
    markStopped(s, task, t, SCALE_IN_REASON);
    return;
  }
  if (task.status === 'RUNNING') closeSegment(s, task, t, true);
  if (task.status === 'DEACTIVATING') s.nDraining--;
  else leaveActive(s, task);
  if (task.status === 'RUNNING') s.nRunning--;
  if (task.serving) s.nServing--;
  task.serving = false;
  s.nStopping++;
  task.status = 'STOPPING';
  task.stopAt = t + timeout;
  noteTaskEventAt(s, task.stopAt);
  emitTaskEvent(s, t, task, 'STOPPING');
}

/** Stops a task for scale-in; behind a load balancer a RUNNING task drains first (§7). */
function stopTask(s: SimState, task: Task, t: number): void {
  if (task.status === 'RUNNING' && s.d.hasLoadBalancer) {
    closeSegment(s, task, t, true);
    if (task.serving) {
      // The draining task takes its share of the queued requests with it and finishes them.
      task.backlog = s.webQueue / s.nServing;
      s.webQueue -= task.backlog;
      s.drainBacklog += task.backlog;
      s.nServing--;
      task.serving = false;
    }
    s.nRunning--;
    leaveActive(s, task);
    s.nDraining++;
    task.status = 'DEACTIVATING';
    task.stopAt = t + (s.scenario.loadBalancer?.deregistrationDelaySeconds ?? 0);
    noteTaskEventAt(s, task.stopAt);
    emitTaskEvent(s, t, task, 'DEACTIVATING');
    return;
  }
  if (task.status === 'RUNNING') beginStopping(s, task, t);
  else markStopped(s, task, t, SCALE_IN_REASON); // not started yet: nothing to shut down
}

/**
 * Evicts a task from a node being drained (EKS): it shuts down as on scale-in, and the scheduler
 * starts a replacement wherever there is room, so the desired count holds.
 */
export function evictTask(s: SimState, task: Task, t: number): void {
  stopTask(s, task, t);
  reconcile(s, t);
}

/** Places PROVISIONING tasks, oldest first, wherever capacity has appeared. */
export function placeWaitingTasks(s: SimState, t: number): void {
  for (const task of s.tasks) {
    if (task.status !== 'PROVISIONING') continue;
    const instance = chooseInstance(s);
    if (!instance) return;
    begin(s, task, instance, t);
  }
}

/** The service scheduler: start or stop tasks until the live ones match the desired count. */
export function reconcile(s: SimState, t: number): void {
  let failed = false;
  while (s.nActive < s.desired && !failed) failed = !launchTask(s, t);
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
  let next = Infinity;
  let stopped = false;
  for (const task of s.tasks) {
    if (task.status === 'PENDING' && task.runningAt <= t) markRunning(s, task, t);
    if (task.status === 'RUNNING' && !task.serving && s.d.hasLoadBalancer && task.healthyAt <= t) markServing(s, task, t);
    if (task.status === 'DEACTIVATING' && task.stopAt <= t) {
      // §7: the delay ends draining; requests still queued on the target are cut off (5xx).
      s.totals.failed += task.backlog;
      s.acc.failed += task.backlog;
      s.drainBacklog -= task.backlog;
      task.backlog = 0;
      beginStopping(s, task, t);
    }
    if (task.status === 'STOPPING' && task.stopAt <= t) {
      markStopped(s, task, t, SCALE_IN_REASON);
      stopped = true;
      continue;
    }
    if ((task.status === 'DEACTIVATING' || task.status === 'STOPPING') && task.stopAt < next) next = task.stopAt;
    if (task.status === 'PENDING' && task.runningAt < next) next = task.runningAt;
    if (task.status === 'RUNNING' && !task.serving && task.healthyAt < next) next = task.healthyAt;
  }
  if (s.drainBacklog < 1e-9) s.drainBacklog = 0;
  s.nextTaskEventAt = next;
  if (stopped) {
    s.tasks = s.tasks.filter((task) => task.status !== 'STOPPED');
    if (!s.d.fargate) placeWaitingTasks(s, t);
  }
}

/** Drops STOPPED tasks from the list (they live on only in the event log). */
export function compactTasks(s: SimState): void {
  if (s.tasks.length > s.nActive + s.nDraining + s.nStopping) s.tasks = s.tasks.filter((task) => task.status !== 'STOPPED');
}
