/** When Application Auto Scaling acts: datapoint counts, the dead band, cooldowns, schedules. */
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { activities, activitySteps, cpuScenario, cpuTarget50 } from './test-fixtures';

const alarmChanges = (r: ReturnType<typeof simulate>) => r.events.filter((e) => e.type === 'AlarmStateChange');

describe('target tracking timing (aws-facts §1.2)', () => {
  it('does not scale out before the third breaching datapoint', () => {
    // CPU 80 % from t = 0: datapoints at 60, 120 and 180 breach; the first scale-out is at 180.
    const r = simulate(cpuScenario({ desiredCount: 2, durationSeconds: 240, rates: [{ at: 0, value: 160 }], policies: [cpuTarget50] }));
    expect(r.minutes.find((m) => m.t === 120)?.desiredCount).toBe(2);
    expect(r.summary.firstScaleOutAt).toBe(180);
    expect(alarmChanges(r)[0]).toMatchObject({ t: 180, alarm: 'TargetTracking-cpu50-AlarmHigh', to: 'ALARM' });
  });

  it('does not scale out when a breach is interrupted before the third datapoint', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 2,
        durationSeconds: 300,
        rates: [
          { at: 0, value: 160 },
          { at: 120, value: 90 },
          { at: 180, value: 160 },
        ],
        policies: [cpuTarget50],
      }),
    );
    expect(activities(r)).toEqual([]);
  });

  it('does not scale in before the fifteenth datapoint below 0.9 × target', () => {
    // 4 tasks at 30 % (< 45): the fifteenth low datapoint is at t = 900.
    const r = simulate(cpuScenario({ desiredCount: 4, durationSeconds: 960, rates: [{ at: 0, value: 120 }], policies: [cpuTarget50] }));
    expect(r.minutes.find((m) => m.t === 840)?.desiredCount).toBe(4);
    expect(activitySteps(r)).toEqual([[900, 4, 3]]); // ceil(4 × 30 / 50) = 3, never below
  });

  it('does nothing in the dead band between 0.9 × target and target', () => {
    // 47 % for an hour: above 45, not above 50.
    const r = simulate(cpuScenario({ desiredCount: 2, durationSeconds: 3600, rates: [{ at: 0, value: 94 }], policies: [cpuTarget50] }));
    expect(r.minutes.every((m) => m.cpuUtilization === 47)).toBe(true);
    expect(activities(r)).toEqual([]);
    expect(alarmChanges(r)).toEqual([]);
  });

  it('starts from the running count during the scale-out cooldown too: tasks still starting are not counted twice', () => {
    // AWS (§1.4): "the actual running task count ... is the starting point ... This prevents
    // excessive (runaway) scaling". New tasks take 200 s to start, so CPU stays at 80 % on 2 tasks:
    // at 180 ceil(2 × 80 / 50) = 4; at 240 the same 2 running tasks propose 4 again, which is not
    // above the desired count, so nothing changes (the old engine took 4 as the base and went to 7).
    const r = simulate(
      cpuScenario({
        desiredCount: 2,
        durationSeconds: 300,
        taskStartSeconds: 200,
        rates: [{ at: 0, value: 160 }],
        policies: [cpuTarget50],
      }),
    );
    expect(activitySteps(r)).toEqual([[180, 2, 4]]);
  });

  it('a larger scale-out pre-empts the scale-out cooldown (§1.5 "unless a larger scale out is triggered")', () => {
    // Target 20: 2 tasks at 80 % ask for 8; a minute later at 100 % the same 2 running tasks ask for 10.
    const r = simulate(
      cpuScenario({
        desiredCount: 2,
        durationSeconds: 240,
        taskStartSeconds: 200,
        rates: [
          { at: 0, value: 160 },
          { at: 180, value: 200 },
        ],
        policies: [{ ...cpuTarget50, targetValue: 20 }],
      }),
    );
    expect(activitySteps(r)).toEqual([
      [180, 2, 8],
      [240, 8, 10],
    ]);
  });

  it('honours disableScaleIn', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 4,
        durationSeconds: 1200,
        rates: [{ at: 0, value: 40 }],
        policies: [{ ...cpuTarget50, disableScaleIn: true }],
      }),
    );
    expect(activities(r)).toEqual([]);
  });

  it('scales in only when every target tracking policy is ready', () => {
    const memory = {
      name: 'mem',
      policyType: 'TargetTrackingScaling' as const,
      predefinedMetricType: 'ECSServiceAverageMemoryUtilization' as const,
      targetValue: 5,
    };
    // Memory is 12.5 % (256 of 2048 MiB), above its target of 5: that policy never wants to scale in.
    const r = simulate(
      cpuScenario({
        desiredCount: 4,
        durationSeconds: 1200,
        rates: [{ at: 0, value: 40 }],
        policies: [cpuTarget50, memory],
        maxCapacity: 4,
      }),
    );
    expect(activities(r).filter((a) => a.to < a.from)).toEqual([]);
    // … and says why (fix 9 of issue 12): cpu50's AlarmLow is in ALARM, mem is not ready.
    expect(r.events.find((e) => e.type === 'NotScaled' && e.reason === 'WaitingForOtherPolicies')).toMatchObject({
      t: 900,
      policy: 'cpu50',
      basis: { constraints: [{ kind: 'waitingForPolicies', policies: ['mem'] }] },
    });
  });
});

