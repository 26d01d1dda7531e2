/**
 * One-minute CloudWatch datapoints (aws-facts §1.3: ECS "aggregates them to one data point" each
 * minute). SIMULATOR.md "Exact semantics" 3: a ratio metric's datapoint is the minute's total
 * numerator over its total denominator.
 *
 * Alarm statistics are taken as CloudWatch computes them for each metric:
 * - ECS service CPUUtilization / MemoryUtilization: one sample per task in the minute (the ECS
 *   guide: a 1-minute Sample Count "indicates the number of RUNNING tasks in the service").
 *   Minimum / Maximum are the least / most utilised task's minute, SampleCount the tasks that ran,
 *   Average the ECS ratio of totals, and Sum = Average × SampleCount (CloudWatch: Average is
 *   Sum ÷ SampleCount). Three tasks at 50 % sum to 150, not to 60 seconds × 50.
 * - SQS ApproximateNumberOfMessagesVisible and the backlog-per-task metric math: one value per
 *   minute (SQS pushes "at one-minute intervals"), so Minimum = Maximum = Sum = Average.
 * - ALB RequestCountPerTarget: only Sum is valid, and it already is the per-target average (§7).
 *
 * Per-task minutes come from segments: a task's segment opens when it starts RUNNING, when it
 * starts or stops serving, and at each minute boundary, and is closed against cumulative
 * per-serving-task counters, so the per-second loop stays O(1).
 */
import type { MinuteAcc, SimState, Task } from './types';

export function newMinuteAcc(): MinuteAcc {
  const acc = {} as MinuteAcc;
  acc.latency = new Array<number>(60).fill(0);
  acc.weight = new Array<number>(60).fill(0);
  resetMinuteAcc(acc);
  return acc;
}

export function resetMinuteAcc(acc: MinuteAcc): void {
  acc.cpuUsed = 0;
  acc.cpuReserved = 0;
  acc.memUsed = 0;
  acc.memReserved = 0;
  acc.cpuMin = Infinity;
  acc.cpuMax = -Infinity;
  acc.memMin = Infinity;
  acc.memMax = -Infinity;
  acc.taskSamples = 0;
  acc.offered = 0;
  acc.routed = 0;
  acc.failed = 0;
  acc.healthySeconds = 0;
  acc.visibleSum = 0;
  acc.runningSeconds = 0;
  acc.arrivals = 0;
  acc.targetErrors = 0;
  acc.samples = 0;
}

/**
 * Records one second of utilisation: vCPU-seconds used and reserved by RUNNING tasks [1.3], MiB
 * used and reserved; plus what one serving task used this second (every serving task serves the
 * same share). Seconds with no RUNNING task give no sample (missing data).
 */
export function recordUtilisation(
  s: SimState,
  cpuUsed: number,
  cpuReserved: number,
  memUsed: number,
  memReserved: number,
  cpuPerServing: number,
  memPerServing: number,
): void {
  s.cumCpuPerServing += cpuPerServing;
  s.cumMemPerServing += memPerServing;
  if (cpuReserved <= 0) return;
  const acc = s.acc;
  acc.cpuUsed += cpuUsed;
  acc.cpuReserved += cpuReserved;
  acc.memUsed += memUsed;
  acc.memReserved += memReserved;
  if (!s.d.highResolution) return;
  const a20 = s.acc20;
  a20.cpuUsed += cpuUsed;
  a20.cpuReserved += cpuReserved;
  a20.memUsed += memUsed;
  a20.memReserved += memReserved;
}

/** Records one second of queue state: visible messages and RUNNING tasks (§8). */
export function recordQueue(acc: MinuteAcc, visible: number, running: number): void {
  acc.visibleSum += visible;
  if (running > 0) acc.runningSeconds += running;
}

/** Memory a RUNNING task that serves nothing holds: its base, at most the task's memory. */
export function idleTaskMemory(s: SimState): number {
  const base = s.scenario.workload.memoryMiB.base;
  return base < s.d.taskMemory ? base : s.d.taskMemory;
}

/** Opens a task's utilisation segment at t (it is RUNNING, serving or not). */
export function openSegment(s: SimState, task: Task, t: number): void {
  task.segStart = t;
  task.segCpu = s.cumCpuPerServing;
  task.segMem = s.cumMemPerServing;
}

/**
 * Closes the task's current segment at t into its minute totals; with `sample`, the minute is
 * complete for this task (minute boundary, or it leaves RUNNING) and becomes one task sample.
 */
export function closeSegment(s: SimState, task: Task, t: number, sample: boolean): void {
  const seconds = t - task.segStart;
  if (seconds > 0) {
    task.minSeconds += seconds;
    if (task.serving) {
      task.minCpu += s.cumCpuPerServing - task.segCpu;
      task.minMem += s.cumMemPerServing - task.segMem;
    } else task.minMem += idleTaskMemory(s) * seconds;
  }
  openSegment(s, task, t);
  if (!sample) return;
  if (task.minSeconds > 0) {
    const acc = s.acc;
    const cpu = (task.minCpu / (s.d.vcpu * task.minSeconds)) * 100;
    const mem = (task.minMem / (s.d.taskMemory * task.minSeconds)) * 100;
    if (cpu < acc.cpuMin) acc.cpuMin = cpu;
    if (cpu > acc.cpuMax) acc.cpuMax = cpu;
    if (mem < acc.memMin) acc.memMin = mem;
    if (mem > acc.memMax) acc.memMax = mem;
    acc.taskSamples++;
  }
  task.minSeconds = 0;
  task.minCpu = 0;
  task.minMem = 0;
}

/** At a minute boundary: every RUNNING task's minute becomes one sample. */
export function closeTaskMinutes(s: SimState, t: number): void {
  for (const task of s.tasks) if (task.status === 'RUNNING') closeSegment(s, task, t, true);
}

export const cpuDatapoint = (acc: MinuteAcc): number | null => (acc.cpuReserved > 0 ? (acc.cpuUsed / acc.cpuReserved) * 100 : null);
export const memoryDatapoint = (acc: MinuteAcc): number | null => (acc.memReserved > 0 ? (acc.memUsed / acc.memReserved) * 100 : null);
/** Requests in the minute ÷ (healthy-target-seconds ÷ 60): the per-target count AWS publishes (§7). */
export const requestCountPerTargetDatapoint = (acc: MinuteAcc): number | null =>
  acc.healthySeconds > 0 ? acc.routed / (acc.healthySeconds / 60) : null;
/** Visible-message-seconds ÷ running-task-seconds; undefined at 0 tasks (§8). */
export const backlogDatapoint = (acc: MinuteAcc): number | null => (acc.runningSeconds > 0 ? acc.visibleSum / acc.runningSeconds : null);
export const visibleDatapoint = (acc: MinuteAcc): number => acc.visibleSum / 60;
