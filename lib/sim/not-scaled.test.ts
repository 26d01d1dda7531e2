/** An alarm in ALARM that changes nothing says why (fix 9 of issue 12). */
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from './schema';
import { simulate } from './simulate';
import { cpuScenario, cpuTarget50, NO_DELAY } from './test-fixtures';
import type { Result, SimEvent } from './types';

type NotScaled = Extract<SimEvent, { type: 'NotScaled' }>;
const notScaled = (r: Result) => r.events.filter((e): e is NotScaled => e.type === 'NotScaled');

describe('NotScaled: the policy was invoked and the desired count stayed', () => {
  it('at the maximum capacity: AlreadyAtMaxCapacity, said once while the alarm stays in ALARM', () => {
    const r = simulate(
      cpuScenario({ desiredCount: 2, maxCapacity: 2, durationSeconds: 600, rates: [{ at: 0, value: 160 }], policies: [cpuTarget50] }),
    );
    const said = notScaled(r);
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ t: 180, policy: 'cpu50', reason: 'AlreadyAtMaxCapacity', basis: { raw: 4, final: 2, maxCapacity: 2 } });
    expect(said[0]?.basis.constraints).toEqual([
      { kind: 'maxCapacity', value: 2 },
      { kind: 'notAboveDesired', desired: 2, scaleOutCooldownUntil: null },
    ]);
  });

  it('tasks still starting: a proposal not above the desired count is held, naming the cooldown', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 2,
        durationSeconds: 300,
        taskStartSeconds: 200,
        rates: [{ at: 0, value: 160 }],
        policies: [cpuTarget50],
      }),
    );
    expect(notScaled(r)[0]).toMatchObject({
      t: 240,
      reason: 'AlreadyAtDesiredCapacity',
      basis: {
        base: { count: 2, kind: 'running' },
        raw: 4,
        constraints: [{ kind: 'notAboveDesired', desired: 4, scaleOutCooldownUntil: 480 }],
      },
    });
  });

  it('the metric falls in no step: NoStepMatched', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 2,
        durationSeconds: 120,
        rates: [{ at: 0, value: 180 }],
        policies: [
          {
            name: 'gap',
            policyType: 'StepScaling',
            alarm: { metric: 'CPUUtilization', comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 70 },
            adjustmentType: 'ChangeInCapacity',
            stepAdjustments: [{ metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: 1 }],
          },
        ],
      }),
    );
    expect(notScaled(r).map((e) => [e.t, e.reason])).toEqual([[60, 'NoStepMatched']]);
  });

  it('the newest datapoint is missing (no task RUNNING): NoDatapoint, no scaling on missing data', () => {
    // 2 of 3 datapoints breach, then the service has 0 tasks: the alarm stays in ALARM without data.
    const r = simulate(
      cpuScenario({
        desiredCount: 1,
        minCapacity: 0,
        durationSeconds: 180,
        rates: [{ at: 0, value: 100 }],
        scheduledActions: [{ name: 'off', schedule: 'at(2026-01-05T00:02:00)', maxCapacity: 0 }],
        policies: [
          {
            name: 'out',
            policyType: 'StepScaling',
            alarm: {
              metric: 'CPUUtilization',
              comparisonOperator: 'GreaterThanOrEqualToThreshold',
              threshold: 50,
              evaluationPeriods: 3,
              datapointsToAlarm: 2,
            },
            adjustmentType: 'ChangeInCapacity',
            stepAdjustments: [{ metricIntervalLowerBound: 0, scalingAdjustment: 1 }],
          },
        ],
      }),
    );
    expect(notScaled(r).map((e) => [e.t, e.reason])).toContainEqual([180, 'NoDatapoint']);
  });

  it('a scale-in step in its cooldown: ScaleInCooldown', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 5,
        durationSeconds: 240,
        taskStartSeconds: 0,
        rates: [{ at: 0, value: 50 }],
        policies: [
          {
            name: 'in',
            policyType: 'StepScaling',
            alarm: { metric: 'CPUUtilization', comparisonOperator: 'LessThanOrEqualToThreshold', threshold: 30 },
            adjustmentType: 'ChangeInCapacity',
            stepAdjustments: [{ metricIntervalUpperBound: 0, scalingAdjustment: -1 }],
            cooldown: 600,
          },
        ],
      }),
    );
    expect(notScaled(r)[0]).toMatchObject({
      t: 120,
      reason: 'ScaleInCooldown',
      basis: { constraints: [{ kind: 'scaleInCooldown', until: 660 }] },
    });
  });
});

describe('managed scaling says why it does not scale', () => {
  it('an instance warming up blocks further scale-out: InstanceWarmup', () => {
    const input: ScenarioInput = {
      version: 1,
      durationSeconds: 600,
      cloudWatch: NO_DELAY,
      service: {
        capacityProviderStrategy: [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }],
        cpu: 2048,
        memory: 2048,
        desiredCount: 1,
        taskStartSeconds: 5,
      },
      cluster: {
        instanceType: 'm5.large',
        autoScalingGroup: { minSize: 1, maxSize: 4, desiredCapacity: 1 },
        managedScaling: { instanceWarmupPeriod: 300 },
        instanceRegisterSeconds: 60,
      },
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 10 }] },
      autoScaling: {
        minCapacity: 1,
        maxCapacity: 3,
        scheduledActions: [
          { name: 'two', schedule: 'at(2026-01-05T00:01:00)', minCapacity: 2 },
          { name: 'three', schedule: 'at(2026-01-05T00:03:00)', minCapacity: 3 },
        ],
      },
    };
    const r = simulate(input);
    const blocked = r.events.find((e) => e.type === 'ManagedScalingNotScaled');
    // The second instance was launched at 60, so it warms up until 360: the scale-out waits until then.
    expect(blocked).toMatchObject({ t: 180, reason: 'InstanceWarmup', basis: { constraints: [{ kind: 'instanceWarmup', until: 360 }] } });
    expect(r.events.filter((e) => e.type === 'ManagedScaling').map((e) => e.t)).toEqual([60, 360]);
  });
});
