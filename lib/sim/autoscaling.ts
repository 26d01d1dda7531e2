/**
 * Application Auto Scaling at each minute boundary: every policy's alarms take the new datapoint,
 * policies whose alarm is in ALARM are invoked (again each minute while it stays there, §1.2), and
 * the proposals are resolved: "precedence to the policy that provides the largest capacity" (§1.8);
 * target tracking scales in only when every target tracking policy with scale-in enabled is ready.
 */
import { alarmStatistic, backlogDatapoint, cpuDatapoint, memoryDatapoint, requestCountPerTargetDatapoint } from './metrics';
import { reconcile } from './tasks';
import type { ScalingPolicy, StepScalingPolicy, TargetTrackingPolicy } from './schema';
import { breaches, findStep, stepCapacity } from './step-scaling';
import { clamp, HIGH_DATAPOINTS, LOW_DATAPOINTS, SCALE_IN_FRACTION, targetTrackingCapacity } from './target-tracking';
import { gt, lt } from './tolerance';
import type { AlarmState, MinuteAcc, PolicyState, SimState } from './types';

interface Proposal {
  policy: number;
  to: number;
  out: boolean;
  alarm: string;
}

const TT_METRIC_NAME: Record<TargetTrackingPolicy['predefinedMetricType'], string> = {
  ECSServiceAverageCPUUtilization: 'CPUUtilization',
  ECSServiceAverageMemoryUtilization: 'MemoryUtilization',
  ALBRequestCountPerTarget: 'RequestCountPerTarget',
  SQSBacklogPerTask: 'BacklogPerTask',
};

function ttDatapoint(acc: MinuteAcc, p: TargetTrackingPolicy): number | null {
  switch (p.predefinedMetricType) {
    case 'ECSServiceAverageCPUUtilization':
      return cpuDatapoint(acc);
    case 'ECSServiceAverageMemoryUtilization':
      return memoryDatapoint(acc);
    case 'ALBRequestCountPerTarget':
      return requestCountPerTargetDatapoint(acc);
    case 'SQSBacklogPerTask':
      return backlogDatapoint(acc);
  }
}

export function newPolicyState(): PolicyState {
  return { high: [], low: [], highState: 'OK', lowState: 'OK', outUntil: -1, outBase: 0, inUntil: -1 };
}

function push(flags: boolean[], flag: boolean, keep: number): void {
  flags.push(flag);
  if (flags.length > keep) flags.shift();
}

/** N of M evaluation; with no datapoint this minute the alarm has INSUFFICIENT_DATA unless already met. */
function evaluate(flags: boolean[], needed: number, value: number | null): AlarmState {
  let breaching = 0;
  for (const f of flags) if (f) breaching++;
  if (breaching >= needed) return 'ALARM';
  return value === null ? 'INSUFFICIENT_DATA' : 'OK';
}

function transition(s: SimState, t: number, alarm: string, from: AlarmState, to: AlarmState, reason: string): AlarmState {
  if (from !== to) s.events.push({ t, type: 'AlarmStateChange', alarm, from, to, reason });
  return to;
}

const fmt = (x: number): string => String(Math.round(x * 100) / 100);

