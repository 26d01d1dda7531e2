/**
 * The narration panel's words: the latest decision at the playback time, explained with the
 * numbers that made it, rebuilt from the engine's events and minute rows (and checked against
 * them: a formula is shown only when it reproduces the engine's number).
 */
import type { MinuteRow, Result, Scenario, SimEvent } from '@/lib/sim';
import type { StepScalingPolicy, TargetTrackingPolicy } from '@/lib/sim/schema';
import { percentAdjustment } from '@/lib/sim/step-scaling';
import { clock, num } from './format';
import { STEP_METRIC, TT_METRIC } from './metrics';

export interface Narration {
  t: number;
  /** One line: the decision and its arithmetic. */
  headline: string;
  /** Supporting sentences. */
  details: string[];
}

const DECISIONS = new Set<SimEvent['type']>([
  'ScalingActivity',
  'ManagedScaling',
  'ScheduledActionExecuted',
  'AlarmStateChange',
  'ServiceEvent',
]);

/** Index of the last event at or before t (events are in time order); -1 when none. */
export function lastEventAt(events: readonly SimEvent[], t: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((events[mid] as SimEvent).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const rowAt = (minutes: readonly MinuteRow[], t: number): number => t / 60 - 1;
const ceilTol = (x: number) => Math.ceil(x - 1e-9 * Math.max(1, Math.abs(x)));
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function series(minutes: readonly MinuteRow[], end: number, n: number, key: keyof MinuteRow): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, end - n + 1); i <= end; i++) {
    const v = minutes[i]?.[key];
    if (typeof v === 'number') out.push(v);
  }
  return out;
}

/**
 * The running count the engine started from when it made the activity at index `idx`. A row shows
 * the state after the boundary's work, so after a scale-in its running count no longer includes
 * the tasks this activity stopped (or sent draining); those are added back. Tasks only reach
 * RUNNING after the boundary (SIMULATOR.md "Exact semantics" 2), so nothing else differs.
 */
export function runningBefore(r: Pick<Result, 'minutes' | 'events'>, idx: number): number | null {
  const e = r.events[idx];
  if (!e) return null;
  const row = r.minutes[rowAt(r.minutes, e.t)];
  if (!row) return null;
  let left = 0;
  for (let k = idx + 1; k < r.events.length; k++) {
    const x = r.events[k] as SimEvent;
    if (x.t !== e.t) break;
    // The activity's own task changes follow it; the next decision's belong to that one.
    if (x.type !== 'TaskStateChange') break;
    if (x.lastStatus === 'DEACTIVATING' || x.lastStatus === 'STOPPING') left++;
    else if (x.lastStatus === 'STOPPED' && previousStatus(r.events, k, x.taskId) === 'RUNNING') left++;
  }
  return row.runningCount + left;
}

/** A task's status before event k; tasks running since the start have no events (semantics 1). */
function previousStatus(events: readonly SimEvent[], k: number, taskId: string): string {
  for (let j = k - 1; j >= 0; j--) {
    const x = events[j] as SimEvent;
    if (x.type === 'TaskStateChange' && x.taskId === taskId) return x.lastStatus;
  }
  return 'RUNNING';
}

