/**
 * Application Auto Scaling, each time a datapoint is published: every policy on that period
 * evaluates its alarms and, while one is in ALARM, is invoked (again at every datapoint while it
 * stays there, §1.2). The proposals are resolved: "precedence to the policy that provides the
 * largest capacity" (§1.8); target tracking scales in only when every target tracking policy with
 * scale-in enabled is ready; at most one activity per evaluation. Every invocation that changes
 * nothing says why (NotScaled, once per policy and reason until the outcome changes).
 */
import { alarmBasis, evaluateAlarm, newAlarmRuntime } from './alarm';
import type { Datapoint } from './cloudwatch';
import type { Constraint, NotScaledReason, ScalingBasis } from './decisions';
import { kindOf } from './policies';
import { predictiveFloor } from './predictive';
import type { Proposal } from './policies/types';
import type { ScalingPolicy } from './schema';
import { reconcile } from './tasks';
import { deploymentInProgress } from './deployments';
import type { PolicyState, SimState } from './types';

export function newPolicyState(alarms: number): PolicyState {
  return {
    alarms: Array.from({ length: alarms }, newAlarmRuntime),
    outUntil: -1,
    outBase: 0,
    inUntil: -1,
    inProposal: null,
    lastOutcome: { out: '', in: '' },
  };
}

const clamp = (x: number, min: number, max: number) => (x < min ? min : x > max ? max : x);

/** The raw proposal within the bounds, noting which bound changed it. */
function bounded(b: ScalingBasis): number {
  const raw = b.raw as number;
  const to = clamp(raw, b.minCapacity, b.maxCapacity);
  if (to > raw) b.constraints.push({ kind: 'minCapacity', value: b.minCapacity });
  if (to < raw) b.constraints.push({ kind: 'maxCapacity', value: b.maxCapacity });
  return to;
}

function notScaled(s: SimState, t: number, pr: Proposal, reason: NotScaledReason, constraint?: Constraint): void {
  const ps = s.policies[pr.policy] as PolicyState;
  const b = pr.basis;
  if (constraint) b.constraints.push(constraint);
  b.final = s.desired;
  const key = `${reason}`;
  if (ps.lastOutcome[b.direction] === key) return;
  ps.lastOutcome[b.direction] = key;
  s.events.push({ t, type: 'NotScaled', policy: pr.name, reason, basis: b });
}

/** Why a bounded proposal does not move the desired count. */
function heldReason(b: ScalingBasis, to: number): NotScaledReason {
  if (b.rule.kind === 'step' && b.rule.adjustmentType !== 'ExactCapacity' && b.rule.scalingAdjustment === 0) return 'StepAdjustmentZero';
  if (b.direction === 'out' && to === b.maxCapacity && (b.raw as number) >= b.maxCapacity) return 'AlreadyAtMaxCapacity';
  if (b.direction === 'in' && to === b.minCapacity && (b.raw as number) <= b.minCapacity) return 'AlreadyAtMinCapacity';
  return 'AlreadyAtDesiredCapacity';
}

