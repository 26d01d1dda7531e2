/**
 * The run loop and the public stepping API. advance() mutates the state in place (and returns it),
 * so a Web Worker can keep one state and step it by any number of seconds; stepping in any chunks
 * gives exactly the result of one simulate() call.
 */
import { runAutoScaling } from './autoscaling';
import { createSimulation } from './create';
import { advanceInstances } from './instances';
import { histogramP95, weightedP95 } from './latency';
import { type Datapoint, highResolutionDatapoint, minuteDatapoint } from './cloudwatch';
import { measureReservation, runManagedScaling } from './managed-scaling';
import {
  backlogDatapoint,
  closeTaskMinutes,
  cpuDatapoint,
  memoryDatapoint,
  requestCountPerTargetDatapoint,
  resetMinuteAcc,
  visibleDatapoint,
} from './metrics';
import { round2, round2OrNull, roundCost } from './round';
import { runPlatform } from './platforms';
import { runPredictive } from './predictive';
import { checkRunLimits } from './run-limits';
import { runScheduledActions } from './scheduled-actions';
import type { Scenario, ScenarioInput } from './schema';
import { advanceTasks, compactTasks } from './tasks';
import type { MinuteRow, Result, SimEvent, SimState, Summary, TaskStatus } from './types';
import { serveSecond } from './workload';
import { emitNote, instanceName, taskName } from './events';
import { advanceRollout, runDeploymentAlarms } from './deployments';
import { revisionRow } from './rollout-views';

/** Phase (b) at a minute's end: its datapoint (published later, cloudwatch.ts) and the metric half of its row. */
function closeMinute(s: SimState, t: number): MinuteRow {
  const acc = s.acc;
  const web = s.scenario.workload.type === 'web';
  closeTaskMinutes(s, t);
  const dp = minuteDatapoint(s, acc, t, measureReservation(s));
  s.pendingMinute.push(dp);
  noteSimplifications(s, t, dp);
  const row: MinuteRow = {
    t,
    desiredCount: 0,
    runningCount: 0,
    pendingCount: 0,
    minCapacity: 0,
    maxCapacity: 0,
    cpuUtilization: round2OrNull(cpuDatapoint(acc)),
    memoryUtilization: round2OrNull(memoryDatapoint(acc)),
    requestsPerSecond: web ? round2(acc.offered / 60) : null,
    requestCountPerTarget: s.d.isAlb ? round2OrNull(requestCountPerTargetDatapoint(acc)) : null,
    p95LatencyMs: web ? round2OrNull(weightedP95(acc.latency, acc.weight, acc.samples)) : null,
    errors5xx: web ? round2(acc.failed) : null,
    messagesPerSecond: web ? null : round2(acc.arrivals / 60),
    queueVisible: web ? null : round2(visibleDatapoint(acc)),
    backlogPerTask: web ? null : round2OrNull(backlogDatapoint(acc)),
    instances: null,
    capacityProviderReservation: dp.reservation ? round2(dp.reservation.value) : null,
    costUsd: 0,
    forecastCapacity: null,
    newRevisionRunning: null,
    oldRevisionRunning: null,
    newRevisionTrafficPercent: null,
  };
  resetMinuteAcc(acc);
  return row;
}

/** Simplifications a run reaches that no decision names (README): said once, when first reached. */
function noteSimplifications(s: SimState, t: number, dp: Datapoint): void {
  if (!s.d.fargate && dp.cpu && dp.cpu.maximum >= 100 - 1e-9) emitNote(s, t, 'cpuCappedAt100');
  if (s.d.providers.some((p) => p.spot) && !s.scenario.incidents.some((i) => i.type === 'SpotInterruption'))
    emitNote(s, t, 'fargateSpotNotInterrupted');
  for (const task of s.tasks)
    if (task.status === 'PROVISIONING' && t - task.launchedAt >= 600) {
      emitNote(s, t, 'provisioningWaitsIndefinitely');
      break;
    }
}

/** Datapoints whose publication time has come reach managed scaling and the policies' alarms. */
function publishDue(s: SimState, t: number): void {
  while (s.pendingMinute.length > 0 && (s.pendingMinute[0] as Datapoint).publishAt <= t) {
    const dp = s.pendingMinute.shift() as Datapoint;
    runManagedScaling(s, t, dp);
    runAutoScaling(s, t, dp);
    runDeploymentAlarms(s, t, dp);
  }
  while (s.pending20.length > 0 && (s.pending20[0] as Datapoint).publishAt <= t) runAutoScaling(s, t, s.pending20.shift() as Datapoint);
}

/** Phases (a) and (b) of second t (SIMULATOR.md "Exact semantics" 2). The row at t = 60k shows the state after both. */
function boundary(s: SimState, t: number): void {
  runScheduledActions(s, t);
  runPredictive(s, t);
  runPlatform(s, t);
  const row = t > 0 && t % 60 === 0 ? closeMinute(s, t) : null;
  if (s.d.highResolution && t > 0 && t % 20 === 0) s.pending20.push(highResolutionDatapoint(s, t));
  publishDue(s, t);
  if (!row) return;
  compactTasks(s);
  row.desiredCount = s.desired;
  row.runningCount = s.nRunning;
  row.pendingCount = s.nActive - s.nRunning;
  row.minCapacity = s.minCapacity;
  row.maxCapacity = s.maxCapacity;
  row.instances = s.d.fargate ? null : s.instances.length; // EKS: nodes
  row.costUsd = roundCost(s.cost);
  row.forecastCapacity = s.predictive ? s.predictive.floor : null;
  revisionRow(s, row);
  s.minutes.push(row);
  checkRunLimits(s);
}