function targetTracking(
  p: TargetTrackingPolicy,
  e: Extract<SimEvent, { type: 'ScalingActivity' }>,
  r: Pick<Result, 'minutes' | 'events'>,
  idx: number,
): Narration {
  const minutes = r.minutes;
  const m = TT_METRIC[p.predefinedMetricType]!;
  const i = rowAt(minutes, e.t);
  const row = minutes[i];
  const out = e.to > e.from;
  const value = row?.[m.key] ?? null;
  const line = out ? p.targetValue : 0.9 * p.targetValue;
  const n = out ? 3 : 15;
  const points = series(minutes, i, n, m.key);
  const cond = out
    ? `${n} datapoints above ${num(line, 2)}${m.unit}`
    : `${n} datapoints below ${num(line, 2)}${m.unit} (0.9 × ${num(p.targetValue, 2)})`;
  // The engine's base (SIMULATOR.md 7): always the running count before this activity.
  const running = runningBefore(r, idx);
  const base = running;
  let arithmetic = '';
  if (row && value !== null && base !== null) {
    const raw = ceilTol((base * value) / p.targetValue);
    const proposed = base === 0 ? (out ? 1 : 0) : raw;
    const bounded = clamp(proposed, row.minCapacity, row.maxCapacity);
    // Shown only when it reproduces the engine's number.
    if (bounded === e.to) {
      arithmetic = ` = ceil(${base} × ${num(value, 2)} / ${num(p.targetValue, 2)})`;
      // §1.4: from 0 running tasks target tracking scales out by the smallest step, to 1.
      if (proposed !== raw) arithmetic += ` = ${raw}; from 0 running tasks it starts with 1`;
      if (bounded !== proposed)
        arithmetic += `${proposed !== raw ? ',' : ` = ${proposed},`} kept within ${row.minCapacity}–${row.maxCapacity}`;
    }
  }
  const details = [
    `Datapoints (one per minute, oldest first): ${points.map((v) => num(v, 1)).join(', ')}${m.unit}.`,
    out
      ? `Target tracking starts from the running count${running === null ? '' : ` (${running})`} and asks for enough tasks to bring ${m.name} back to ${num(p.targetValue, 2)}${m.unit}; tasks still starting count through the desired count, so only a proposal above it is applied.`
      : `Scale-in needs 15 minutes below 0.9 × target, so the service does not shed tasks on a short dip. It starts from the running count${running === null ? '' : ` (${running})`}.`,
  ];
  if (!arithmetic) details.push(`Engine: ${e.cause}.`);
  return {
    t: e.t,
    headline: `${cond} → ${out ? 'AlarmHigh' : 'AlarmLow'} → desired ${e.from} → ${e.to}${arithmetic}`,
    details,
  };
}

function inStep(diff: number, lo: number | undefined, hi: number | undefined, above: boolean): boolean {
  const l = lo ?? -Infinity;
  const h = hi ?? Infinity;
  return above ? diff >= l && diff < h : diff > l && diff <= h;
}

/**
 * Step scaling's base for a scale-out (SIMULATOR.md 8): the running count, or during the policy's
 * scale-out cooldown the running count before the activity that started that cooldown.
 */
function stepBase(p: StepScalingPolicy, idx: number, r: Pick<Result, 'minutes' | 'events'>): { base: number | null; inCooldown: boolean } {
  const outs: number[] = [];
  for (let k = 0; k < idx; k++) {
    const x = r.events[k] as SimEvent;
    if (x.type === 'ScalingActivity' && x.policy === p.name && x.to > x.from) outs.push(k);
  }
  let k = outs.length - 1;
  const within = (later: number, earlier: number) => (r.events[later] as SimEvent).t < (r.events[earlier] as SimEvent).t + p.cooldown;
  if (k < 0 || !within(idx, outs[k]!)) return { base: runningBefore(r, idx), inCooldown: false };
  while (k > 0 && within(outs[k]!, outs[k - 1]!)) k--;
  return { base: runningBefore(r, outs[k]!), inCooldown: true };
}

