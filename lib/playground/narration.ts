/**
 * The narration panel's words: the latest decision at the playback time, told from the basis the
 * engine attached to it (lib/sim/decisions.ts). Nothing here computes a count, a threshold or a
 * cooldown: every number comes from the event.
 */
import type { AlarmBasis, Constraint, ManagedConstraint, ManagedScalingBasis, Result, Scenario, ScalingBasis, SimEvent } from '@/lib/sim';
import { describeAlarms } from '@/lib/sim';
import { clock, num } from './format';
import { METRIC } from './metrics';
import { NOTE } from './model-notes';
import { explainPlatform } from './narration-platforms';
import { deploymentNarration, incidentNarration, shiftNarration, taskStopNarration } from './rollout-narration';

export interface Narration {
  t: number;
  /** One line: the decision and its arithmetic. */
  headline: string;
  /** Supporting sentences. */
  details: string[];
  /** The model simplifications this decision relies on (lib/sim/README.md), one sentence each. */
  notes: string[];
}

type Ev<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;

/** Which event tells the story of a second best: an activity, then a decision not to act, then the rest. */
const PRIORITY: Partial<Record<SimEvent['type'], number>> = {
  ScalingActivity: 5,
  ManagedScaling: 5,
  NotScaled: 4,
  ManagedScalingNotScaled: 4,
  ServiceEvent: 3,
  DeploymentStateChange: 5,
  TrafficShift: 4,
  Incident: 5,
  TaskStateChange: 1,
  AlarmStateChange: 2,
  ScheduledActionExecuted: 2,
  ModelNote: 1,
  HpaScaling: 5,
  NodeScaling: 5,
  AppRunnerScaling: 5,
  PredictiveScaling: 5,
  HpaNotScaled: 4,
  PredictiveForecast: 3,
};

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

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const unitOf = (metric: string) => METRIC[metric]?.unit ?? '';
const OP: Record<AlarmBasis['comparisonOperator'], string> = {
  GreaterThanOrEqualToThreshold: '≥',
  GreaterThanThreshold: '>',
  LessThanThreshold: '<',
  LessThanOrEqualToThreshold: '≤',
};
const SIDE: Record<AlarmBasis['comparisonOperator'], string> = {
  GreaterThanOrEqualToThreshold: 'at or above',
  GreaterThanThreshold: 'above',
  LessThanThreshold: 'below',
  LessThanOrEqualToThreshold: 'at or below',
};

function thresholdText(a: AlarmBasis): string {
  const from =
    a.thresholdFrom && a.thresholdFrom.factor !== 1 ? ` (${a.thresholdFrom.factor} × ${num(a.thresholdFrom.targetValue, 2)})` : '';
  return `${num(a.threshold, 2)}${unitOf(a.metric)}${from}`;
}

/** "3 datapoints above 50 %" for target tracking's own alarms; "CPUUtilization Average ≥ 70 for 2 of 2 datapoints" for a learner's. */
function alarmCondition(a: AlarmBasis): string {
  if (a.thresholdFrom) return `${a.datapointsToAlarm} datapoints ${SIDE[a.comparisonOperator]} ${thresholdText(a)}`;
  return `${a.metric} ${a.statistic} ${OP[a.comparisonOperator]} ${num(a.threshold, 2)} for ${a.datapointsToAlarm} of ${a.evaluationPeriods} datapoints`;
}

/** An alarm's short name: AlarmHigh / AlarmLow for the alarms AWS creates, the alarm's name otherwise. */
const alarmShort = (a: Pick<AlarmBasis, 'role' | 'alarm'>) => a.role ?? a.alarm;

function datapointsSentence(a: AlarmBasis): string {
  const values = a.datapoints.map((d) => (d.value === null ? 'no data' : num(d.value, 1))).join(', ');
  const period = a.periodSeconds === 60 ? 'one per minute' : `one per ${a.periodSeconds} s`;
  const late = a.publicationDelaySeconds > 0 ? `, each published ${a.publicationDelaySeconds} s after its period ended` : '';
  return `Datapoints (${period}, oldest first${late}): ${values}${unitOf(a.metric)}.`;
}

