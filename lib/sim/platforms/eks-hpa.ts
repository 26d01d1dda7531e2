/**
 * The Horizontal Pod Autoscaler (autoscaling/v2) for one Deployment on CPU averageUtilization,
 * as the Kubernetes documentation describes it (sources in lib/sim/README.md "Other platforms"):
 * - every --horizontal-pod-autoscaler-sync-period (15 s) it reads the pods' CPU from the metrics
 *   API (metrics-server, one window per --metric-resolution, 15 s);
 * - desiredReplicas = ceil[currentReplicas × (currentMetricValue ÷ desiredMetricValue)] over the
 *   ready pods, skipped within the tolerance (0.1); when scaling up with pods not yet ready, those
 *   count at 0 % ("conservatively assume the not-yet-ready pods are consuming 0% of the desired
 *   metric"), and a scale that the recount reverses does not happen;
 * - the behavior: the scale-down stabilization window (300 s) takes the highest recommendation in
 *   it, scale-up has none; the policies limit the change per period (up: 100 % or 4 pods per 15 s,
 *   the larger; down: 100 % per 15 s); then minReplicas / maxReplicas.
 */
import { emitNote } from '../events';
import { reconcile } from '../tasks';
import type { SimState } from '../types';
import type { HpaBasis, HpaNotScaledReason } from './decisions';
import type { EksPlatform, HpaRules } from './schema';
import type { HpaState } from './state';
import { countScaling } from '../totals';

export function newHpaState(s: SimState): HpaState {
  return { recommendations: [], scaleEvents: [], sampleAt: 0, sampleCum: s.cumCpuPerServing, windowCpu: null, lastOutcome: '' };
}

/** At each metric-resolution boundary: the CPU one ready pod used per second over the window that just closed. */
function sampleMetrics(s: SimState, hpa: HpaState, t: number, resolution: number): void {
  if (t % resolution !== 0 || t === hpa.sampleAt) return;
  hpa.windowCpu = s.nServing > 0 ? (s.cumCpuPerServing - hpa.sampleCum) / (t - hpa.sampleAt) : null;
  hpa.sampleAt = t;
  hpa.sampleCum = s.cumCpuPerServing;
}

/** Pods counted by the replica calculator: ready (serving) and not yet ready (Pending, starting, in readiness). */
function podCounts(s: SimState): { ready: number; unready: number } {
  return { ready: s.nServing, unready: s.nActive - s.nServing };
}

/** The replica calculator (no tolerance check here: the caller reports it). */
function recommend(
  current: number,
  ready: number,
  unready: number,
  ratio: number,
  tolerance: number,
): { value: number; atZero: boolean; within: boolean } {
  if (unready === 0 || ratio <= 1) {
    if (Math.abs(1 - ratio) <= tolerance) return { value: current, atZero: false, within: true };
    return { value: Math.ceil(ratio * ready - 1e-9), atZero: false, within: false };
  }
  // Scaling up with pods not ready: recount them at 0 %.
  const newRatio = (ratio * ready) / (ready + unready);
  if (Math.abs(1 - newRatio) <= tolerance || newRatio < 1) return { value: current, atZero: true, within: true };
  const value = Math.ceil(newRatio * (ready + unready) - 1e-9);
  return { value: value < current ? current : value, atZero: true, within: false };
}

/** Net replicas added within the last `period` seconds before t (added minus deleted, as the controller counts them). */
function changedInPeriod(hpa: HpaState, t: number, period: number): number {
  let sum = 0;
  for (let k = 0; k < hpa.scaleEvents.length; k += 2)
    if ((hpa.scaleEvents[k] as number) > t - period) sum += hpa.scaleEvents[k + 1] as number;
  return sum;
}

/**
 * The rate limit of the rules' policies, from the replicas at the start of each policy's period
 * (the controller's calculateScaleUpLimitWithScalingRules / calculateScaleDownLimitWithBehaviors:
 * up ceil(start × (1 + value %)) or start + pods; down start × (1 − value %) truncated, or start − pods).
 * selectPolicy Max picks the policy allowing the largest change, Min the smallest.
 */
function rateLimit(hpa: HpaState, t: number, current: number, rules: HpaRules, up: boolean): HpaBasis['rateLimit'] {
  if (rules.selectPolicy === 'Disabled') return { type: 'Pods', value: 0, periodSeconds: 0, limit: current };
  let best: HpaBasis['rateLimit'] = null;
  for (const p of rules.policies) {
    const start = current - changedInPeriod(hpa, t, p.periodSeconds);
    const limit = up
      ? p.type === 'Pods'
        ? start + p.value
        : Math.ceil(start * (1 + p.value / 100) - 1e-9)
      : p.type === 'Pods'
        ? start - p.value
        : Math.floor(start * (1 - p.value / 100) + 1e-9);
    const mostChange = rules.selectPolicy === 'Max';
    if (!best || (up === mostChange ? limit > best.limit : limit < best.limit)) best = { ...p, limit };
  }
  return best;
}

