/**
 * ECS managed scaling of the capacity provider's Auto Scaling group (aws-facts §4, SIMULATOR.md
 * "Exact semantics" 9). CapacityProviderReservation = M ÷ N × 100 is measured at each minute's end
 * and published like any standard metric; the group's target tracking alarms (the shared alarm
 * module) scale out on 1 datapoint above targetCapacity — not while an instance is warming up —
 * and in after 15 below it, terminating only empty instances.
 */
import type { AlarmSpec } from './alarm';
import { alarmBasis, evaluateAlarm, newAlarmRuntime } from './alarm';
import { capacityProviderReservation, instancesNeeded, managedScaleIn, managedScaleOut } from './capacity-provider';
import type { Datapoint } from './cloudwatch';
import type { ManagedConstraint, ManagedNotScaledReason, ManagedScalingBasis } from './decisions';
import { launchInstance, terminateEmptyInstances } from './instances';
import { LOW_DATAPOINTS } from './policies/target-tracking';
import type { ClusterConfig } from './schema';
import type { SimState } from './types';

/** The group's two alarms: AlarmHigh 1 of 1 (containers-roadmap#638), AlarmLow 15 of 15 (§4). */
export function managedScalingAlarms(cluster: ClusterConfig): AlarmSpec[] {
  const common = {
    metric: 'CapacityProviderReservation' as const,
    statistic: 'Average' as const,
    periodSeconds: 60 as const,
    threshold: cluster.managedScaling.targetCapacity,
    thresholdFrom: null,
  };
  return [
    {
      ...common,
      name: `TargetTracking-${cluster.capacityProviderName}-AlarmHigh`,
      role: 'AlarmHigh',
      comparisonOperator: 'GreaterThanThreshold',
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
    },
    {
      ...common,
      name: `TargetTracking-${cluster.capacityProviderName}-AlarmLow`,
      role: 'AlarmLow',
      comparisonOperator: 'LessThanThreshold',
      evaluationPeriods: LOW_DATAPOINTS,
      datapointsToAlarm: LOW_DATAPOINTS,
    },
  ];
}

export const newManagedScalingState = (): SimState['managed'] => ({ alarms: [newAlarmRuntime(), newAlarmRuntime()], lastOutcome: '' });

/** M, N and CapacityProviderReservation now (the minute's datapoint), or null without managed scaling. */
export function measureReservation(s: SimState): Datapoint['reservation'] {
  const cluster = s.scenario.cluster;
  if (!cluster || cluster.managedScaling.status === 'DISABLED') return null;
  const n = s.instances.length; // launched and not terminated, booting included
  const m = instancesNeeded(s.nActive, s.d.tasksPerInstance);
  return { value: capacityProviderReservation(m, n), instancesNeeded: m, instancesInGroup: n };
}

function notScaled(s: SimState, t: number, reason: ManagedNotScaledReason, basis: ManagedScalingBasis): void {
  basis.final = s.instances.length;
  const key = `${basis.direction}:${reason}`;
  if (s.managed.lastOutcome === key) return;
  s.managed.lastOutcome = key;
  s.events.push({ t, type: 'ManagedScalingNotScaled', reason, basis });
}

/** The standard datapoint with CapacityProviderReservation was published at t. */
export function runManagedScaling(s: SimState, t: number, dp: Datapoint): void {
  const cluster = s.scenario.cluster;
  const r = dp.reservation;
  if (!cluster || !r) return;
  const ms = cluster.managedScaling;
  const asg = cluster.autoScalingGroup;
  const specs = s.d.managedAlarmSpecs;
  specs.forEach((spec, k) => evaluateAlarm(s, t, spec, s.managed.alarms[k] as SimState['managed']['alarms'][number], dp));
  const highAlarm = s.managed.alarms[0]?.state === 'ALARM';
  const lowAlarm = s.managed.alarms[1]?.state === 'ALARM';
  if (!highAlarm && !lowAlarm) {
    s.managed.lastOutcome = '';
    return;
  }
  const n = s.instances.length;
  const plan = highAlarm
    ? managedScaleOut(r.instancesNeeded, n, ms.targetCapacity, ms.minimumScalingStepSize, ms.maximumScalingStepSize, asg.maxSize)
    : managedScaleIn(r.instancesNeeded, ms.targetCapacity, asg.minSize);
  const constraints: ManagedConstraint[] = plan.constraints;
  const basis: ManagedScalingBasis = {
    direction: highAlarm ? 'out' : 'in',
    alarm: alarmBasis(specs[highAlarm ? 0 : 1] as AlarmSpec, s.managed.alarms[highAlarm ? 0 : 1] as SimState['managed']['alarms'][number]),
    instancesNeeded: r.instancesNeeded,
    instancesInGroup: r.instancesInGroup,
    reservation: r.value,
    targetCapacity: ms.targetCapacity,
    wanted: plan.wanted,
    instancesNow: n,
    constraints,
    final: n,
    notes: ['managedScalingOneInstanceType'],
  };
  const to = plan.to;
  if (highAlarm) {
    if (to <= n) {
      notScaled(s, t, to === asg.maxSize ? 'AtMaxSize' : 'AlreadyAtCapacity', basis);
      return;
    }
    // "Further scale-out is blocked for Instances that are within the instanceWarmupPeriod" (§4).
    let warmUntil = -1;
    for (const i of s.instances)
      if (t - i.launchedAt < ms.instanceWarmupPeriod) warmUntil = Math.max(warmUntil, i.launchedAt + ms.instanceWarmupPeriod);
    if (warmUntil >= 0) {
      constraints.push({ kind: 'instanceWarmup', until: warmUntil });
      notScaled(s, t, 'InstanceWarmup', basis);
      return;
    }
    basis.final = to;
    s.managed.lastOutcome = '';
    s.events.push({
      t,
      type: 'ManagedScaling',
      from: n,
      to,
      cause: `CapacityProviderReservation ${Math.round(r.value)} > ${ms.targetCapacity}: ${r.instancesNeeded} instances needed for the tasks, ${r.instancesInGroup} in the group`,
      basis,
    });
    for (let k = n; k < to; k++) launchInstance(s, t);
    return;
  }
  if (to >= n) {
    notScaled(s, t, to === asg.minSize && plan.wanted <= asg.minSize ? 'AtMinSize' : 'AlreadyAtCapacity', basis);
    return;
  }
  const removed = terminateEmptyInstances(s, t, n - to);
  if (removed < n - to) constraints.push({ kind: 'emptyInstancesOnly', empty: removed });
  if (removed === 0) {
    notScaled(s, t, 'NoEmptyInstance', basis);
    return;
  }
  basis.final = n - removed;
  s.managed.lastOutcome = '';
  s.events.push({
    t,
    type: 'ManagedScaling',
    from: n,
    to: n - removed,
    cause: `CapacityProviderReservation ${Math.round(r.value)} < ${ms.targetCapacity} for ${LOW_DATAPOINTS} minutes; only empty instances are terminated`,
    basis,
  });
}
