import { describe, expect, it } from 'vitest';
import { capacityProviderReservation, instancesNeeded, managedScaleOut, tasksPerInstance } from './capacity-provider';
import { simulate } from './simulate';
import { NO_DELAY } from './test-fixtures';
import { parseScenario } from './parse';
import { registeredMemory, resolveInstanceType } from './prices';
import type { ScenarioInput } from './schema';

describe('CapacityProviderReservation (aws-facts §4)', () => {
  it('is 200 from an empty cluster with tasks waiting', () => expect(capacityProviderReservation(1, 0)).toBe(200));
  it('is 100 when nothing is needed and nothing runs', () => expect(capacityProviderReservation(0, 0)).toBe(100));
  it('is M / N × 100 otherwise', () => expect(capacityProviderReservation(2, 3)).toBeCloseTo(66.667, 3));
  it('binpacks identical tasks', () => {
    expect(tasksPerInstance(1024, 2048, 2048, 8192)).toBe(2);
    expect(instancesNeeded(5, 2)).toBe(3);
  });
  it('scales out within the step sizes and the group maximum', () => {
    expect(managedScaleOut(5, 2, 100, 1, 10000, 10).to).toBe(5);
    expect(managedScaleOut(5, 2, 100, 1, 2, 10).to).toBe(4);
    expect(managedScaleOut(3, 2, 100, 4, 10000, 10).to).toBe(6);
    expect(managedScaleOut(9, 2, 100, 1, 10000, 6).to).toBe(6);
    expect(managedScaleOut(4, 2, 80, 1, 10000, 10).to).toBe(5);
  });
});

const ec2 = (over: Partial<ScenarioInput['cluster']> = {}, desiredCount = 2): ScenarioInput => ({
  version: 1,
  durationSeconds: 1800,
  cloudWatch: NO_DELAY,
  service: {
    capacityProviderStrategy: [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }],
    cpu: 1024,
    memory: 2048,
    desiredCount,
    taskStartSeconds: 5,
  },
  cluster: {
    instanceType: 'm5.large',
    autoScalingGroup: { minSize: 0, maxSize: 10, desiredCapacity: 0 },
    instanceRegisterSeconds: 90,
    ...over,
  },
  workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 10 }] },
  autoScaling: { minCapacity: 0, maxCapacity: 10 },
});

describe('managed scaling end to end', () => {
  it('publishes 200 from an empty cluster, launches, and places the waiting tasks once registered', () => {
    const r = simulate(ec2());
    expect(r.minutes[0]).toMatchObject({ t: 60, capacityProviderReservation: 200, instances: 1, runningCount: 0, pendingCount: 2 });
    expect(r.events.filter((e) => e.type === 'TaskStateChange' && e.lastStatus === 'PROVISIONING')).toHaveLength(2);
    expect(r.events.find((e) => e.type === 'InstanceStateChange' && e.state === 'InService')?.t).toBe(150);
    const running = r.events.filter((e) => e.type === 'TaskStateChange' && e.lastStatus === 'RUNNING');
    expect(running.map((e) => e.t)).toEqual([155, 155]); // registered at 150, then the 5 s start
    expect(r.minutes.find((m) => m.t === 180)?.capacityProviderReservation).toBe(100);
  });

  it('fails placement instead of waiting when managed scaling is DISABLED', () => {
    const r = simulate(ec2({ managedScaling: { status: 'DISABLED' } }));
    expect(r.events.some((e) => e.type === 'ServiceEvent')).toBe(true);
    expect(r.summary.maxInstances).toBe(0);
    expect(r.minutes.at(-1)?.capacityProviderReservation).toBeNull();
  });

  it('terminates only empty instances on scale-in', () => {
    // 4 registered instances and 2 tasks: M = 1, so after 15 low datapoints managed scaling wants
    // 1 instance, but it may terminate only instances without tasks.
    const spread = simulate(ec2({ autoScalingGroup: { minSize: 0, maxSize: 10, desiredCapacity: 4 }, placementStrategy: 'spread' }, 2));
    const binpack = simulate(ec2({ autoScalingGroup: { minSize: 0, maxSize: 10, desiredCapacity: 4 }, placementStrategy: 'binpack' }, 2));
    const terminated = (r: typeof spread) => r.events.filter((e) => e.type === 'InstanceStateChange' && e.state === 'Terminated').length;
    expect(terminated(spread)).toBe(2); // 2 tasks spread over 2 instances; the other 2 are empty
    expect(terminated(binpack)).toBe(3); // both tasks on one instance
    expect(binpack.minutes.find((m) => m.t === 900)?.instances).toBe(1); // after 15 low datapoints
    expect(binpack.minutes.find((m) => m.t === 840)?.instances).toBe(4);
  });
});

describe('registered memory (ECS guide, container instance memory management)', () => {
  it('an 8 GiB instance registers 7985 MiB, as AWS’s m4.large example does', () => {
    expect(registeredMemory(8192)).toBe(7985);
    expect(resolveInstanceType('m5.large')).toMatchObject({ memory: 8192, registeredMemory: 7985 });
  });

  it('two 4 GiB tasks no longer fit on one m5.large: the second waits in PROVISIONING', () => {
    const r = simulate({
      version: 1,
      durationSeconds: 120,
      service: {
        capacityProviderStrategy: [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }],
        cpu: 512,
        memory: 4096,
        desiredCount: 2,
      },
      cluster: { instanceType: 'm5.large', autoScalingGroup: { minSize: 1, maxSize: 1, desiredCapacity: 1 } },
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 10 }] },
      autoScaling: { minCapacity: 2, maxCapacity: 2 },
    });
    expect(r.minutes[0]).toMatchObject({ runningCount: 1, pendingCount: 1 });
    expect(r.events.filter((e) => e.type === 'TaskStateChange' && e.lastStatus === 'PROVISIONING')).toHaveLength(1);
  });

  it('rejects a task larger than what the instance registers, saying why', () => {
    const r = parseScenario({
      version: 1,
      durationSeconds: 60,
      service: { launchType: 'EC2', cpu: 1024, memory: 8192, desiredCount: 1 },
      cluster: { instanceType: 'm5.large', autoScalingGroup: { minSize: 1, maxSize: 1, desiredCapacity: 1 } },
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 1 }] },
      autoScaling: { minCapacity: 1, maxCapacity: 1 },
    });
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'service.memory', message: expect.stringContaining('it registers 7985 of its 8192 MiB') },
    ]);
  });
});
