/**
 * The policy kinds, one module each. The registry is typed by the schema's policyType union, so a
 * new kind in the schema does not compile until it has a module here.
 */
import type { AlarmSpec } from '../alarm';
import type { ScalingPolicy, Scenario } from '../schema';
import { stepScaling } from './step-scaling';
import { targetTracking } from './target-tracking';
import type { PolicyKind } from './types';

type Kinds = { [K in ScalingPolicy['policyType']]: PolicyKind<Extract<ScalingPolicy, { policyType: K }>> };

export const POLICY_KINDS: Kinds = {
  TargetTrackingScaling: targetTracking,
  StepScaling: stepScaling,
};

/** The module of a policy's kind (one cast, here, instead of a switch at every call site). */
export function kindOf<P extends ScalingPolicy>(p: P): PolicyKind<P> {
  return POLICY_KINDS[p.policyType] as unknown as PolicyKind<P>;
}

/** Every alarm of every policy, in policy order (Derived.alarmSpecs). */
export function policyAlarms(sc: Scenario): AlarmSpec[][] {
  return sc.autoScaling.policies.map((p) => kindOf(p).alarms(p, sc));
}
