import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate';
import { findStep, percentAdjustment, roundPercentAdjustment, stepCapacity } from './step-scaling';
import { activitySteps, cpuScenario, NO_DELAY } from '../test-fixtures';

describe('PercentChangeInCapacity rounding (aws-facts §2)', () => {
  it.each([
    [12.7, 12],
    [0.67, 1],
    [-0.58, -1],
    [-6.67, -6],
    [1, 1],
    [0, 0],
  ])('%d → %d', (x, want) => expect(roundPercentAdjustment(x)).toBe(want));

  it('adds MinAdjustmentMagnitude when the percentage is smaller: 25 % of 4 with min 2 → +2', () => {
    expect(percentAdjustment(4, 25)).toBe(1);
    expect(percentAdjustment(4, 25, 2)).toBe(2);
    expect(stepCapacity(4, 'PercentChangeInCapacity', 25, 2)).toBe(6);
  });

  it('follows the worked example 10 → 11 → 14 → 13 → 10', () => {
    expect(stepCapacity(10, 'PercentChangeInCapacity', 10)).toBe(11);
    expect(stepCapacity(11, 'PercentChangeInCapacity', 30)).toBe(14);
    expect(stepCapacity(14, 'PercentChangeInCapacity', -10)).toBe(13);
    expect(stepCapacity(13, 'PercentChangeInCapacity', -30)).toBe(10);
  });

  it('ChangeInCapacity adds, ExactCapacity sets (3 + 5 = 8; exact 5)', () => {
    expect(stepCapacity(3, 'ChangeInCapacity', 5)).toBe(8);
    expect(stepCapacity(3, 'ExactCapacity', 5)).toBe(5);
  });
});

describe('step bounds (inclusive / exclusive by side of the threshold)', () => {
  const steps = [
    { metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: 0 },
    { metricIntervalLowerBound: 10, metricIntervalUpperBound: 20, scalingAdjustment: 10 },
    { metricIntervalLowerBound: 20, scalingAdjustment: 30 },
    { metricIntervalLowerBound: -10, metricIntervalUpperBound: 0, scalingAdjustment: 0 },
    { metricIntervalLowerBound: -20, metricIntervalUpperBound: -10, scalingAdjustment: -10 },
    { metricIntervalUpperBound: -20, scalingAdjustment: -30 },
  ];
  const ge = 'GreaterThanOrEqualToThreshold' as const;
  const le = 'LessThanOrEqualToThreshold' as const;
  it('above the threshold the lower bound is inclusive', () => {
    expect(findStep(steps, 10, ge)?.scalingAdjustment).toBe(10);
    expect(findStep(steps, 20, ge)?.scalingAdjustment).toBe(30);
    expect(findStep(steps, 0, ge)?.scalingAdjustment).toBe(0);
  });
  it('below the threshold the upper bound is inclusive', () => {
    expect(findStep(steps, -10, le)?.scalingAdjustment).toBe(-10);
    expect(findStep(steps, -20, le)?.scalingAdjustment).toBe(-30);
    expect(findStep(steps, -0.5, le)?.scalingAdjustment).toBe(0);
  });
  it('exactly at the threshold, the alarm’s comparison operator decides the side', () => {
    const scaleToZero = [{ metricIntervalUpperBound: 0, scalingAdjustment: 0 }];
    expect(findStep(scaleToZero, 0, le)).toBe(scaleToZero[0]);
    expect(findStep(scaleToZero, 0, 'LessThanThreshold')).toBe(scaleToZero[0]);
    expect(findStep([{ metricIntervalLowerBound: 0, scalingAdjustment: 1 }], 0, ge)?.scalingAdjustment).toBe(1);
    expect(findStep([{ metricIntervalLowerBound: 0, scalingAdjustment: 1 }], 0, le)).toBeUndefined();
  });
  it('compares bounds within the one tolerance (19.99999999999993 is in [20, ∞))', () => {
    expect(findStep(steps, 69.99999999999993 - 50, ge)?.scalingAdjustment).toBe(30);
    expect(roundPercentAdjustment(2.9999999999999996)).toBe(3);
  });
});

