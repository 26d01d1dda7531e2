/**
 * Incidents (scenario `incidents`, lib/sim/README.md "Incidents"): things that happen to a running
 * service, at a time. Each start and end is an `Incident` event; the tasks it stops carry ECS's
 * stop code and reason in their TaskStateChange events, and the service scheduler replaces them.
 */
import { emitTaskEvent, instanceName } from './events';
import { launchInstance } from './instances';
import { planHealth } from './health';
import type { Incident } from './rollout-schema';
import type { RolloutState } from './rollout-types';
import type { Scenario } from './schema';
import { failRunningTask, markStopped, placeWaitingTasks, reconcile, stopTask } from './tasks';
import type { Instance, SimState, Task } from './types';

/** Fargate Spot and EC2 Spot: "a two-minute warning" before the capacity is taken back. */
export const SPOT_WARNING_SECONDS = 120;

/** The times incidents have work due (a start, a window's end, a Spot instance's termination, a relaunch). */
export function incidentTimes(sc: Scenario, ro: RolloutState): number[] {
  const out: number[] = [];
  const next = ro.incidentOrder[ro.nextIncident];
  if (next !== undefined) out.push((sc.incidents[next] as Incident).at);
  for (const e of ro.incidentEnds) out.push(e.at);
  for (const at of ro.instanceLaunchAt) out.push(at);
  return out;
}

const byNewest = (a: Task, b: Task) => b.id - a.id;

function event(s: SimState, t: number, inc: Incident, phase: 'start' | 'end', tasks: number, instances: number, detail: string): void {
  s.events.push({ t, type: 'Incident', incident: inc.type, phase, tasks, instances, detail });
}

function crash(s: SimState, t: number, count: number): number {
  const victims = s.tasks
    .filter((task) => task.status === 'RUNNING')
    .sort(byNewest)
    .slice(0, count);
  for (const task of victims) failRunningTask(s, task, t, 'Essential container in task exited', 'EssentialContainerExited');
  return victims.length;
}

function stopNow(s: SimState, task: Task, t: number, reason: string, stopCode: string): void {
  if (task.status === 'RUNNING') failRunningTask(s, task, t, reason, stopCode);
  else {
    if (task.status === 'DEACTIVATING') {
      s.totals.failed += task.backlog;
      s.acc.failed += task.backlog;
      s.drainBacklog -= task.backlog;
      task.backlog = 0;
    }
    task.stopReason = reason;
    task.stopCode = stopCode;
    markStopped(s, task, t, reason);
  }
}

function removeInstance(s: SimState, t: number, i: Instance): void {
  const k = s.instances.indexOf(i);
  if (k >= 0) s.instances.splice(k, 1);
  s.events.push({ t, type: 'InstanceStateChange', instanceId: instanceName(i.id), state: 'Terminated' });
}

function azOutage(s: SimState, t: number, inc: Extract<Incident, { type: 'AvailabilityZoneOutage' }>): [number, number] {
  const z = s.scenario.availabilityZones.indexOf(inc.availabilityZone);
  s.ro.azDownUntil[z] = t + inc.durationSeconds;
  const reason = `Task stopped: Availability Zone ${inc.availabilityZone} is impaired`;
  // The zone is down from here: replacements started while its tasks stop are placed elsewhere (placement's fits()).
  const lost = s.instances.filter((i) => i.az === z);
  let tasks = 0;
  for (const task of s.tasks.slice())
    if (task.az === z && task.status !== 'STOPPED') {
      stopNow(s, task, t, reason, 'ServiceSchedulerInitiated');
      tasks++;
    }
  for (const i of lost) {
    removeInstance(s, t, i);
    // The Auto Scaling group keeps its desired capacity: it replaces them in the zones that are up.
    s.ro.instanceLaunchAt.push(t);
  }
  s.tasks = s.tasks.filter((task) => task.status !== 'STOPPED');
  return [tasks, lost.length];
}

function spotInterruption(s: SimState, t: number, inc: Extract<Incident, { type: 'SpotInterruption' }>): [number, number] {
  s.ro.spotUnavailableUntil = Math.max(s.ro.spotUnavailableUntil, t + inc.unavailableSeconds);
  const deadline = t + SPOT_WARNING_SECONDS;
  const spotTasks = s.tasks
    .filter((task) => task.status === 'RUNNING' && s.d.providers[task.provider]?.spot)
    .sort(byNewest)
    .slice(0, inc.count);
  for (const task of spotTasks) {
    task.deadline = deadline;
    task.stopCode = 'SpotInterruption';
    task.stopReason = 'Your Spot Task was interrupted.';
    // The warning: a task state change event and SIGTERM; the service starts a replacement.
    emitTaskEvent(s, t, task, 'RUNNING', 'Your Spot Task was interrupted.', 'SpotInterruption');
    stopTask(s, task, t);
  }
  const instances = s.instances
    .filter((i) => i.status === 'InService' && i.terminateAt < 0)
    .sort((a, b) => b.taskCount - a.taskCount || b.id - a.id)
    .slice(0, inc.instances);
  for (const i of instances) {
    // ECS_ENABLE_SPOT_INSTANCE_DRAINING: the instance goes DRAINING and its service tasks are replaced elsewhere.
    i.terminateAt = deadline;
    for (const task of s.tasks.slice())
      if (task.instance === i.id && task.status !== 'STOPPED' && task.status !== 'DEACTIVATING' && task.status !== 'STOPPING') {
        task.deadline = deadline;
        task.stopCode = 'SpotInterruption';
        task.stopReason = `Container instance ${instanceName(i.id)} is draining: EC2 Spot Instance interruption notice`;
        stopTask(s, task, t);
      }
    s.ro.instanceLaunchAt.push(Math.max(deadline, s.ro.spotUnavailableUntil));
  }
  if (s.ro.spotUnavailableUntil > t) s.ro.incidentEnds.push({ at: s.ro.spotUnavailableUntil, incident: -1 });
  return [spotTasks.length, instances.length];
}