/**
 * Advances the simulation by up to `seconds` simulated seconds (in place; returns the same state).
 * Throws RunLimitError at the first minute boundary past limits.MAX_LIVE_TASKS or MAX_EVENTS.
 */
export function advance(s: SimState, seconds: number): SimState {
  const end = Math.min(s.scenario.durationSeconds, s.t + Math.max(0, Math.floor(seconds)));
  while (s.t < end) {
    const t = s.t;
    // (c) deployments and incidents due, tasks and instances, (d) the load of second t …
    advanceRollout(s, t);
    advanceInstances(s, t);
    advanceTasks(s, t);
    if (s.nRunning > s.totals.maxRunning) s.totals.maxRunning = s.nRunning;
    serveSecond(s, t);
    // … then (a) and (b) of the next second, so a state at t always shows that boundary's work.
    s.t = t + 1;
    boundary(s, s.t);
  }
  if (s.t >= s.scenario.durationSeconds) s.done = true;
  return s;
}

function summaryOf(s: SimState): Summary {
  const web = s.scenario.workload.type === 'web';
  const tot = s.totals;
  let inFlight = s.webQueue;
  for (const task of s.tasks) if (task.status === 'DEACTIVATING') inFlight += task.backlog;
  return {
    maxDesiredCount: tot.maxDesired,
    maxRunningCount: tot.maxRunning,
    finalDesiredCount: s.desired,
    scaleOutActivities: tot.scaleOuts,
    scaleInActivities: tot.scaleIns,
    firstScaleOutAt: tot.firstScaleOutAt < 0 ? null : tot.firstScaleOutAt,
    maxInstances: s.d.fargate ? null : tot.maxInstances,
    totalCostUsd: roundCost(s.cost),
    requestsOffered: web ? round2(tot.offered) : null,
    requestsServed: web ? round2(tot.served) : null,
    requestsFailed: web ? round2(tot.failed) : null,
    requestsInFlight: web ? round2(inFlight) : null,
    p95LatencyMs: web ? round2OrNull(histogramP95(tot.latencyHistogram)) : null,
    messagesProcessed: web ? null : round2(tot.processed),
    maxQueueVisible: web ? null : round2(tot.maxQueueVisible),
  };
}

/** The Result of the run so far (the whole run once `done`). Arrays are copies. */
export function resultOf(s: SimState): Result {
  return { version: 1, minutes: s.minutes.slice(), events: s.events.slice(), alarmHistory: s.alarmHistory.slice(), summary: summaryOf(s) };
}

export interface Snapshot {
  t: number;
  done: boolean;
  minutes: MinuteRow[];
  events: SimEvent[];
  desiredCount: number;
  minCapacity: number;
  maxCapacity: number;
  tasks: { id: string; status: TaskStatus; instanceId: string | null; capacityProvider: string | null }[];
  instances: { id: string; status: 'Pending' | 'InService'; cpu: number; memory: number; cpuUsed: number; memoryUsed: number }[] | null;
  /** Web: requests waiting at the tasks; queue: visible SQS messages. */
  queueDepth: number;
  summary: Summary;
}

/** What the playground draws: series and events so far, the live tasks and instances, the summary. */
export function snapshot(s: SimState): Snapshot {
  const web = s.scenario.workload.type === 'web';
  return {
    t: s.t,
    done: s.done,
    minutes: s.minutes.slice(),
    events: s.events.slice(),
    desiredCount: s.desired,
    minCapacity: s.minCapacity,
    maxCapacity: s.maxCapacity,
    tasks: s.tasks
      .filter((task) => task.status !== 'STOPPED')
      .map((task) => ({
        id: taskName(task.id),
        status: task.status,
        instanceId: task.instance > 0 ? instanceName(task.instance) : null,
        capacityProvider: s.d.viaCapacityProvider ? (s.d.providers[task.provider]?.name ?? null) : null,
      })),
    instances: s.d.fargate
      ? null
      : s.instances.map((i) => ({
          id: instanceName(i.id),
          status: i.status,
          cpu: s.d.instanceCpu,
          memory: s.d.instanceMemory,
          cpuUsed: i.cpuUsed,
          memoryUsed: i.memoryUsed,
        })),
    queueDepth: round2(web ? s.webQueue : s.visible),
    summary: summaryOf(s),
  };
}

/** Runs a whole scenario (throws InvalidScenarioError if parseScenario rejects it, RunLimitError past a run-time limit). */
export function simulate(input: ScenarioInput | Scenario): Result {
  const s = createSimulation(input);
  advance(s, s.scenario.durationSeconds);
  return resultOf(s);
}