describe('step scaling end to end', () => {
  // The doc's policies (threshold 50 %, PercentChangeInCapacity); CPU % = requests/s ÷ tasks.
  const policies = [
    {
      name: 'out',
      policyType: 'StepScaling' as const,
      alarm: { metric: 'CPUUtilization' as const, comparisonOperator: 'GreaterThanOrEqualToThreshold' as const, threshold: 50 },
      adjustmentType: 'PercentChangeInCapacity' as const,
      stepAdjustments: [
        { metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: 0 },
        { metricIntervalLowerBound: 10, metricIntervalUpperBound: 20, scalingAdjustment: 10 },
        { metricIntervalLowerBound: 20, scalingAdjustment: 30 },
      ],
      cooldown: 0,
    },
    {
      name: 'in',
      policyType: 'StepScaling' as const,
      alarm: { metric: 'CPUUtilization' as const, comparisonOperator: 'LessThanOrEqualToThreshold' as const, threshold: 50 },
      adjustmentType: 'PercentChangeInCapacity' as const,
      stepAdjustments: [
        { metricIntervalLowerBound: -10, metricIntervalUpperBound: 0, scalingAdjustment: 0 },
        { metricIntervalLowerBound: -20, metricIntervalUpperBound: -10, scalingAdjustment: -10 },
        { metricIntervalUpperBound: -20, scalingAdjustment: -30 },
      ],
      cooldown: 0,
    },
  ];

  it('scales 10 → 11 → 14 → 13 → 10 as the worked example does', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 10,
        durationSeconds: 420, // the boundary at t = durationSeconds is evaluated too
        policies,
        rates: [
          { at: 0, value: 610 }, //   61 % on 10 tasks → +10 % → 11
          { at: 60, value: 600 }, //  55 % while task 11 starts → step of 0
          { at: 120, value: 792 }, // 72 % on 11 → +30 % of 11 = 3.3 → 3 → 14
          { at: 180, value: 700 }, // 52 % while three tasks start → step of 0
          { at: 240, value: 546 }, // 39 % on 14 → −10 % of 14 = −1.4 → −1 → 13
          { at: 300, value: 585 }, // 45 % → step of 0
          { at: 360, value: 377 }, // 29 % on 13 → −30 % of 13 = −3.9 → −3 → 10
        ],
      }),
    );
    expect(activitySteps(r)).toEqual([
      [60, 10, 11],
      [180, 11, 14],
      [300, 14, 13],
      [420, 13, 10],
    ]);
  });

  it('applies MinAdjustmentMagnitude: +25 % of 4 with a minimum of 2 adds 2', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 4,
        durationSeconds: 120,
        rates: [{ at: 0, value: 320 }],
        policies: [
          {
            name: 'out',
            policyType: 'StepScaling',
            alarm: { metric: 'CPUUtilization', comparisonOperator: 'GreaterThanThreshold', threshold: 70 },
            adjustmentType: 'PercentChangeInCapacity',
            minAdjustmentMagnitude: 2,
            stepAdjustments: [{ metricIntervalLowerBound: 0, scalingAdjustment: 25 }],
          },
        ],
      }),
    );
    expect(activitySteps(r)[0]).toEqual([60, 4, 6]);
  });

  it('during its cooldown counts the previous increase as part of the capacity (+2, then +3 adds only 1)', () => {
    const r = simulate(
      cpuScenario({
        desiredCount: 10,
        durationSeconds: 180,
        taskStartSeconds: 600, // the new tasks are still PENDING at the second alarm
        rates: [
          { at: 0, value: 800 }, // 80 % → +2
          { at: 60, value: 950 }, // 95 % → +3, but 2 were already added: only 1 more
        ],
        policies: [
          {
            name: 'out',
            policyType: 'StepScaling',
            alarm: { metric: 'CPUUtilization', comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 70 },
            adjustmentType: 'ChangeInCapacity',
            stepAdjustments: [
              { metricIntervalLowerBound: 0, metricIntervalUpperBound: 20, scalingAdjustment: 2 },
              { metricIntervalLowerBound: 20, scalingAdjustment: 3 },
            ],
            cooldown: 300,
          },
        ],
      }),
    );
    expect(activitySteps(r)).toEqual([
      [60, 10, 12],
      [120, 12, 13],
    ]);
  });
});