/** The newest datapoint: when its period ended and how many tasks reported in it. */
function measuredSentence(a: AlarmBasis, base: ScalingBasis['base'], t: number): string | null {
  const newest = a.datapoints[a.datapoints.length - 1];
  if (!newest || newest.value === null || newest.tasks === null) return null;
  if (newest.tasks === base.count) return null;
  return `The newest datapoint was measured on ${plural(newest.tasks, 'task')} in the period ending ${clock(newest.end)}; ${base.count} ${base.count === 1 ? 'is' : 'are'} running at ${clock(t, true)}.`;
}

const sign = (x: number) => (x >= 0 ? `+ ${x}` : `− ${-x}`);

/** " = ceil(4 running × 100 / 60)" and the like, from the rule the engine applied. */
function arithmetic(b: ScalingBasis): string {
  const r = b.rule;
  const baseWord = b.base.kind === 'beforeCooldown' ? 'before the cooldown' : 'running';
  switch (r.kind) {
    case 'proportional':
      return ` = ceil(${b.base.count} × ${num(b.value, 2)} / ${num(r.targetValue, 2)})`;
    case 'fromZero':
      return ' (from 0 running tasks target tracking starts with the minimum, 1)';
    case 'step':
      if (r.adjustmentType === 'ExactCapacity') return ` (step sets exactly ${r.scalingAdjustment})`;
      if (r.adjustmentType === 'ChangeInCapacity') return ` = ${b.base.count} ${baseWord} ${sign(r.change)}`;
      return ` = ${b.base.count} ${baseWord} ${sign(r.change)} (${r.scalingAdjustment >= 0 ? '+' : ''}${r.scalingAdjustment} % of ${b.base.count}, rounded as AWS does)`;
    default:
      return '';
  }
}

/** The raw proposal when bounds changed it: ", = 0, kept within 10–30". */
function boundsSuffix(b: ScalingBasis): string {
  const bounded = b.constraints.some((c) => c.kind === 'minCapacity' || c.kind === 'maxCapacity');
  if (!bounded || b.raw === null) return '';
  return `${b.rule.kind === 'proportional' ? ` = ${b.raw}` : ''}, kept within ${b.minCapacity}–${b.maxCapacity}`;
}

function constraintSentence(c: Constraint, b: ScalingBasis): string {
  switch (c.kind) {
    case 'minCapacity':
      return `The minimum capacity is ${c.value}.`;
    case 'maxCapacity':
      return `The maximum capacity is ${c.value}.`;
    case 'notAboveDesired':
      return c.scaleOutCooldownUntil !== null
        ? `Within the scale-out cooldown (until ${clock(c.scaleOutCooldownUntil, true)}) only a count above the desired ${c.desired} applies: the tasks the previous scale-out added are still starting and count through the desired count.`
        : `A scale-out applies only above the desired count (${c.desired}); tasks already asked for are still starting.`;
    case 'notBelowDesired':
      return `A scale-in applies only below the desired count (${c.desired}).`;
    case 'scaleInCooldown':
      return `The scale-in cooldown runs until ${clock(c.until, true)}: no scale-in before then, even while the alarm stays in ALARM.`;
    case 'waitingForPolicies':
      return `Target tracking scales in only when every policy with scale-in enabled is ready; not ready yet: ${c.policies.join(', ')}.`;
    case 'largestScaleIn':
      return `Several target tracking policies are ready to scale in; the one that keeps the most capacity (${c.policy}, ${c.to}) decides.`;
    case 'largerProposal':
      return `${c.policy} asked for more capacity (${c.to}) at the same time, and the largest capacity wins.`;
    case 'forecastCapacity':
      return `Predictive scaling (${c.policy}) forecasts ${plural(c.capacity, 'task')} for this hour and does not scale in: no scale-in goes below its forecast until the next hour's forecast.`;
    default:
      return b.alarm.alarm;
  }
}