function stepScaling(
  p: StepScalingPolicy,
  e: Extract<SimEvent, { type: 'ScalingActivity' }>,
  r: Pick<Result, 'minutes' | 'events'>,
  idx: number,
): Narration {
  const minutes = r.minutes;
  const a = p.alarm;
  const m = STEP_METRIC[a.metric]!;
  const i = rowAt(minutes, e.t);
  const row = minutes[i];
  const value = row?.[m.key] ?? null;
  const out = e.to > e.from;
  const op = { GreaterThanOrEqualToThreshold: '≥', GreaterThanThreshold: '>', LessThanThreshold: '<', LessThanOrEqualToThreshold: '≤' }[
    a.comparisonOperator
  ];
  const needed = a.datapointsToAlarm ?? a.evaluationPeriods;
  const head = `${a.metric} ${a.statistic} ${op} ${num(a.threshold, 2)} for ${needed} of ${a.evaluationPeriods} datapoints → ${p.name}-alarm`;
  const details: string[] = [];
  let step = '';
  // A scale-in applies to the running count; a scale-out in the cooldown to the count before it.
  const { base, inCooldown } = out ? stepBase(p, idx, r) : { base: runningBefore(r, idx), inCooldown: false };
  if (value !== null && row && base !== null && (a.statistic === 'Average' || a.metric === 'RequestCountPerTarget')) {
    const diff = value - a.threshold;
    const above = diff >= 0;
    const s = p.stepAdjustments.find((x) => inStep(diff, x.metricIntervalLowerBound, x.metricIntervalUpperBound, above));
    if (s) {
      const lo = s.metricIntervalLowerBound === undefined ? '−∞' : num(s.metricIntervalLowerBound, 2);
      const hi = s.metricIntervalUpperBound === undefined ? '+∞' : num(s.metricIntervalUpperBound, 2);
      details.push(
        `${num(value, 2)} − ${num(a.threshold, 2)} = ${num(diff, 2)} falls in the step ${above ? '[' : '('}${lo}, ${hi}${above ? ')' : ']'} of the table.`,
      );
      const what = inCooldown ? 'before the cooldown' : 'running';
      const sign = (x: number) => `${x >= 0 ? '+' : '−'} ${Math.abs(x)}`;
      if (p.adjustmentType === 'ChangeInCapacity') {
        const sum = clamp(base + s.scalingAdjustment, row.minCapacity, row.maxCapacity);
        step =
          sum === e.to
            ? ` = ${base} ${what} ${sign(s.scalingAdjustment)}`
            : ` (step ${s.scalingAdjustment >= 0 ? '+' : ''}${s.scalingAdjustment})`;
      } else if (p.adjustmentType === 'ExactCapacity') step = ` (step sets exactly ${s.scalingAdjustment})`;
      else {
        const change = percentAdjustment(base, s.scalingAdjustment, p.minAdjustmentMagnitude);
        const sum = clamp(base + change, row.minCapacity, row.maxCapacity);
        step =
          sum === e.to
            ? ` = ${base} ${what} ${sign(change)} (${s.scalingAdjustment >= 0 ? '+' : ''}${s.scalingAdjustment} % of ${base}, rounded as AWS does)`
            : ` (step ${s.scalingAdjustment >= 0 ? '+' : ''}${s.scalingAdjustment} % of ${base} ${what})`;
      }
    }
  }
  if (!step) details.push(`Engine: ${e.cause}.`);
  if (out) {
    if (inCooldown)
      details.push(
        `Within the cooldown (${p.cooldown} s) the previous increase counts as part of the current capacity, so the step applies to ${base}, the running count before the cooldown’s first scale-out.`,
      );
    details.push(`Cooldown ${p.cooldown} s: while it runs, a further scale-out only adds what the previous one has not.`);
  } else {
    // aws-facts §2: a scale-in cooldown blocks later scale-ins; a scale-out during it goes ahead at once.
    details.push(
      `Cooldown ${p.cooldown} s: ${p.name} removes no more tasks until ${clock(e.t + p.cooldown)}, even while its alarm stays in ALARM; a scale-out during the cooldown goes ahead at once and ends it.`,
    );
  }
  return { t: e.t, headline: `${head} → desired ${e.from} → ${e.to}${step}`, details };
}

