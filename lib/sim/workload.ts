/**
 * Phase (d): serve one second of load (SIMULATOR.md "Workloads", "Exact semantics" 3–5). Plain
 * numbers only; nothing is allocated here, it runs once per simulated second.
 */
import { bucketOf } from './latency';
import { idleTaskMemory, recordQueue, recordUtilisation } from './metrics';
import { nextRandom } from './prng';
import { advanceCursor, profileValue } from './profile';
import type { SimState } from './types';
import { serveRevisions } from './revisions';

/** The profile's rate at t, times a noise factor uniform in [1 − noise, 1 + noise] (semantics 11). */
function rateAt(s: SimState, t: number, noise: number): number {
  s.profileCursor = advanceCursor(s.d.profile, s.profileCursor, t);
  const base = profileValue(s.d.profile, s.profileCursor, t);
  return noise > 0 ? base * (1 - noise + 2 * noise * nextRandom(s)) : base;
}

function serveWeb(s: SimState, t: number): void {
  const w = s.scenario.workload;
  if (w.type !== 'web') return;
  const acc = s.acc;
  const offered = rateAt(s, t, w.noise);
  const cps = w.cpuSecondsPerRequest;
  const perTask = s.d.vcpu / cps; // requests a task can serve per second: its vCPU share (semantics 4)
  acc.offered += offered;
  s.totals.offered += offered;
  let served = 0;
  let cpuUsed = 0;
  let latencyMs = w.baseLatencyMs;
  if (s.nServing === 0) {
    // Nothing healthy to route to: every request fails (semantics 5).
    acc.failed += offered;
    s.totals.failed += offered;
  } else {
    const total = s.webQueue + offered;
    // One revision (no deployments): every serving task is alike. Otherwise revisions.ts splits the traffic.
    const split = s.ro.revisions.length > 1 ? serveRevisions(s, total, perTask, cps) : null;
    const capacity = split ? split.capacity : s.nServing * perTask;
    served = split ? split.served : total < capacity ? total : capacity;
    cpuUsed = split ? split.cpuUsed : served * cps;
    let queue = total - served;
    // A request that would wait longer than timeoutSeconds fails (fluid model: the queue is capped).
    const maxQueue = w.timeoutSeconds * capacity;
    if (queue > maxQueue) {
      acc.failed += queue - maxQueue;
      s.totals.failed += queue - maxQueue;
      queue = maxQueue;
    }
    s.webQueue = queue;
    latencyMs += (queue / capacity) * 1000;
    acc.routed += offered;
    acc.healthySeconds += s.nServing;
    // A broken revision answers some requests with a 5xx (HTTPCode_Target_5XX_Count).
    const errors = split ? split.errors : 0;
    if (errors > 0) {
      acc.failed += errors;
      acc.targetErrors += errors;
      s.totals.failed += errors;
    }
    s.totals.served += served - errors;
    const histogram = s.totals.latencyHistogram;
    const bucket = bucketOf(latencyMs);
    histogram[bucket] = (histogram[bucket] as number) + served;
    acc.latency[acc.samples] = latencyMs;
    acc.weight[acc.samples] = served;
    acc.samples++;
  }
  if (s.drainBacklog > 0) {
    for (const task of s.tasks) {
      if (task.status !== 'DEACTIVATING' || task.backlog <= 0) continue;
      const done = task.backlog < perTask ? task.backlog : perTask;
      task.backlog -= done;
      s.drainBacklog -= done;
      s.totals.served += done;
    }
    if (s.drainBacklog < 1e-9) s.drainBacklog = 0;
  }
  // Memory: base per RUNNING task plus in-flight requests by Little's law (L = λW), semantics 4;
  // each task at most its own memory.
  const inFlight = served * (latencyMs / 1000);
  const idle = idleTaskMemory(s);
  const cpuPerServing = s.nServing > 0 ? cpuUsed / s.nServing : 0;
  let memPerServing = 0;
  if (s.nServing > 0) {
    memPerServing = w.memoryMiB.base + (w.memoryMiB.perInFlightRequest * inFlight) / s.nServing;
    if (memPerServing > s.d.taskMemory) memPerServing = s.d.taskMemory;
  }
  const memUsed = s.nServing * memPerServing + (s.nRunning - s.nServing) * idle;
  recordUtilisation(s, cpuUsed, s.nRunning * s.d.vcpu, memUsed, s.nRunning * s.d.taskMemory, cpuPerServing, memPerServing);
}

function serveQueue(s: SimState, t: number): void {
  const w = s.scenario.workload;
  if (w.type !== 'queue') return;
  const acc = s.acc;
  const arrivals = rateAt(s, t, w.noise);
  acc.arrivals += arrivals;
  // Each RUNNING task handles one message per secondsPerMessage, at 100 % CPU while it does (semantics 4).
  const capacity = s.nRunning / w.secondsPerMessage;
  const available = s.visible + arrivals;
  const processed = available < capacity ? available : capacity;
  s.visible = available - processed;
  s.totals.processed += processed;
  if (s.visible > s.totals.maxQueueVisible) s.totals.maxQueueVisible = s.visible;
  const busy = processed * w.secondsPerMessage; // task-seconds spent on messages
  // Every RUNNING worker takes the same share (workers have no load balancer: RUNNING is serving).
  let memPerWorker = 0;
  if (s.nRunning > 0) {
    memPerWorker = w.memoryMiB.base + (w.memoryMiB.perInFlightRequest * busy) / s.nRunning;
    if (memPerWorker > s.d.taskMemory) memPerWorker = s.d.taskMemory;
  }
  const cpuPerWorker = s.nRunning > 0 ? (busy * s.d.vcpu) / s.nRunning : 0;
  recordUtilisation(
    s,
    busy * s.d.vcpu,
    s.nRunning * s.d.vcpu,
    s.nRunning * memPerWorker,
    s.nRunning * s.d.taskMemory,
    cpuPerWorker,
    memPerWorker,
  );
  recordQueue(acc, s.visible, s.nRunning);
}

export function serveSecond(s: SimState, t: number): void {
  if (s.scenario.workload.type === 'web') serveWeb(s, t);
  else serveQueue(s, t);
  // Billing for this second (semantics 13): Fargate per task from launch, EC2 per instance.
  if (s.d.fargate) {
    const prices = s.d.taskPricePerSecond;
    for (let i = 0; i < prices.length; i++) s.cost += (s.billed[i] as number) * (prices[i] as number);
  } else s.cost += s.instances.length * s.d.instancePricePerSecond;
}