const NOT_SCALED: Record<Ev<'NotScaled'>['reason'], string> = {
  AlreadyAtMaxCapacity: 'already at the maximum capacity',
  AlreadyAtMinCapacity: 'already at the minimum capacity',
  AlreadyAtDesiredCapacity: 'the policy asks for no change to the desired count',
  ScaleInCooldown: 'the scale-in cooldown is running',
  WaitingForOtherPolicies: 'another target tracking policy is not ready to scale in',
  LargerProposalApplied: 'another policy asked for more capacity',
  NoStepMatched: 'the metric falls in none of the steps',
  StepAdjustmentZero: 'the matching step adjusts by 0',
  NoDatapoint: 'the newest datapoint is missing, and no policy acts on missing data',
  ForecastCapacity: 'predictive scaling’s forecast for this hour is a floor it does not scale in below',
  DeploymentInProgress:
    'a deployment is in progress, and Application Auto Scaling turns scale-in off until it completes (scale-out continues)',
};

function policyDetails(b: ScalingBasis, t: number): string[] {
  const details = [datapointsSentence(b.alarm)];
  const r = b.rule;
  if (r.kind === 'step') {
    const lo = r.lowerBound === null ? '−∞' : num(r.lowerBound, 2);
    const hi = r.upperBound === null ? '+∞' : num(r.upperBound, 2);
    details.push(
      `${num(b.value, 2)} − ${num(b.alarm.threshold, 2)} = ${num(r.delta, 2)} falls in the step ${r.above ? '[' : '('}${lo}, ${hi}${r.above ? ')' : ']'} of the table.`,
    );
  }
  if (b.cooldown) {
    const until = clock(b.cooldown.until, true);
    details.push(
      b.cooldown.direction === 'in'
        ? `Scale-in cooldown ${b.cooldown.seconds} s: no further scale-in until ${until}, even while the alarm stays in ALARM; a scale-out during the cooldown goes ahead at once and ends it.`
        : b.policyType === 'StepScaling'
          ? `Cooldown ${b.cooldown.seconds} s: while it runs, a further scale-out only adds what the previous one has not.`
          : `Scale-out cooldown ${b.cooldown.seconds} s (until ${until}): within it only a proposal above the desired count applies.`,
    );
  }
  if (b.base.kind === 'running' && b.policyType === 'TargetTrackingScaling')
    details.push(
      b.direction === 'out'
        ? `Target tracking starts from the tasks running now (${b.base.count}), never from the desired count; tasks still starting count through the desired count, so only a proposal above it is applied.`
        : `Target tracking starts from the tasks running now (${b.base.count}).`,
    );
  if (b.base.kind === 'beforeCooldown')
    details.push(
      `Within the cooldown the previous increase counts as part of the current capacity, so the step applies to ${b.base.count}, the count before the cooldown’s first scale-out.`,
    );
  const measured = measuredSentence(b.alarm, b.base, t);
  if (measured) details.push(measured);
  for (const c of b.constraints) if (c.kind !== 'minCapacity' && c.kind !== 'maxCapacity') details.push(constraintSentence(c, b));
  return details;
}

function activity(e: Ev<'ScalingActivity'>, sameTime: readonly SimEvent[]): Narration {
  const b = e.basis;
  if (b.policyType === 'ScheduledAction') {
    const run = sameTime.find((x): x is Ev<'ScheduledActionExecuted'> => x.type === 'ScheduledActionExecuted');
    return {
      t: e.t,
      headline: `Scheduled action ${e.scheduledAction} (${b.schedule}) → min ${run?.minCapacity ?? b.minCapacity}, max ${run?.maxCapacity ?? b.maxCapacity} → desired ${e.from} → ${e.to}`,
      details: ['A scheduled action moves the desired count inside its new bounds at once; cooldowns do not apply.'],
      notes: [],
    };
  }
  return {
    t: e.t,
    headline: `${alarmCondition(b.alarm)} → ${alarmShort(b.alarm)} → desired ${e.from} → ${e.to}${arithmetic(b)}${boundsSuffix(b)}`,
    details: policyDetails(b, e.t),
    notes: b.notes.map((n) => NOTE[n]),
  };
}