function window(hpa: HpaState, t: number, seconds: number, pick: 'max' | 'min', now: number): number {
  let v = now;
  for (let k = 0; k < hpa.recommendations.length; k += 2)
    if ((hpa.recommendations[k] as number) > t - seconds) {
      const r = hpa.recommendations[k + 1] as number;
      v = pick === 'max' ? Math.max(v, r) : Math.min(v, r);
    }
  return v;
}

function notScaled(s: SimState, hpa: HpaState, t: number, reason: HpaNotScaledReason, basis: HpaBasis): void {
  if (hpa.lastOutcome === reason) return;
  hpa.lastOutcome = reason;
  s.events.push({ t, type: 'HpaNotScaled', reason, basis });
}

/** One HPA sync at t. */
export function runHpa(s: SimState, t: number, p: EksPlatform, hpa: HpaState): void {
  sampleMetrics(s, hpa, t, p.hpa.metricResolutionSeconds);
  if (t === 0 || t % p.hpa.syncPeriodSeconds !== 0) return;
  const current = s.desired;
  const { ready, unready } = podCounts(s);
  const target = p.hpa.targetCPUUtilizationPercentage;
  const utilization = hpa.windowCpu === null ? null : (hpa.windowCpu / s.d.vcpu) * 100;
  const basis: HpaBasis = {
    utilization,
    target,
    ratio: utilization === null ? null : utilization / target,
    tolerance: p.hpa.tolerance,
    readyPods: ready,
    unreadyPods: unready,
    currentReplicas: current,
    recommendation: current,
    unreadyCountedAtZero: false,
    utilizationAllPods: null,
    stabilizationWindowSeconds: 0,
    stabilized: current,
    rateLimit: null,
    minReplicas: s.minCapacity,
    maxReplicas: s.maxCapacity,
    final: current,
  };
  if (utilization === null || ready === 0) {
    notScaled(s, hpa, t, 'NoMetrics', basis);
    return;
  }
  const rec = recommend(current, ready, unready, utilization / target, p.hpa.tolerance);
  basis.recommendation = rec.value;
  basis.unreadyCountedAtZero = rec.atZero;
  if (rec.atZero) basis.utilizationAllPods = (utilization * ready) / (ready + unready);
  const { scaleUp, scaleDown } = p.hpa.behavior;
  hpa.recommendations.push(t, rec.value);
  const keep = Math.max(scaleUp.stabilizationWindowSeconds, scaleDown.stabilizationWindowSeconds, 1800);
  while (hpa.recommendations.length > 0 && (hpa.recommendations[0] as number) <= t - keep) hpa.recommendations.splice(0, 2);
  while (hpa.scaleEvents.length > 0 && (hpa.scaleEvents[0] as number) <= t - 1800) hpa.scaleEvents.splice(0, 2);
  // Stabilization: the safest recommendation of each window.
  const up = window(hpa, t, scaleUp.stabilizationWindowSeconds, 'min', rec.value);
  const down = window(hpa, t, scaleDown.stabilizationWindowSeconds, 'max', rec.value);
  let stabilized = current;
  if (up > current) {
    stabilized = up;
    basis.stabilizationWindowSeconds = scaleUp.stabilizationWindowSeconds;
  } else if (down < current) {
    stabilized = down;
    basis.stabilizationWindowSeconds = scaleDown.stabilizationWindowSeconds;
  } else basis.stabilizationWindowSeconds = rec.value < current ? scaleDown.stabilizationWindowSeconds : 0;
  basis.stabilized = stabilized;
  let next = stabilized;
  if (stabilized > current) {
    const lim = rateLimit(hpa, t, current, scaleUp, true);
    if (lim && lim.limit < next) {
      next = lim.limit;
      basis.rateLimit = lim;
    }
  } else if (stabilized < current) {
    const lim = rateLimit(hpa, t, current, scaleDown, false);
    if (lim && lim.limit > next) {
      next = lim.limit;
      basis.rateLimit = lim;
    }
  }
  next = Math.min(Math.max(next, s.minCapacity), s.maxCapacity);
  basis.final = next;
  if (next === current) {
    const reason: HpaNotScaledReason = rec.within
      ? 'WithinTolerance'
      : rec.value < current && stabilized >= current
        ? 'ScaleDownStabilized'
        : basis.rateLimit && basis.rateLimit.limit === current
          ? 'ScalingDisabled'
          : rec.value > current
            ? 'AtMaxReplicas'
            : 'AtMinReplicas';
    notScaled(s, hpa, t, reason, basis);
    return;
  }
  hpa.lastOutcome = '';
  emitNote(s, t, 'hpaReadinessSimplified');
  hpa.scaleEvents.push(t, next - current);
  s.desired = next;
  countScaling(s, t, current, next);
  s.events.push({ t, type: 'HpaScaling', from: current, to: next, basis });
  reconcile(s, t);
}