function start(s: SimState, t: number, index: number): void {
  const inc = s.scenario.incidents[index] as Incident;
  let tasks = 0;
  let instances = 0;
  let detail = '';
  switch (inc.type) {
    case 'TaskCrash':
      tasks = crash(s, t, inc.count);
      detail = `the essential container exited in ${tasks} RUNNING task${tasks === 1 ? '' : 's'}`;
      break;
    case 'ImagePullFailure':
      s.ro.imagePullFailingUntil = t + inc.durationSeconds;
      s.ro.incidentEnds.push({ at: t + inc.durationSeconds, incident: index });
      detail = `the image cannot be pulled for ${inc.durationSeconds} s: tasks that start in this window go PENDING → STOPPED`;
      break;
    case 'HealthCheckFailure':
      s.ro.healthFailingUntil = t + inc.durationSeconds;
      s.ro.incidentEnds.push({ at: t + inc.durationSeconds, incident: index });
      for (const task of s.tasks)
        if (task.status === 'RUNNING' && !task.unhealthy) {
          planHealth(s, task, t, !task.serving);
          if (task.unhealthyAt >= 0 && task.unhealthyAt < s.nextTaskEventAt) s.nextTaskEventAt = task.unhealthyAt;
          if (task.healthyAt < s.nextTaskEventAt) s.nextTaskEventAt = task.healthyAt;
          tasks++;
        }
      detail = `the health check path fails on every task for ${inc.durationSeconds} s`;
      break;
    case 'AvailabilityZoneOutage':
      [tasks, instances] = azOutage(s, t, inc);
      s.ro.incidentEnds.push({ at: t + inc.durationSeconds, incident: index });
      detail = `${inc.availabilityZone} is down for ${inc.durationSeconds} s: ${tasks} task${tasks === 1 ? '' : 's'} and ${instances} instance${instances === 1 ? '' : 's'} in it stopped`;
      break;
    case 'SpotInterruption':
      [tasks, instances] = spotInterruption(s, t, inc);
      detail = `two-minute warning to ${[
        tasks > 0 || instances === 0 ? `${tasks} Fargate Spot task${tasks === 1 ? '' : 's'}` : '',
        instances > 0 ? `${instances} EC2 Spot instance${instances === 1 ? '' : 's'}` : '',
      ]
        .filter(Boolean)
        .join(' and ')}${inc.unavailableSeconds > 0 ? `; no Spot capacity for ${inc.unavailableSeconds} s` : ''}`;
      break;
  }
  event(s, t, inc, 'start', tasks, instances, detail);
  reconcile(s, t);
}

function end(s: SimState, t: number, index: number): void {
  if (index < 0) {
    placeWaitingTasks(s, t); // Spot capacity is back
    return;
  }
  const inc = s.scenario.incidents[index] as Incident;
  const detail =
    inc.type === 'AvailabilityZoneOutage'
      ? `${inc.availabilityZone} is back; ECS does not move tasks back on its own`
      : inc.type === 'ImagePullFailure'
        ? 'the image can be pulled again'
        : 'the health check passes again';
  event(s, t, inc, 'end', 0, 0, detail);
  reconcile(s, t);
}

/** Spot instances whose two minutes are up are terminated, with whatever still runs on them. */
function terminateInterrupted(s: SimState, t: number): void {
  for (const i of s.instances.slice()) {
    if (i.terminateAt < 0 || i.terminateAt > t) continue;
    for (const task of s.tasks)
      if (task.instance === i.id && task.status !== 'STOPPED')
        stopNow(s, task, t, task.stopReason ?? 'instance terminated', 'SpotInterruption');
    removeInstance(s, t, i);
  }
  s.tasks = s.tasks.filter((task) => task.status !== 'STOPPED');
}

export function advanceIncidents(s: SimState, t: number): void {
  const ro = s.ro;
  while (ro.nextIncident < ro.incidentOrder.length) {
    const index = ro.incidentOrder[ro.nextIncident] as number;
    if ((s.scenario.incidents[index] as Incident).at > t) break;
    ro.nextIncident++;
    start(s, t, index);
  }
  if (ro.incidentEnds.length > 0) {
    const due = ro.incidentEnds.filter((e) => e.at <= t);
    ro.incidentEnds = ro.incidentEnds.filter((e) => e.at > t);
    for (const e of due) end(s, t, e.incident);
  }
  if (s.instances.some((i) => i.terminateAt >= 0 && i.terminateAt <= t)) terminateInterrupted(s, t);
  if (ro.instanceLaunchAt.length > 0) {
    const launches = ro.instanceLaunchAt.filter((at) => at <= t).length;
    ro.instanceLaunchAt = ro.instanceLaunchAt.filter((at) => at > t);
    for (let k = 0; k < launches; k++) launchInstance(s, t);
  }
}

/** Spot instances about to be terminated (their termination times), for the next-due time. */
export function pendingTerminations(s: SimState): number {
  let next = Infinity;
  for (const i of s.instances) if (i.terminateAt >= 0 && i.terminateAt < next) next = i.terminateAt;
  return next;
}
