/**
 * ECS predictive scaling (Application Auto Scaling PredictiveScaling policy), as AWS documents it
 * (sources in lib/sim/README.md "Predictive scaling"): the policy analyses "metric data from up to
 * the past 14 days", needs "at least 24 hours of data", generates "an hourly forecast of capacity
 * requirements for the next 48 hours", "updated every 6 hours"; in ForecastAndScale mode it
 * increases capacity ahead of each forecast hour by SchedulingBufferTime (default 300 s) and "will
 * not scale in": the forecast is a floor the other policies cannot scale in below for that hour
 * ("Capacity forecasts are represented as predicted values for the minimum capacity that is
 * needed on an hourly basis"). ForecastOnly (the default) forecasts and changes nothing.
 *
 * The model's forecast: the average load of the same wall-clock hour over the history days (the
 * days before the run, assumed to carry this run's own profile × history.loadFactor, and the days
 * observed in the run once it is long enough). AWS uses machine learning and publishes no formula
 * (ModelNote predictiveForecastModel).
 */
import { emitNote } from './events';
import { advanceCursor, type CompiledProfile, profileValue } from './profile';
import type { PredictiveHour, PredictiveScalingBasis } from './platforms/decisions';
import type { PredictiveScalingPolicy } from './predictive-schema';
import { reconcile } from './tasks';
import type { SimState } from './types';
import { countScaling } from './totals';

const HOUR = 3600;
const DAY = 86400;
export const PREDICTIVE = { historyDaysMax: 14, minimumHistoryHours: 24, forecastHours: 48, refreshSeconds: 6 * HOUR } as const;

export interface PredictiveState {
  /** Forecast capacity in force (the hour whose buffer time has come); null before the first. */
  floor: number | null;
  /** The floor binds the other policies (ForecastAndScale). */
  enforced: boolean;
  /** Latest forecast: hour start → [load, capacity], flattened [start, load, capacity, ...]. */
  forecast: number[];
  nextRefreshAt: number;
  /** Start (simulated s) of the next hour to schedule. */
  nextHour: number;
  /** Observed average requests per second of each whole hour of the run: [start, load, ...]. */
  observed: number[];
  observedFrom: number;
  offeredAtHour: number;
}

/** The profile's value at t (binary search: the forecast looks far from the run's cursor). */
function valueAt(p: CompiledProfile, t: number): number {
  let lo = 0;
  let hi = p.at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((p.at[mid] as number) <= t) lo = mid;
    else hi = mid - 1;
  }
  return profileValue(p, advanceCursor(p, lo, t), t);
}

/** Average requests per second over one hour of a history day at the same time of day as [start, start + 1 h). */
function historyLoad(s: SimState, start: number): number {
  let sum = 0;
  for (let k = 0; k < 60; k++) {
    const u = start + k * 60 + 30;
    sum += valueAt(s.d.profile, ((u % DAY) + DAY) % DAY);
  }
  return sum / 60;
}

function capacityFor(s: SimState, p: PredictiveScalingPolicy, load: number): number {
  const w = s.scenario.workload;
  if (w.type !== 'web') return 0;
  // ECSServiceCPUUtilization: vCPU demand ÷ (task vCPU × target %); ALBRequestCount: requests per minute ÷ target per task.
  const raw =
    p.metricPair === 'ECSServiceCPUUtilization'
      ? (load * w.cpuSecondsPerRequest) / (s.d.vcpu * (p.targetValue / 100))
      : (load * 60) / p.targetValue;
  return Math.ceil(raw - 1e-9);
}

function observedLoad(st: PredictiveState, start: number): number | null {
  for (let k = 0; k < st.observed.length; k += 2) if (st.observed[k] === start) return st.observed[k + 1] as number;
  return null;
}

/** The forecast of one hour from the history days (observed ones first, then the assumed ones before the run). */
function forecastHour(s: SimState, p: PredictiveScalingPolicy, st: PredictiveState, start: number): PredictiveHour {
  let sum = 0;
  let n = 0;
  for (let j = 1; j <= PREDICTIVE.historyDaysMax; j++) {
    const day = start - j * DAY;
    const seen = observedLoad(st, day);
    if (seen !== null) {
      sum += seen;
      n++;
    } else if (day + HOUR <= 0 && day >= -p.history.days * DAY) {
      sum += historyLoad(s, day) * p.history.loadFactor;
      n++;
    }
  }
  const load = n > 0 ? sum / n : 0;
  return { start, load, capacity: capacityFor(s, p, load) };
}

