/**
 * One-minute CloudWatch datapoints (aws-facts §1.3: ECS "aggregates them to one data point" each
 * minute). SIMULATOR.md "Exact semantics" 3: a ratio metric's datapoint is the minute's total
 * numerator over its total denominator; Minimum / Maximum / Sum come from per-second samples.
 */
import type { StepMetric } from './schema';
import type { MinuteAcc } from './types';

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
  acc.cpuSum = 0;
  acc.cpuN = 0;
  acc.memMin = Infinity;
  acc.memMax = -Infinity;
  acc.memSum = 0;
  acc.memN = 0;
  acc.offered = 0;
  acc.routed = 0;
  acc.failed = 0;
  acc.healthySeconds = 0;
  acc.visibleSum = 0;
  acc.visibleMin = Infinity;
  acc.visibleMax = -Infinity;
  acc.runningSeconds = 0;
  acc.backlogMin = Infinity;
  acc.backlogMax = -Infinity;
  acc.backlogSum = 0;
  acc.backlogN = 0;
  acc.arrivals = 0;
  acc.samples = 0;
}

/**
 * Records one second of utilisation: vCPU-seconds used and reserved (RUNNING tasks, [1.3]),
 * MiB used and reserved. Seconds with no RUNNING task give no sample (missing data).
 */
export function recordUtilisation(acc: MinuteAcc, cpuUsed: number, cpuReserved: number, memUsed: number, memReserved: number): void {
  if (cpuReserved <= 0) return;
  acc.cpuUsed += cpuUsed;
  acc.cpuReserved += cpuReserved;
  acc.memUsed += memUsed;
  acc.memReserved += memReserved;
  const cpu = (cpuUsed / cpuReserved) * 100;
  if (cpu < acc.cpuMin) acc.cpuMin = cpu;
  if (cpu > acc.cpuMax) acc.cpuMax = cpu;
  acc.cpuSum += cpu;
  acc.cpuN++;
  const mem = (memUsed / memReserved) * 100;
  if (mem < acc.memMin) acc.memMin = mem;
  if (mem > acc.memMax) acc.memMax = mem;
  acc.memSum += mem;
  acc.memN++;
}

/** Records one second of queue state: visible messages and RUNNING tasks (§8). */
export function recordQueue(acc: MinuteAcc, visible: number, running: number): void {
  acc.visibleSum += visible;
  if (visible < acc.visibleMin) acc.visibleMin = visible;
  if (visible > acc.visibleMax) acc.visibleMax = visible;
  if (running <= 0) return;
  acc.runningSeconds += running;
  const b = visible / running;
  if (b < acc.backlogMin) acc.backlogMin = b;
  if (b > acc.backlogMax) acc.backlogMax = b;
  acc.backlogSum += b;
  acc.backlogN++;
}

export const cpuDatapoint = (acc: MinuteAcc): number | null => (acc.cpuReserved > 0 ? (acc.cpuUsed / acc.cpuReserved) * 100 : null);
export const memoryDatapoint = (acc: MinuteAcc): number | null => (acc.memReserved > 0 ? (acc.memUsed / acc.memReserved) * 100 : null);
/** Requests in the minute ÷ (healthy-target-seconds ÷ 60): the per-target count AWS publishes (§7). */
export const requestCountPerTargetDatapoint = (acc: MinuteAcc): number | null =>
  acc.healthySeconds > 0 ? acc.routed / (acc.healthySeconds / 60) : null;
/** Visible-message-seconds ÷ running-task-seconds; undefined at 0 tasks (§8). */
export const backlogDatapoint = (acc: MinuteAcc): number | null => (acc.runningSeconds > 0 ? acc.visibleSum / acc.runningSeconds : null);
export const visibleDatapoint = (acc: MinuteAcc): number => acc.visibleSum / 60;

type Statistic = 'Average' | 'Minimum' | 'Maximum' | 'Sum';

function fromSamples(stat: Statistic, min: number, max: number, sum: number, n: number, average: number | null): number | null {
  if (n === 0) return null;
  if (stat === 'Minimum') return min;
  if (stat === 'Maximum') return max;
  if (stat === 'Sum') return sum;
  return average;
}

/** The value a learner's alarm sees for the minute (§2 MetricAggregationType). */
export function alarmStatistic(acc: MinuteAcc, metric: StepMetric, stat: Statistic): number | null {
  switch (metric) {
    case 'CPUUtilization':
      return fromSamples(stat, acc.cpuMin, acc.cpuMax, acc.cpuSum, acc.cpuN, cpuDatapoint(acc));
    case 'MemoryUtilization':
      return fromSamples(stat, acc.memMin, acc.memMax, acc.memSum, acc.memN, memoryDatapoint(acc));
    case 'RequestCountPerTarget':
      // §7: "The only valid statistic is Sum. This represents the average" — the schema enforces Sum.
      return requestCountPerTargetDatapoint(acc);
    case 'ApproximateNumberOfMessagesVisible':
      return fromSamples(stat, acc.visibleMin, acc.visibleMax, acc.visibleSum, 60, visibleDatapoint(acc));
    case 'BacklogPerTask':
      return fromSamples(stat, acc.backlogMin, acc.backlogMax, acc.backlogSum, acc.backlogN, backlogDatapoint(acc));
  }
}