function notScaled(e: Ev<'NotScaled'>): Narration {
  const b = e.basis;
  const wouldBe = b.raw === null ? '' : `: it asks for ${b.raw}${arithmetic(b)}`;
  return {
    t: e.t,
    headline: `${alarmShort(b.alarm)} in ALARM, desired stays ${b.final} — ${NOT_SCALED[e.reason]}${wouldBe}`,
    details: policyDetails(b, e.t),
    notes: b.notes.map((n) => NOTE[n]),
  };
}

function managedConstraint(c: ManagedConstraint): string {
  switch (c.kind) {
    case 'minimumScalingStepSize':
      return `At least minimumScalingStepSize (${c.value}) instances are added at a time.`;
    case 'maximumScalingStepSize':
      return `At most maximumScalingStepSize (${c.value}) instances are added at a time.`;
    case 'maxSize':
      return `The Auto Scaling group's maximum size is ${c.value}.`;
    case 'minSize':
      return `The Auto Scaling group's minimum size is ${c.value}.`;
    case 'instanceWarmup':
      return `An instance is still within its warm-up period (until ${clock(c.until, true)}), which blocks further scale-out.`;
    case 'emptyInstancesOnly':
      return `Only empty instances are terminated; ${plural(c.empty, 'instance')} ${c.empty === 1 ? 'was' : 'were'} empty.`;
  }
}

function managedHeadline(b: ManagedScalingBasis): string {
  const op = b.direction === 'out' ? '>' : '<';
  const now = b.instancesNow === b.instancesInGroup ? '' : ` (${b.instancesNow} now)`;
  return `CapacityProviderReservation ${num(b.reservation, 0)} ${op} ${num(b.targetCapacity, 2)}: ${plural(b.instancesNeeded, 'instance')} needed for the tasks, ${b.instancesInGroup} in the group${now}`;
}

function managedDetails(b: ManagedScalingBasis): string[] {
  return [
    `CapacityProviderReservation = instances needed for all tasks ÷ instances in the group × 100 = ${b.instancesNeeded} ÷ ${b.instancesInGroup} × 100; managed scaling asks for ceil(${b.instancesNeeded} × 100 ÷ ${num(b.targetCapacity, 2)}) = ${b.wanted} instances.`,
    datapointsSentence(b.alarm),
    ...b.constraints.map(managedConstraint),
  ];
}

const MANAGED_NOT_SCALED: Record<Ev<'ManagedScalingNotScaled'>['reason'], string> = {
  InstanceWarmup: 'an instance is warming up',
  AtMaxSize: 'the group is at its maximum size',
  AtMinSize: 'the group is at its minimum size',
  AlreadyAtCapacity: 'the group already has the instances it asks for',
  NoEmptyInstance: 'no instance is empty, and only empty instances are terminated',
};

function alarmChange(e: Ev<'AlarmStateChange'>): Narration {
  const a = e.basis;
  const details = [datapointsSentence(a)];
  if (e.to === 'INSUFFICIENT_DATA')
    details.push(
      `No datapoint: no task was RUNNING to report ${a.metric} in that period. No policy scales on missing data, and it is not read as low.`,
    );
  else
    details.push(
      `${a.breaching} of the last ${plural(a.datapoints.length, 'datapoint')} ${SIDE[a.comparisonOperator]} ${thresholdText(a)}; ALARM needs ${a.datapointsToAlarm}.`,
    );
  return { t: e.t, headline: `${a.alarm}: ${e.from} → ${e.to}`, details, notes: [] };
}

