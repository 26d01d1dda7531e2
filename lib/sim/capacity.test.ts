/** Launch type vs capacity provider strategy (fix 6 of issue 12; ECS API CapacityProviderStrategyItem). */
import { describe, expect, it } from 'vitest';
import { chooseLaunchProvider, type ProviderSlot } from './capacity';
import { parseScenario } from './parse';
import { fargateTaskPricePerSecond } from './prices';
import { roundCost } from './round';
import type { ScenarioInput } from './schema';
import { simulate } from './simulate';
import type { Result } from './types';

const slot = (name: string, weight: number, base = 0): ProviderSlot => ({ name, base, weight, spot: name === 'FARGATE_SPOT' });

/** Where n tasks launched one after another go. */
function split(providers: ProviderSlot[], n: number): number[] {
  const counts = providers.map(() => 0);
  for (let k = 0; k < n; k++) {
    const i = chooseLaunchProvider(providers, counts);
    counts[i] = (counts[i] as number) + 1;
  }
  return counts;
}

describe('base and weight', () => {
  it('weights 1 and 4: "for every one task that\'s run using capacityProviderA, four tasks would use capacityProviderB"', () => {
    expect(split([slot('FARGATE', 1), slot('FARGATE_SPOT', 4)], 10)).toEqual([2, 8]);
  });
  it('the base is satisfied first, then the weights share the rest', () => {
    expect(split([slot('FARGATE', 1, 2), slot('FARGATE_SPOT', 1)], 6)).toEqual([4, 2]);
    expect(split([slot('FARGATE', 0, 3), slot('FARGATE_SPOT', 1)], 7)).toEqual([3, 4]);
  });
});

const ec2 = (service: Record<string, unknown>): ScenarioInput =>
  ({
    version: 1,
    durationSeconds: 600,
    service: { cpu: 1024, memory: 2048, desiredCount: 3, taskStartSeconds: 5, ...service },
    cluster: {
      capacityProviderName: 'ec2-cp',
      instanceType: 'm5.large',
      autoScalingGroup: { minSize: 1, maxSize: 4, desiredCapacity: 1 },
      managedScaling: { status: 'ENABLED', instanceWarmupPeriod: 60 },
      instanceRegisterSeconds: 60,
    },
    workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 10 }] },
    autoScaling: { minCapacity: 3, maxCapacity: 3 },
  }) as ScenarioInput;

const statuses = (r: Result) => r.events.flatMap((e) => (e.type === 'TaskStateChange' ? [e.lastStatus] : []));

describe('managed scaling only acts for tasks placed through a capacity provider strategy', () => {
  it('with the cluster’s capacity provider, a task that does not fit waits in PROVISIONING and the group grows', () => {
    const r = simulate(ec2({ capacityProviderStrategy: [{ capacityProvider: 'ec2-cp', weight: 1 }] }));
    expect(statuses(r)).toContain('PROVISIONING');
    expect(r.events.some((e) => e.type === 'ManagedScaling' && e.to > e.from)).toBe(true);
    expect(r.minutes.at(-1)?.runningCount).toBe(3);
    const placed = r.events.find((e) => e.type === 'TaskStateChange');
    expect(placed).toMatchObject({ capacityProvider: 'ec2-cp' });
  });

  it('with launchType EC2 the capacity provider ignores the service: the task fails placement and no instance is added', () => {
    const r = simulate(ec2({ launchType: 'EC2' }));
    expect(statuses(r)).not.toContain('PROVISIONING');
    expect(r.events.some((e) => e.type === 'ManagedScaling' && e.to > e.from)).toBe(false);
    expect(r.events.find((e) => e.type === 'ServiceEvent')).toMatchObject({
      message: expect.stringContaining('launchType EC2: its tasks are not placed through the capacity provider'),
    });
    expect(r.minutes.at(-1)?.runningCount).toBe(2);
  });
});

describe('validation', () => {
  const errors = (input: ScenarioInput) => {
    const r = parseScenario(input);
    return r.ok ? [] : r.errors;
  };
  it('launchType and capacityProviderStrategy are mutually exclusive', () => {
    expect(errors(ec2({ launchType: 'EC2', capacityProviderStrategy: [{ capacityProvider: 'ec2-cp', weight: 1 }] }))).toEqual([
      { path: 'service.capacityProviderStrategy', message: expect.stringContaining('mutually exclusive') },
    ]);
  });
  it('needs one of them', () => {
    expect(errors(ec2({}))).toEqual([{ path: 'service.launchType', message: expect.stringContaining('or a capacityProviderStrategy') }]);
  });
  it('names the valid providers, and rejects mixing Fargate with an Auto Scaling group provider', () => {
    expect(errors(ec2({ capacityProviderStrategy: [{ capacityProvider: 'spot', weight: 1 }] }))).toEqual([
      {
        path: 'service.capacityProviderStrategy[0].capacityProvider',
        message: 'unknown capacity provider "spot": use FARGATE, FARGATE_SPOT or the cluster\'s "ec2-cp"',
      },
    ]);
    expect(
      errors(
        ec2({
          capacityProviderStrategy: [
            { capacityProvider: 'ec2-cp', weight: 1 },
            { capacityProvider: 'FARGATE', weight: 1 },
          ],
        }),
      ),
    ).toEqual([{ path: 'service.capacityProviderStrategy', message: expect.stringContaining('not both') }]);
  });
  it('allows one base, and needs a weight above 0 (AWS’s default weight is 0)', () => {
    const fargate = (strategy: unknown[]): ScenarioInput => {
      const input = ec2({ capacityProviderStrategy: strategy });
      delete (input as { cluster?: unknown }).cluster;
      return input;
    };
    expect(
      errors(
        fargate([
          { capacityProvider: 'FARGATE', base: 1, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', base: 1, weight: 1 },
        ]),
      ),
    ).toEqual([{ path: 'service.capacityProviderStrategy[1].base', message: 'only one capacity provider in a strategy can have a base' }]);
    expect(errors(fargate([{ capacityProvider: 'FARGATE' }]))).toEqual([
      { path: 'service.capacityProviderStrategy', message: expect.stringContaining('weight greater than 0') },
    ]);
  });
});

describe('Fargate Spot', () => {
  it('splits the tasks as the strategy says and bills FARGATE_SPOT at the 70 % discount', () => {
    const r = simulate({
      version: 1,
      durationSeconds: 3600,
      service: {
        capacityProviderStrategy: [
          { capacityProvider: 'FARGATE', base: 1, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 1 },
        ],
        cpu: 1024,
        memory: 2048,
        desiredCount: 3,
      },
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 10 }] },
      autoScaling: { minCapacity: 3, maxCapacity: 3 },
    });
    // base 1 on FARGATE, then 1:1: FARGATE_SPOT, FARGATE → 2 on demand, 1 on Spot, for an hour.
    const perHour = (spot: boolean) => fargateTaskPricePerSecond(1024, 2048, spot) * 3600;
    expect(r.summary.totalCostUsd).toBe(roundCost(2 * perHour(false) + perHour(true)));
    expect(perHour(true)).toBeCloseTo(perHour(false) * 0.3, 12);
  });
});
