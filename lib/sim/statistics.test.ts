/** Alarm statistics as CloudWatch computes them for each metric (fix 8 of issue 12). */
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from './schema';
import { simulate } from './simulate';
import { cpuScenario, NO_DELAY } from './test-fixtures';

type Alarm = Extract<NonNullable<ScenarioInput['autoScaling']['policies']>[number], { policyType: 'StepScaling' }>['alarm'];

const firesAt = (input: ScenarioInput, alarm: Alarm): number[] =>
  simulate({
    ...input,
    autoScaling: {
      ...input.autoScaling,
      policies: [
        {
          name: 'watch',
          policyType: 'StepScaling',
          alarm,
          adjustmentType: 'ChangeInCapacity',
          stepAdjustments: [
            { metricIntervalLowerBound: 0, scalingAdjustment: 0 },
            { metricIntervalUpperBound: 0, scalingAdjustment: 0 },
          ],
        },
      ],
    },
  })
    .events.filter((e) => e.type === 'AlarmStateChange' && e.to === 'ALARM')
    .map((e) => e.t);

describe('ECS service CPUUtilization statistics: one sample per task and minute', () => {
  // 3 tasks at 50 % (150 requests/s, 1 vCPU each, 0.01 vCPU-s per request).
  const three = cpuScenario({ desiredCount: 3, durationSeconds: 180, rates: [{ at: 0, value: 150 }] });
  const sum = (comparisonOperator: Alarm['comparisonOperator'], threshold: number): Alarm => ({
    metric: 'CPUUtilization',
    statistic: 'Sum',
    comparisonOperator,
    threshold,
  });

  it('Sum is the tasks’ utilisation added up: 3 tasks at 50 % read 150, not 60 seconds × 50', () => {
    expect(firesAt(three, sum('GreaterThanThreshold', 149))).toEqual([60]);
    expect(firesAt(three, sum('GreaterThanThreshold', 151))).toEqual([]);
    expect(firesAt(three, sum('GreaterThanThreshold', 1000))).toEqual([]);
  });

  it('Minimum and Maximum are the least and the most utilised task: a task in its first health check serves nothing', () => {
    // Two tasks serve 80 requests/s (40 % each) from t = 0; a third starts at t = 60 and is RUNNING
    // but unhealthy (first health check after 300 s), so it sits at 0 % while the others carry the load.
    const input: ScenarioInput = {
      ...cpuScenario({
        desiredCount: 2,
        durationSeconds: 300,
        taskStartSeconds: 0,
        rates: [{ at: 0, value: 80 }],
        scheduledActions: [{ name: 'third', schedule: 'at(2026-01-05T00:01:00)', minCapacity: 3 }],
      }),
      loadBalancer: { type: 'ALB', healthCheckIntervalSeconds: 300 },
    };
    const r = simulate(input);
    expect(r.minutes[2]?.cpuUtilization).toBeCloseTo(26.67, 2); // Average: 80 % of 3 vCPU
    const minimum = (comparisonOperator: Alarm['comparisonOperator'], threshold: number): Alarm => ({
      metric: 'CPUUtilization',
      statistic: 'Minimum',
      comparisonOperator,
      threshold,
    });
    expect(firesAt(input, minimum('LessThanThreshold', 1))).toEqual([120]);
    expect(firesAt(input, { ...minimum('GreaterThanOrEqualToThreshold', 40), statistic: 'Maximum' })).toEqual([60]);
    expect(firesAt(input, { ...minimum('GreaterThanThreshold', 40.01), statistic: 'Maximum' })).toEqual([]);
  });
});

describe('SQS ApproximateNumberOfMessagesVisible: one value a minute', () => {
  it('Sum equals the minute’s value (600 visible messages read 600, not 60 × 600)', () => {
    const queue: ScenarioInput = {
      version: 1,
      durationSeconds: 180,
      cloudWatch: NO_DELAY,
      service: { launchType: 'FARGATE', cpu: 256, memory: 512, desiredCount: 1, taskStartSeconds: 30 },
      workload: { type: 'queue', messagesPerSecond: [{ at: 0, value: 1 }], secondsPerMessage: 1, initialBacklog: 600 },
      autoScaling: { minCapacity: 1, maxCapacity: 1 },
    };
    const alarm = (threshold: number): Alarm => ({
      metric: 'ApproximateNumberOfMessagesVisible',
      statistic: 'Sum',
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      threshold,
    });
    expect(firesAt(queue, alarm(600))).toEqual([60]);
    expect(firesAt(queue, alarm(601))).toEqual([]);
  });
});