function targetTracking(s: SimState, t: number, i: number, p: TargetTrackingPolicy, ps: PolicyState, out: Proposal[]): void {
  const value = ttDatapoint(s.acc, p);
  const metric = TT_METRIC_NAME[p.predefinedMetricType];
  const lowLine = SCALE_IN_FRACTION * p.targetValue;
  const high = `TargetTracking-${p.name}-AlarmHigh`;
  const low = `TargetTracking-${p.name}-AlarmLow`;
  push(ps.high, value !== null && gt(value, p.targetValue), HIGH_DATAPOINTS);
  const highTo = evaluate(ps.high, HIGH_DATAPOINTS, value);
  ps.highState = transition(
    s,
    t,
    high,
    ps.highState,
    highTo,
    highTo === 'ALARM'
      ? `${metric} > ${fmt(p.targetValue)} for 3 datapoints within 3 minutes`
      : `${metric} ${value === null ? 'has no datapoint' : `${fmt(value)} no longer > ${fmt(p.targetValue)} for 3 datapoints`}`,
  );
  const running = s.nRunning;
  if (ps.highState === 'ALARM' && value !== null) {
    // Semantics 7: always from the running count (§1.4 "the actual running task count ... is the
    // starting point ... This prevents excessive (runaway) scaling"). Tasks a scale-out already
    // added count through the desired count: only a proposal above it is applied (semantics 6).
    out.push({ policy: i, to: targetTrackingCapacity(running, value, p.targetValue, true), out: true, alarm: high });
  }
  if (p.disableScaleIn) return; // §1.6: no scale-in, so AWS creates no AlarmLow
  push(ps.low, value !== null && lt(value, lowLine), LOW_DATAPOINTS);
  const lowTo = evaluate(ps.low, LOW_DATAPOINTS, value);
  ps.lowState = transition(
    s,
    t,
    low,
    ps.lowState,
    lowTo,
    lowTo === 'ALARM'
      ? `${metric} < ${fmt(lowLine)} for 15 datapoints within 15 minutes`
      : `${metric} ${value === null ? 'has no datapoint' : `not below ${fmt(lowLine)} for 15 datapoints`}`,
  );
  if (ps.lowState === 'ALARM' && value !== null) {
    out.push({ policy: i, to: targetTrackingCapacity(running, value, p.targetValue, false), out: false, alarm: low });
  }
}

function stepScaling(s: SimState, t: number, i: number, p: StepScalingPolicy, ps: PolicyState, out: Proposal[]): void {
  const a = p.alarm;
  const value = alarmStatistic(s.acc, a.metric, a.statistic);
  const name = `${p.name}-alarm`;
  push(ps.high, value !== null && breaches(value, a.comparisonOperator, a.threshold), a.evaluationPeriods);
  const needed = a.datapointsToAlarm ?? a.evaluationPeriods;
  const to = evaluate(ps.high, needed, value);
  ps.highState = transition(
    s,
    t,
    name,
    ps.highState,
    to,
    to === 'ALARM'
      ? `${a.metric} ${a.statistic} ${a.comparisonOperator} ${fmt(a.threshold)} for ${needed} datapoints within ${a.evaluationPeriods} minutes`
      : `${a.metric} ${value === null ? 'has no datapoint' : `${a.statistic} ${fmt(value)} does not breach ${fmt(a.threshold)}`}`,
  );
  if (ps.highState !== 'ALARM' || value === null) return;
  const step = findStep(p.stepAdjustments, value - a.threshold, a.comparisonOperator);
  if (!step) return;
  const inCooldown = t < ps.outUntil;
  // §2: during the scale-out cooldown "the previous increase ... is considered part of the current capacity".
  const base = inCooldown && (step.scalingAdjustment > 0 || p.adjustmentType === 'ExactCapacity') ? ps.outBase : s.nRunning;
  const target = stepCapacity(base, p.adjustmentType, step.scalingAdjustment, p.minAdjustmentMagnitude);
  const isOut = p.adjustmentType === 'ExactCapacity' ? target > s.desired : step.scalingAdjustment > 0;
  if (step.scalingAdjustment === 0 && p.adjustmentType !== 'ExactCapacity') return;
  out.push({ policy: i, to: target, out: isOut, alarm: name });
}

function cooldownOf(p: ScalingPolicy, out: boolean): number {
  if (p.policyType === 'StepScaling') return p.cooldown;
  return out ? p.scaleOutCooldown : p.scaleInCooldown;
}

