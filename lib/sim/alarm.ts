/**
 * CloudWatch alarms, shared by the scaling policies and managed scaling: an alarm takes each
 * published datapoint, keeps its evaluation window, and is in ALARM when `datapointsToAlarm` of
 * the last `evaluationPeriods` datapoints breach. Missing datapoints count as not breaching; an
 * alarm not in ALARM whose newest datapoint is missing is INSUFFICIENT_DATA. Alarms start OK (the
 * steady state). Every transition is an event with its basis.
 */
import { type Datapoint, type MetricName, readDatapoint } from './cloudwatch';
import type { AlarmBasis, AlarmStateValue, ComparisonOperator, EvaluatedDatapoint, Statistic } from './decisions';
import { ge, gt, le, lt } from './tolerance';
import type { SimState } from './types';

/** What an alarm watches (created once per policy or capacity provider). */
export interface AlarmSpec {
  name: string;
  role: AlarmBasis['role'];
  metric: MetricName;
  statistic: Statistic;
  periodSeconds: 60 | 20;
  comparisonOperator: ComparisonOperator;
  threshold: number;
  thresholdFrom: AlarmBasis['thresholdFrom'];
  evaluationPeriods: number;
  datapointsToAlarm: number;
}

/** An alarm's state between evaluations (plain data, part of the simulation state). */
export interface AlarmRuntime {
  state: AlarmStateValue;
  window: EvaluatedDatapoint[];
  /** Breaching count last written to the alarm history (−1: none yet). */
  recorded: number;
  /** Publication delay of the newest datapoint. */
  delay: number;
}

export const newAlarmRuntime = (): AlarmRuntime => ({ state: 'OK', window: [], recorded: -1, delay: 0 });

/** Whether a datapoint breaches the threshold, within the engine's one tolerance. */
export function breaches(value: number, op: ComparisonOperator, threshold: number): boolean {
  switch (op) {
    case 'GreaterThanOrEqualToThreshold':
      return ge(value, threshold);
    case 'GreaterThanThreshold':
      return gt(value, threshold);
    case 'LessThanThreshold':
      return lt(value, threshold);
    case 'LessThanOrEqualToThreshold':
      return le(value, threshold);
  }
}

export const OPERATOR_SYMBOL: Record<ComparisonOperator, string> = {
  GreaterThanOrEqualToThreshold: '>=',
  GreaterThanThreshold: '>',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '<=',
};

const OPERATOR_WORDS: Record<ComparisonOperator, string> = {
  GreaterThanOrEqualToThreshold: 'greater than or equal to',
  GreaterThanThreshold: 'greater than',
  LessThanThreshold: 'less than',
  LessThanOrEqualToThreshold: 'less than or equal to',
};

const show = (x: number) => String(Math.round(x * 100) / 100);

/** CloudWatch's StateReason wording, from the basis. */
function stateReason(b: AlarmBasis, to: AlarmStateValue): string {
  const newest = b.datapoints[b.datapoints.length - 1];
  if (to === 'INSUFFICIENT_DATA' || !newest || newest.value === null)
    return 'Insufficient Data: no datapoint was published for the newest period';
  const values = b.datapoints
    .filter((d) => d.value !== null)
    .map((d) => show(d.value as number))
    .reverse()
    .join(', ');
  const n = b.datapoints.length;
  const alarm = to === 'ALARM';
  const count = alarm ? b.breaching : n - b.breaching;
  return `Threshold Crossed: ${count} out of the last ${n} datapoints [${values}] ${count === 1 ? 'was' : 'were'} ${alarm ? '' : 'not '}${OPERATOR_WORDS[b.comparisonOperator]} the threshold (${show(b.threshold)}) (minimum ${alarm ? b.datapointsToAlarm : 1} datapoint${alarm && b.datapointsToAlarm !== 1 ? 's' : ''} for ${alarm ? 'OK -> ALARM' : 'ALARM -> OK'} transition)`;
}

function breachingCount(spec: AlarmSpec, rt: AlarmRuntime): number {
  let breaching = 0;
  for (const d of rt.window) if (d.value !== null && breaches(d.value, spec.comparisonOperator, spec.threshold)) breaching++;
  return breaching;
}

/** The basis of the alarm's current window (built only when a decision needs it). */
export function alarmBasis(spec: AlarmSpec, rt: AlarmRuntime): AlarmBasis {
  return {
    alarm: spec.name,
    role: spec.role,
    metric: spec.metric,
    statistic: spec.statistic,
    periodSeconds: spec.periodSeconds,
    comparisonOperator: spec.comparisonOperator,
    threshold: spec.threshold,
    thresholdFrom: spec.thresholdFrom,
    evaluationPeriods: spec.evaluationPeriods,
    datapointsToAlarm: spec.datapointsToAlarm,
    datapoints: rt.window.slice(),
    breaching: breachingCount(spec, rt),
    publicationDelaySeconds: rt.delay,
  };
}

/**
 * The alarm takes a published datapoint at t: updates its window and state, records progress and
 * any transition (with its basis).
 */
export function evaluateAlarm(s: SimState, t: number, spec: AlarmSpec, rt: AlarmRuntime, dp: Datapoint): void {
  const value = readDatapoint(dp, spec.metric, spec.statistic);
  const set = spec.metric === 'CPUUtilization' ? dp.cpu : spec.metric === 'MemoryUtilization' ? dp.memory : null;
  rt.window.push({ end: dp.end, value, tasks: set && set.samples > 0 ? set.samples : null });
  if (rt.window.length > spec.evaluationPeriods) rt.window.shift();
  rt.delay = dp.publishAt - dp.end;
  const breaching = breachingCount(spec, rt);
  const to: AlarmStateValue = breaching >= spec.datapointsToAlarm ? 'ALARM' : value === null ? 'INSUFFICIENT_DATA' : 'OK';
  const from = rt.state;
  if (from !== to) {
    rt.state = to;
    const basis = alarmBasis(spec, rt);
    s.events.push({ t, type: 'AlarmStateChange', alarm: spec.name, from, to, reason: stateReason(basis, to), basis });
  }
  // Progress towards (or away from) ALARM, recorded when it changes: "2 of 3 datapoints breaching".
  if (from !== to || rt.recorded !== breaching) {
    rt.recorded = breaching;
    s.alarmHistory.push({ t, alarm: spec.name, state: to, breaching, datapointsToAlarm: spec.datapointsToAlarm });
  }
}