function apply(s: SimState, t: number, pr: Proposal, to: number): void {
  const p = s.scenario.autoScaling.policies[pr.policy] as ScalingPolicy;
  const ps = s.policies[pr.policy] as PolicyState;
  const b = pr.basis;
  const from = s.desired;
  b.final = to;
  s.desired = to;
  ps.lastOutcome[b.direction] = 'scaled';
  s.events.push({
    t,
    type: 'ScalingActivity',
    policy: p.name,
    scheduledAction: null,
    from,
    to,
    cause: `monitor alarm ${b.alarm.alarm} in state ALARM triggered policy ${p.name} changing the desired capacity from ${from} to ${to}`,
    basis: b,
  });
  const cooldown = kindOf(p).cooldownSeconds(p, b.direction);
  if (cooldown > 0) b.cooldown = { direction: b.direction, seconds: cooldown, until: t + cooldown };
  if (b.direction === 'out') {
    s.totals.scaleOuts++;
    if (s.totals.firstScaleOutAt < 0) s.totals.firstScaleOutAt = t;
    if (cooldown > 0) {
      // A new scale-out starts a new cooldown; a step policy carries the count its first
      // adjustment was applied to (semantics 8). Target tracking always starts from running.
      if (t >= ps.outUntil) ps.outBase = b.base.count;
      ps.outUntil = t + cooldown;
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

interface Candidate {
  pr: Proposal;
  to: number;
}

/** Scale-out: the largest count above the desired count wins (semantics 6). */
function resolveScaleOut(s: SimState, t: number, outs: Proposal[]): Candidate | undefined {
  let best: Candidate | undefined;
  const held: Candidate[] = [];
  for (const pr of outs) {
    const to = bounded(pr.basis);
    if (to <= s.desired) {
      const ps = s.policies[pr.policy] as PolicyState;
      pr.basis.constraints.push({
        kind: 'notAboveDesired',
        desired: s.desired,
        scaleOutCooldownUntil: t < ps.outUntil ? ps.outUntil : null,
      });
      notScaled(s, t, pr, heldReason(pr.basis, to));
      continue;
    }
    if (!best || to > best.to) {
      if (best) held.push(best);
      best = { pr, to };
    } else held.push({ pr, to });
  }
  for (const h of held)
    notScaled(s, t, h.pr, 'LargerProposalApplied', {
      kind: 'largerProposal',
      policy: (best as Candidate).pr.name,
      to: (best as Candidate).to,
    });
  return best;
}

/**
 * Scale-in: target tracking needs every policy with scale-in enabled to be ready (§1.8) and then
 * removes no more than the most cautious of them allows; a step policy scales in on its own (§2).
 */
function resolveScaleIn(s: SimState, t: number, ins: Proposal[]): Candidate | undefined {
  const policies = s.scenario.autoScaling.policies;
  const candidates: Candidate[] = [];
  const together = ins.filter((pr) => kindOf(policies[pr.policy] as ScalingPolicy).scalesInTogether(policies[pr.policy] as ScalingPolicy));
  if (together.length > 0) {
    const waiting: string[] = [];
    let best: { name: string; to: number; basis: ScalingBasis } | undefined;
    policies.forEach((p, i) => {
      if (!kindOf(p).scalesInTogether(p)) return;
      const ps = s.policies[i] as PolicyState;
      const b = ps.inProposal;
      if (!b || b.raw === null || t < ps.inUntil) {
        waiting.push(p.name);
        return;
      }
      const to = clamp(b.raw, s.minCapacity, s.maxCapacity);
      if (!best || to > best.to) best = { name: p.name, to, basis: b };
    });
    for (const pr of together) {
      const ps = s.policies[pr.policy] as PolicyState;
      if (t < ps.inUntil) notScaled(s, t, pr, 'ScaleInCooldown', { kind: 'scaleInCooldown', until: ps.inUntil });
      else if (waiting.length > 0) notScaled(s, t, pr, 'WaitingForOtherPolicies', { kind: 'waitingForPolicies', policies: waiting });
    }
    if (waiting.length === 0 && best) {
      const chosen = together.find((pr) => pr.basis === best?.basis) ?? together[0];
      if (chosen) {
        const to = bounded(chosen.basis);
        const final = best.to;
        if (best.name !== chosen.name || final !== to)
          chosen.basis.constraints.push({ kind: 'largestScaleIn', policy: best.name, to: final });
        if (final < s.desired) candidates.push({ pr: chosen, to: final });
        else {
          chosen.basis.constraints.push({ kind: 'notBelowDesired', desired: s.desired });
          notScaled(s, t, chosen, heldReason(chosen.basis, final));
        }
        for (const pr of together)
          if (pr !== chosen) notScaled(s, t, pr, 'LargerProposalApplied', { kind: 'largestScaleIn', policy: best.name, to: final });
      }
    }
  }
  for (const pr of ins) {
    if (together.includes(pr)) continue;
    const ps = s.policies[pr.policy] as PolicyState;
    if (t < ps.inUntil) {
      notScaled(s, t, pr, 'ScaleInCooldown', { kind: 'scaleInCooldown', until: ps.inUntil });
      continue;
    }
    const to = bounded(pr.basis);
    if (to >= s.desired) {
      pr.basis.constraints.push({ kind: 'notBelowDesired', desired: s.desired });
      notScaled(s, t, pr, heldReason(pr.basis, to));
    } else candidates.push({ pr, to });
  }
  let best: Candidate | undefined;
  for (const c of candidates) if (!best || c.to > best.to) best = c;
  for (const c of candidates)
    if (c !== best)
      notScaled(s, t, c.pr, 'LargerProposalApplied', {
        kind: 'largerProposal',
        policy: (best as Candidate).pr.name,
        to: (best as Candidate).to,
      });
  return best;
}

/** A datapoint of `dp.period` was published at t: alarms, invocations, at most one activity. */
export function runAutoScaling(s: SimState, t: number, dp: Datapoint): void {
  const policies = s.scenario.autoScaling.policies;
  if (policies.length === 0) return;
  const proposals: Proposal[] = [];
  policies.forEach((p, i) => {
    const specs = s.d.alarmSpecs[i] ?? [];
    if (specs[0]?.periodSeconds !== dp.period) return;
    const ps = s.policies[i] as PolicyState;
    specs.forEach((spec, k) => evaluateAlarm(s, t, spec, ps.alarms[k] as PolicyState['alarms'][number], dp));
    const basisOf = (k: number) => alarmBasis(specs[k] as (typeof specs)[number], ps.alarms[k] as PolicyState['alarms'][number]);
    const asked = kindOf(p).invoke(p, { s, t, index: i, ps }, basisOf);
    // A direction the policy did not ask for: its next not-scaled outcome is news again.
    for (const direction of ['out', 'in'] as const)
      if (!asked.some((pr) => pr.basis.direction === direction)) ps.lastOutcome[direction] = '';
    proposals.push(...asked);
  });
  const outs: Proposal[] = [];
  const ins: Proposal[] = [];
  for (const pr of proposals) {
    const b = pr.basis;
    if (b.rule.kind === 'noData') notScaled(s, t, pr, 'NoDatapoint');
    else if (b.rule.kind === 'noStep') notScaled(s, t, pr, 'NoStepMatched');
    else (b.direction === 'out' ? outs : ins).push(pr);
  }
  const out = resolveScaleOut(s, t, outs);
  if (out) {
    for (const pr of ins) notScaled(s, t, pr, 'LargerProposalApplied', { kind: 'largerProposal', policy: out.pr.name, to: out.to });
    apply(s, t, out.pr, out.to);
    return;
  }
  if (ins.length > 0 && deploymentInProgress(s)) {
    for (const pr of ins) notScaled(s, t, pr, 'DeploymentInProgress');
    return;
  }
  const scaleIn = resolveScaleIn(s, t, ins);
  if (!scaleIn) return;
  // Predictive scaling does not scale in: its forecast for the hour is a floor (predictive.ts).
  const floor = predictiveFloor(s);
  if (floor !== null && scaleIn.to < floor) {
    const policy = s.scenario.autoScaling.predictiveScaling?.name ?? 'predictive';
    const constraint: Constraint = { kind: 'forecastCapacity', policy, capacity: floor };
    if (floor >= s.desired) {
      notScaled(s, t, scaleIn.pr, 'ForecastCapacity', constraint);
      return;
    }
    scaleIn.pr.basis.constraints.push(constraint);
    scaleIn.to = floor;
  }
  apply(s, t, scaleIn.pr, scaleIn.to);
}