function apply(s: SimState, t: number, pr: Proposal, to: number): void {
  const p = s.scenario.autoScaling.policies[pr.policy] as ScalingPolicy;
  const ps = s.policies[pr.policy] as PolicyState;
  const from = s.desired;
  const base = s.nRunning;
  s.desired = to;
  s.events.push({
    t,
    type: 'ScalingActivity',
    policy: p.name,
    scheduledAction: null,
    from,
    to,
    cause: `monitor alarm ${pr.alarm} in state ALARM triggered policy ${p.name} changing the desired capacity from ${from} to ${to}`,
  });
  const cooldown = cooldownOf(p, pr.out);
  if (pr.out) {
    s.totals.scaleOuts++;
    if (s.totals.firstScaleOutAt < 0) s.totals.firstScaleOutAt = t;
    if (cooldown > 0) {
      // A new scale-out starts a new cooldown; step scaling carries the count its first adjustment
      // was applied to (semantics 8). Target tracking needs no base: it always starts from running.
      const fresh = t >= ps.outUntil;
      ps.outUntil = t + cooldown;
      if (fresh) ps.outBase = base;
    }
    // §1.5: a scale-out during a scale-in cooldown ends that cooldown.
    for (const other of s.policies) other.inUntil = -1;
  } else {
    s.totals.scaleIns++;
    if (cooldown > 0) ps.inUntil = t + cooldown;
  }
  if (s.desired > s.totals.maxDesired) s.totals.maxDesired = s.desired;
  reconcile(s, t);
}

/** Phase (b), after the minute's datapoints are closed: alarms, policy invocations, one activity at most. */
export function runAutoScaling(s: SimState, t: number): void {
  const policies = s.scenario.autoScaling.policies;
  if (policies.length === 0) return;
  const proposals: Proposal[] = [];
  policies.forEach((p, i) => {
    const ps = s.policies[i] as PolicyState;
    if (p.policyType === 'TargetTrackingScaling') targetTracking(s, t, i, p, ps, proposals);
    else stepScaling(s, t, i, p, ps, proposals);
  });
  let best: Proposal | undefined;
  let bestTo = s.desired;
  for (const pr of proposals) {
    const to = clamp(pr.to, s.minCapacity, s.maxCapacity);
    // Semantics 6: during a scale-out cooldown only a count above the current desired passes — and
    // outside one, a scale-out that does not raise the count changes nothing either.
    if (pr.out && to > bestTo) {
      best = pr;
      bestTo = to;
    }
  }
  if (best) {
    apply(s, t, best, bestTo);
    return;
  }
  // Scale-in: target tracking needs every policy with scale-in enabled to be ready (§1.8), and then
  // removes no more than the most cautious of them allows; a step policy scales in on its own (§2).
  // The largest remaining capacity wins.
  let ttReady = true;
  let ttTo = -1;
  let ttBest: Proposal | undefined;
  policies.forEach((p, i) => {
    if (p.policyType !== 'TargetTrackingScaling' || p.disableScaleIn) return;
    const ps = s.policies[i] as PolicyState;
    const pr = proposals.find((x) => x.policy === i && !x.out);
    if (ps.lowState !== 'ALARM' || t < ps.inUntil || !pr) {
      ttReady = false;
      return;
    }
    const to = clamp(pr.to, s.minCapacity, s.maxCapacity);
    if (to > ttTo) {
      ttTo = to;
      ttBest = pr;
    }
  });
  let inBest = ttReady && ttTo < s.desired ? ttBest : undefined;
  let inTo = inBest ? ttTo : -1;
  for (const pr of proposals) {
    const p = policies[pr.policy] as ScalingPolicy;
    if (pr.out || p.policyType !== 'StepScaling' || t < (s.policies[pr.policy] as PolicyState).inUntil) continue;
    const to = clamp(pr.to, s.minCapacity, s.maxCapacity);
    if (to < s.desired && to > inTo) {
      inBest = pr;
      inTo = to;
    }
  }
  if (inBest) apply(s, t, inBest, inTo);
}