describe('step scaling: exact thresholds and float drift', () => {
  it('scales a queue worker to zero with the documented recipe (<= 0, one step with upper bound 0, ExactCapacity 0)', () => {
    const r = simulate({
      version: 1,
      durationSeconds: 180,
      cloudWatch: NO_DELAY,
      service: { launchType: 'FARGATE', cpu: 256, memory: 512, desiredCount: 40, taskStartSeconds: 30 },
      workload: { type: 'queue', messagesPerSecond: [{ at: 0, value: 0 }] },
      autoScaling: {
        minCapacity: 0,
        maxCapacity: 40,
        policies: [
          {
            name: 'to-zero',
            policyType: 'StepScaling',
            alarm: {
              metric: 'ApproximateNumberOfMessagesVisible',
              comparisonOperator: 'LessThanOrEqualToThreshold',
              threshold: 0,
              evaluationPeriods: 1,
            },
            adjustmentType: 'ExactCapacity',
            stepAdjustments: [{ metricIntervalUpperBound: 0, scalingAdjustment: 0 }],
          },
        ],
      },
    });
    expect(activitySteps(r)[0]).toEqual([60, 40, 0]);
    expect(r.summary.finalDesiredCount).toBe(0);
  });

  it('at exactly 70 % on 11 tasks takes the +30 % step at once, as AWS’s worked example does (11 → 14)', () => {
    // 770 requests/s on 11 tasks of 1 vCPU at 0.01 vCPU-s each is 70 % on paper; summed over a
    // minute it is 69.99999999999993, which must not fall back to the +10 % step.
    const steps = [
      { metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: 0 },
      { metricIntervalLowerBound: 10, metricIntervalUpperBound: 20, scalingAdjustment: 10 },
      { metricIntervalLowerBound: 20, scalingAdjustment: 30 },
    ];
    const r = simulate(
      cpuScenario({
        desiredCount: 11,
        durationSeconds: 240,
        taskStartSeconds: 600,
        rates: [{ at: 0, value: 770 }],
        policies: [
          {
            name: 'out',
            policyType: 'StepScaling',
            alarm: { metric: 'CPUUtilization', comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 50 },
            adjustmentType: 'PercentChangeInCapacity',
            stepAdjustments: steps,
            cooldown: 300,
          },
        ],
      }),
    );
    expect(r.minutes[0]?.cpuUtilization).toBe(70);
    expect(activitySteps(r)).toEqual([[60, 11, 14]]);
  });

  it('an alarm “> 60” does not fire at exactly 60 %, “>= 60” does', () => {
    // 480 requests/s on 8 tasks: 60.00000000000008 once summed over the minute.
    const alarm = (comparisonOperator: 'GreaterThanThreshold' | 'GreaterThanOrEqualToThreshold') =>
      simulate(
        cpuScenario({
          desiredCount: 8,
          durationSeconds: 120,
          rates: [{ at: 0, value: 480 }],
          policies: [
            {
              name: 'out',
              policyType: 'StepScaling',
              alarm: { metric: 'CPUUtilization', comparisonOperator, threshold: 60 },
              adjustmentType: 'ChangeInCapacity',
              stepAdjustments: [{ metricIntervalLowerBound: 0, scalingAdjustment: 1 }],
            },
          ],
        }),
      ).events.filter((e) => e.type === 'AlarmStateChange' && e.to === 'ALARM');
    expect(alarm('GreaterThanThreshold')).toEqual([]);
    expect(alarm('GreaterThanOrEqualToThreshold').map((e) => e.t)).toEqual([60]);
  });
});
