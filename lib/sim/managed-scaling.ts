/**
 * ECS managed scaling of the capacity provider's Auto Scaling group, once a minute (aws-facts §4,
 * SIMULATOR.md "Exact semantics" 9): publish CapacityProviderReservation, scale out on 1 datapoint
 * above targetCapacity (not while an instance is warming up), scale in after 15 below it,
 * terminating only empty instances.
 */
import { capacityProviderReservation, instancesNeeded, managedScaleInTarget, managedScaleOutTarget } from './capacity-provider';
import { launchInstance, terminateEmptyInstances } from './instances';
import { LOW_DATAPOINTS } from './target-tracking';
import type { AlarmState, SimState } from './types';

const HIGH_ALARM = 'TargetTracking-capacity-provider-AlarmHigh';
const LOW_ALARM = 'TargetTracking-capacity-provider-AlarmLow';

function setAlarm(s: SimState, t: number, which: 'high' | 'low', to: AlarmState, reason: string): void {
  const from = which === 'high' ? s.cprHigh : s.cprLow;
  if (from === to) return;
  if (which === 'high') s.cprHigh = to;
  else s.cprLow = to;
  s.events.push({ t, type: 'AlarmStateChange', alarm: which === 'high' ? HIGH_ALARM : LOW_ALARM, from, to, reason });
}

export function runManagedScaling(s: SimState, t: number): void {
  const cluster = s.scenario.cluster;
  if (!cluster || cluster.managedScaling.status === 'DISABLED') return;
  const ms = cluster.managedScaling;
  const asg = cluster.autoScalingGroup;
  const n = s.instances.length; // launched and not terminated, booting included
  const m = instancesNeeded(s.nActive, s.d.tasksPerInstance);
  const cpr = capacityProviderReservation(m, n);
  s.lastCpr = cpr;
  const target = ms.targetCapacity;

  // AlarmHigh: 1 datapoint above target (§4, containers-roadmap#638).
  setAlarm(
    s,
    t,
    'high',
    cpr > target ? 'ALARM' : 'OK',
    cpr > target
      ? `CapacityProviderReservation > ${target} for 1 datapoints within 1 minutes`
      : `CapacityProviderReservation no longer above ${target}`,
  );
  s.cprLowFlags.push(cpr < target);
  if (s.cprLowFlags.length > LOW_DATAPOINTS) s.cprLowFlags.shift();
  const low = s.cprLowFlags.length === LOW_DATAPOINTS && s.cprLowFlags.every(Boolean);
  setAlarm(
    s,
    t,
    'low',
    low ? 'ALARM' : 'OK',
    low
      ? `CapacityProviderReservation < ${target} for 15 datapoints within 15 minutes`
      : `CapacityProviderReservation not below ${target} for 15 minutes`,
  );

  if (s.cprHigh === 'ALARM') {
    // "Further scale-out is blocked for Instances that are within the instanceWarmupPeriod" (§4).
    const warming = s.instances.some((i) => t - i.launchedAt < ms.instanceWarmupPeriod);
    if (warming) return;
    const to = managedScaleOutTarget(m, n, target, ms.minimumScalingStepSize, ms.maximumScalingStepSize, asg.maxSize);
    if (to <= n) return;
    s.events.push({
      t,
      type: 'ManagedScaling',
      from: n,
      to,
      cause: `CapacityProviderReservation ${Math.round(cpr)} > ${target}: ${m} instances needed for the tasks, ${n} in the group`,
    });
    for (let k = n; k < to; k++) launchInstance(s, t);
    return;
  }
  if (low) {
    const to = managedScaleInTarget(m, target, asg.minSize);
    if (to >= n) return;
    const removed = terminateEmptyInstances(s, t, n - to);
    if (removed > 0) {
      s.events.push({
        t,
        type: 'ManagedScaling',
        from: n,
        to: n - removed,
        cause: `CapacityProviderReservation ${Math.round(cpr)} < ${target} for 15 minutes; only empty instances are terminated`,
      });
    }
  }
}