function explain(sc: Scenario, r: Pick<Result, 'minutes' | 'events'>, idx: number): Narration | null {
  const e = r.events[idx] as SimEvent;
  const sameTime = r.events.filter((x) => x.t === e.t);
  switch (e.type) {
    case 'ScalingActivity': {
      if (e.scheduledAction !== null) {
        const run = sameTime.find((x) => x.type === 'ScheduledActionExecuted');
        const action = sc.autoScaling.scheduledActions.find((a) => a.name === e.scheduledAction);
        const bounds = run && run.type === 'ScheduledActionExecuted' ? `min ${run.minCapacity}, max ${run.maxCapacity}` : '';
        return {
          t: e.t,
          headline: `Scheduled action ${e.scheduledAction}${action ? ` (${action.schedule})` : ''} → ${bounds} → desired ${e.from} → ${e.to}`,
          details: ['A scheduled action moves the desired count inside its new bounds at once; cooldowns do not apply.'],
        };
      }
      const p = sc.autoScaling.policies.find((x) => x.name === e.policy);
      if (p?.policyType === 'TargetTrackingScaling') return targetTracking(p, e, r, idx);
      if (p?.policyType === 'StepScaling') return stepScaling(p, e, r, idx);
      return { t: e.t, headline: `desired ${e.from} → ${e.to}`, details: [e.cause] };
    }
    case 'ManagedScaling':
      return {
        t: e.t,
        headline: `${e.cause} → Auto Scaling group ${e.from} → ${e.to} instances`,
        details: [
          'CapacityProviderReservation = instances needed for all tasks ÷ instances in the group × 100; managed scaling tracks it at the target capacity.',
        ],
      };
    case 'ScheduledActionExecuted':
      return {
        t: e.t,
        headline: `Scheduled action ${e.scheduledAction} → min ${e.minCapacity}, max ${e.maxCapacity}`,
        details: ['The desired count was already inside the new bounds.'],
      };
    case 'ServiceEvent':
      return { t: e.t, headline: e.message, details: [] };
    case 'AlarmStateChange': {
      const details = [e.reason + '.'];
      const tt = /^TargetTracking-(.+)-AlarmLow$/.exec(e.alarm);
      if (tt && e.to === 'ALARM') {
        const p = sc.autoScaling.policies.find((x) => x.name === tt[1]);
        const row = r.minutes[rowAt(r.minutes, e.t)];
        if (p?.policyType === 'TargetTrackingScaling' && row) {
          const value = row[TT_METRIC[p.predefinedMetricType]!.key];
          if (p.disableScaleIn) details.push('Scale-in is disabled for this policy, so nothing happens.');
          else if (value !== null && !sameTime.some((x) => x.type === 'ScalingActivity')) {
            const proposed = ceilTol((row.runningCount * value) / p.targetValue);
            details.push(
              `No scale-in: ceil(${row.runningCount} × ${num(value, 2)} / ${num(p.targetValue, 2)}) = ${proposed}, not below the desired count ${row.desiredCount}${proposed < row.desiredCount ? ` — held back by a cooldown, the minimum, or another policy` : ''}.`,
            );
          }
        }
      }
      return { t: e.t, headline: `${e.alarm}: ${e.from} → ${e.to}`, details };
    }
    default:
      return null;
  }
}

/** The latest decision at or before t, explained; null before the first one. */
export function narrate(sc: Scenario, r: Pick<Result, 'minutes' | 'events'>, t: number): Narration | null {
  for (let i = lastEventAt(r.events, t); i >= 0; i--) {
    const e = r.events[i] as SimEvent;
    if (!DECISIONS.has(e.type)) continue;
    // A scaling activity explains the alarm at the same second better than the alarm does.
    let pick = i;
    for (let k = i; k >= 0 && (r.events[k] as SimEvent).t === e.t; k--) {
      const x = r.events[k] as SimEvent;
      if (x.type === 'ScalingActivity' || x.type === 'ManagedScaling') {
        pick = k;
        break;
      }
    }
    return explain(sc, r, pick);
  }
  return null;
}

/** What is building up at time t: target tracking's AlarmHigh collecting datapoints, tasks starting. */
export function watching(sc: Scenario, minutes: readonly MinuteRow[], t: number): string[] {
  const out: string[] = [];
  const i = Math.floor(t / 60) - 1;
  const row = minutes[i];
  if (!row) return out;
  for (const p of sc.autoScaling.policies) {
    if (p.policyType !== 'TargetTrackingScaling') continue;
    const m = TT_METRIC[p.predefinedMetricType]!;
    let above = 0;
    for (let k = i; k >= 0 && k > i - 3; k--) {
      const v = minutes[k]?.[m.key];
      if (typeof v === 'number' && v > p.targetValue) above++;
      else break;
    }
    if (above > 0 && above < 3)
      out.push(`${p.name}: ${above} of 3 datapoints above ${num(p.targetValue, 2)}${m.unit} — AlarmHigh fires at 3.`);
  }
  if (row.pendingCount > 0) out.push(`${plural(row.pendingCount, 'task')} starting (PROVISIONING or PENDING) at ${clock(row.t)}.`);
  return out;
}
