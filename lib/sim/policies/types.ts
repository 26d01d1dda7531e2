/**
 * What a scaling policy kind provides to Application Auto Scaling (autoscaling.ts). Each kind is
 * one module behind the registry in policies/index.ts; a new policyType in the schema fails to
 * compile until the registry has its module.
 */
import type { AlarmSpec } from '../alarm';
import type { AlarmBasis, ModelNote, ScalingBasis } from '../decisions';
import type { Scenario } from '../schema';
import type { PolicyState, SimState } from '../types';

/** A policy's ask at one invocation, with its basis (constraints and final are filled on resolution). */
export interface Proposal {
  policy: number;
  name: string;
  basis: ScalingBasis;
}

export interface InvokeContext {
  s: SimState;
  t: number;
  index: number;
  ps: PolicyState;
}

export interface PolicyKind<P> {
  /** The alarms the policy needs, in a fixed order (target tracking creates its own; step scaling is given one). */
  alarms(p: P, sc: Scenario): AlarmSpec[];
  /** Its alarms have just evaluated; what it asks for now. `alarm(k)` builds the basis of its k-th alarm. */
  invoke(p: P, ctx: InvokeContext, alarm: (k: number) => AlarmBasis): Proposal[];
  /** The cooldown an activity in this direction starts. */
  cooldownSeconds(p: P, direction: 'out' | 'in'): number;
  /** Target tracking scales in only when every such policy is ready (§1.8); step scaling scales in alone. */
  scalesInTogether(p: P): boolean;
}

/** The basis every proposal starts from: the desired count and bounds now, nothing applied yet. */
export function proposalBasis(
  ctx: InvokeContext,
  fields: Pick<ScalingBasis, 'policyType' | 'direction' | 'alarm' | 'value' | 'base' | 'rule' | 'raw'> & { notes?: ModelNote[] },
): ScalingBasis {
  return {
    policyType: fields.policyType,
    direction: fields.direction,
    alarm: fields.alarm,
    value: fields.value,
    base: fields.base,
    rule: fields.rule,
    raw: fields.raw,
    desiredBefore: ctx.s.desired,
    minCapacity: ctx.s.minCapacity,
    maxCapacity: ctx.s.maxCapacity,
    constraints: [],
    final: ctx.s.desired,
    cooldown: null,
    notes: fields.notes ?? [],
  };
}

/** The newest datapoint an alarm evaluated. */
export const newestValue = (b: AlarmBasis): number | null => b.datapoints[b.datapoints.length - 1]?.value ?? null;