describe('cooldowns (aws-facts §1.5, §2)', () => {
  // CPU % = requests/s ÷ tasks. "in" removes a task at CPU ≤ 30 (cooldown 600 s); "out" adds one at ≥ 70.
  const policies = [
    {
      name: 'in',
      policyType: 'StepScaling' as const,
      alarm: { metric: 'CPUUtilization' as const, comparisonOperator: 'LessThanOrEqualToThreshold' as const, threshold: 30 },
      adjustmentType: 'ChangeInCapacity' as const,
      stepAdjustments: [{ metricIntervalUpperBound: 0, scalingAdjustment: -1 }],
      cooldown: 600,
    },
    {
      name: 'out',
      policyType: 'StepScaling' as const,
      alarm: { metric: 'CPUUtilization' as const, comparisonOperator: 'GreaterThanOrEqualToThreshold' as const, threshold: 70 },
      adjustmentType: 'ChangeInCapacity' as const,
      stepAdjustments: [{ metricIntervalLowerBound: 0, scalingAdjustment: 1 }],
      cooldown: 0,
    },
  ];
  const run = (minute3: number) =>
    simulate(
      cpuScenario({
        desiredCount: 5,
        durationSeconds: 240,
        taskStartSeconds: 0,
        policies,
        rates: [
          { at: 0, value: 50 },
          { at: 120, value: minute3 },
          { at: 180, value: 50 },
        ],
      }),
    );

  it('a scale-in cooldown blocks further scale-ins', () => {
    expect(activitySteps(run(50))).toEqual([[60, 5, 4]]);
  });

  it('a scale-out cancels the scale-in cooldown', () => {
    expect(activitySteps(run(400))).toEqual([
      [60, 5, 4],
      [180, 4, 5],
      [240, 5, 4],
    ]);
  });

  it('scheduled actions ignore cooldowns', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 2,
        durationSeconds: 300,
        rates: [{ at: 0, value: 160 }],
        policies: [cpuTarget50],
        // startTime defaults to 2026-01-05T00:00:00Z; this fires at t = 240, inside the cooldown from 180.
        scheduledActions: [{ name: 'raise', schedule: 'at(2026-01-05T00:04:00)', minCapacity: 9 }],
      }),
    );
    const raise = activities(r).find((a) => a.scheduledAction === 'raise');
    expect(raise).toMatchObject({ t: 240, policy: null, to: 9 });
    expect(r.minutes.find((m) => m.t === 240)).toMatchObject({ desiredCount: 9, minCapacity: 9 });
  });
});