function refresh(s: SimState, p: PredictiveScalingPolicy, st: PredictiveState, t: number): void {
  const observedHours = st.observed.length / 2;
  if (p.history.days * 24 + observedHours < PREDICTIVE.minimumHistoryHours) return;
  const first = st.nextHour > t ? st.nextHour - HOUR : st.nextHour;
  st.forecast = [];
  const hours: PredictiveHour[] = [];
  for (let h = first; h < t + PREDICTIVE.forecastHours * HOUR; h += HOUR) {
    const f = forecastHour(s, p, st, h);
    st.forecast.push(f.start, f.load, f.capacity);
    if (h < s.scenario.durationSeconds) hours.push(f);
  }
  emitNote(s, t, 'predictiveForecastModel');
  s.events.push({
    t,
    type: 'PredictiveForecast',
    basis: {
      policy: p.name,
      metricPair: p.metricPair,
      targetValue: p.targetValue,
      historyDays: p.history.days,
      observedDays: Math.floor(observedHours / 24),
      hours,
    },
  });
}

function hourFromForecast(st: PredictiveState, start: number): PredictiveHour | null {
  for (let k = 0; k < st.forecast.length; k += 3)
    if (st.forecast[k] === start) return { start, load: st.forecast[k + 1] as number, capacity: st.forecast[k + 2] as number };
  return null;
}

/** The hour starting at `start`: its capacity becomes the floor, scaling out in ForecastAndScale. */
function schedule(s: SimState, p: PredictiveScalingPolicy, st: PredictiveState, t: number, start: number): void {
  const hour = hourFromForecast(st, start);
  if (!hour) return;
  let capacity = hour.capacity;
  if (capacity > s.maxCapacity) {
    if (p.maxCapacityBreachBehavior === 'IncreaseMaxCapacity' && p.mode === 'ForecastAndScale')
      s.maxCapacity = Math.min(1000, Math.ceil(capacity * (1 + (p.maxCapacityBuffer ?? 0) / 100) - 1e-9));
    else capacity = s.maxCapacity;
  }
  st.floor = capacity;
  const from = s.desired;
  const to = p.mode === 'ForecastAndScale' ? Math.min(Math.max(from, capacity, s.minCapacity), s.maxCapacity) : from;
  const basis: PredictiveScalingBasis = {
    policy: p.name,
    mode: p.mode,
    hour,
    schedulingBufferTime: p.schedulingBufferTime,
    capacity,
    maxCapacityBreachBehavior: p.maxCapacityBreachBehavior,
    maxCapacity: s.maxCapacity,
    desiredBefore: from,
    final: to,
  };
  s.events.push({ t, type: 'PredictiveScaling', from, to, basis });
  if (to === from) return;
  s.desired = to;
  countScaling(s, t, from, to);
  reconcile(s, t);
}

const policyOf = (s: SimState): PredictiveScalingPolicy | undefined =>
  s.scenario.platform.type === 'ECS' ? s.scenario.autoScaling.predictiveScaling : undefined;

/** At t = 0: the first forecast and the hours whose buffer time has already come. */
export function createPredictive(s: SimState): PredictiveState | null {
  const p = policyOf(s);
  if (!p) return null;
  const offset = Math.floor(Date.parse(s.scenario.startTime) / 1000) % HOUR;
  const st: PredictiveState = {
    floor: null,
    enforced: p.mode === 'ForecastAndScale',
    forecast: [],
    nextRefreshAt: PREDICTIVE.refreshSeconds,
    nextHour: offset === 0 ? 0 : -offset,
    observed: [],
    observedFrom: offset === 0 ? 0 : HOUR - offset,
    offeredAtHour: 0,
  };
  refresh(s, p, st, 0);
  while (st.nextHour - p.schedulingBufferTime <= 0) {
    schedule(s, p, st, 0, st.nextHour);
    st.nextHour += HOUR;
  }
  return st;
}

/** Phase (b) of second t: record whole hours, refresh every 6 hours, schedule each hour ahead of it. */
export function runPredictive(s: SimState, t: number): void {
  const st = s.predictive;
  const p = policyOf(s);
  if (!st || !p || t === 0) return;
  if (t >= st.observedFrom && (t - st.observedFrom) % HOUR === 0) {
    if (t > st.observedFrom) st.observed.push(t - HOUR, (s.totals.offered - st.offeredAtHour) / HOUR);
    st.offeredAtHour = s.totals.offered;
  }
  if (t >= st.nextRefreshAt && t < s.scenario.durationSeconds) {
    st.nextRefreshAt += PREDICTIVE.refreshSeconds;
    refresh(s, p, st, t);
  }
  while (st.nextHour - p.schedulingBufferTime <= t) {
    schedule(s, p, st, t, st.nextHour);
    st.nextHour += HOUR;
  }
}

/** The forecast capacity the other policies cannot scale in below now (null when none binds). */
export function predictiveFloor(s: SimState): number | null {
  const st = s.predictive;
  return st && st.enforced ? st.floor : null;
}