function explain(events: readonly SimEvent[], idx: number): Narration | null {
  const e = events[idx] as SimEvent;
  const sameTime = events.filter((x) => x.t === e.t);
  switch (e.type) {
    case 'ScalingActivity':
      return activity(e, sameTime);
    case 'NotScaled':
      return notScaled(e);
    case 'ManagedScaling':
      return {
        t: e.t,
        headline: `${managedHeadline(e.basis)} → Auto Scaling group ${e.from} → ${e.to} instances`,
        details: managedDetails(e.basis),
        notes: e.basis.notes.map((n) => NOTE[n]),
      };
    case 'ManagedScalingNotScaled':
      return {
        t: e.t,
        headline: `${managedHeadline(e.basis)} → the group stays at ${e.basis.final} — ${MANAGED_NOT_SCALED[e.reason]}`,
        details: managedDetails(e.basis),
        notes: e.basis.notes.map((n) => NOTE[n]),
      };
    case 'ScheduledActionExecuted':
      return {
        t: e.t,
        headline: `Scheduled action ${e.scheduledAction} → min ${e.minCapacity}, max ${e.maxCapacity}`,
        details: ['The desired count was already inside the new bounds.'],
        notes: [],
      };
    case 'ServiceEvent':
      return { t: e.t, headline: e.message, details: [], notes: [] };
    case 'AlarmStateChange':
      return alarmChange(e);
    case 'ModelNote':
      return { t: e.t, headline: 'The run reaches a simplification of the model', details: [], notes: [NOTE[e.note]] };
    case 'DeploymentStateChange':
      return deploymentNarration(e);
    case 'TrafficShift':
      return shiftNarration(e);
    case 'Incident':
      return incidentNarration(e);
    case 'TaskStateChange':
      return taskStopNarration(e);
    default: {
      const p = explainPlatform(e);
      return p ? { ...p, notes: [] } : null;
    }
  }
}

/** The latest decision at or before t, explained; null before the first one. */
export function narrate(r: Pick<Result, 'events'>, t: number): Narration | null {
  const events = r.events;
  for (let i = lastEventAt(events, t); i >= 0; i--) {
    const e = events[i] as SimEvent;
    if (!PRIORITY[e.type]) continue;
    // Of the events at this second, the most telling one.
    let pick = i;
    for (let k = i; k >= 0 && (events[k] as SimEvent).t === e.t; k--) {
      if ((PRIORITY[(events[k] as SimEvent).type] ?? 0) > (PRIORITY[(events[pick] as SimEvent).type] ?? 0)) pick = k;
    }
    const told = explain(events, pick);
    if (told) return told;
  }
  return null;
}

/** Index of the last alarm progress record at or before t; -1 when none. */
export function lastProgressAt(history: Result['alarmHistory'], t: number): number {
  let lo = 0;
  let hi = history.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((history[mid] as Result['alarmHistory'][number]).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** What is building up at time t: alarms collecting breaching datapoints, tasks starting. */
export function watching(sc: Scenario, r: Pick<Result, 'minutes' | 'alarmHistory'>, t: number): string[] {
  const out: string[] = [];
  const alarms = describeAlarms(sc);
  const latest = new Map<string, Result['alarmHistory'][number]>();
  for (let k = lastProgressAt(r.alarmHistory, t); k >= 0 && latest.size < alarms.length; k--) {
    const p = r.alarmHistory[k] as Result['alarmHistory'][number];
    if (!latest.has(p.alarm)) latest.set(p.alarm, p);
  }
  for (const a of alarms) {
    const p = latest.get(a.name);
    if (!p || p.state === 'ALARM' || p.breaching === 0) continue;
    const owner = a.policy ?? 'managed scaling';
    out.push(
      `${owner}: ${p.breaching} of ${p.datapointsToAlarm} datapoints ${SIDE[a.comparisonOperator]} ${num(a.threshold, 2)}${unitOf(a.metric)} — ${alarmShort({ role: a.role, alarm: a.name })} fires at ${p.datapointsToAlarm}.`,
    );
  }
  let row: Result['minutes'][number] | undefined;
  for (let k = r.minutes.length - 1; k >= 0 && !row; k--) if ((r.minutes[k] as Result['minutes'][number]).t <= t) row = r.minutes[k];
  const unit = sc.platform.type === 'EKS' ? 'pod' : sc.platform.type === 'APP_RUNNER' ? 'instance' : 'task';
  if (row && row.pendingCount > 0)
    out.push(
      `${plural(row.pendingCount, unit)} starting (${sc.platform.type === 'EKS' ? 'Pending for a node, or pulling the image' : 'PROVISIONING or PENDING'}) at ${clock(row.t)}.`,
    );
  return out;
}
