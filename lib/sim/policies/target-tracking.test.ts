import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate';
import { proportionalCapacity, targetTrackingCapacity } from './target-tracking';
import { ceilTolerant } from '../tolerance';
import { activitySteps, cpuScenario, cpuTarget50, NO_DELAY } from '../test-fixtures';

describe('target tracking capacity (aws-facts §1.4)', () => {
  it('2 tasks at 100 % CPU with target 50 → 4', () => expect(proportionalCapacity(2, 100, 50)).toBe(4));
  it('backlog 1500 messages on 10 tasks at target 100 → 15', () => expect(proportionalCapacity(10, 1500 / 10, 100)).toBe(15));
  it('rounds up, but not for float noise', () => {
    expect(ceilTolerant(4.0000000001)).toBe(4);
    expect(ceilTolerant(4.01)).toBe(5);
  });
  it('scales out from 0 running tasks by the minimum amount', () => expect(targetTrackingCapacity(0, 80, 50, true)).toBe(1));
});

describe('target tracking end to end', () => {
  it('2 tasks at 100 % CPU with target 50 scale to 4 at the third datapoint', () => {
    const r = simulate(cpuScenario({ desiredCount: 2, durationSeconds: 240, rates: [{ at: 0, value: 250 }], policies: [cpuTarget50] }));
    expect(r.minutes[0]?.cpuUtilization).toBe(100);
    expect(activitySteps(r)[0]).toEqual([180, 2, 4]);
  });

  it('backlog 1500 on 10 tasks at target 100 scales to 15', () => {
    const r = simulate({
      version: 1,
      durationSeconds: 240,
      cloudWatch: NO_DELAY,
      service: { launchType: 'FARGATE', cpu: 256, memory: 512, desiredCount: 10, taskStartSeconds: 45 },
      workload: { type: 'queue', messagesPerSecond: [{ at: 0, value: 10 }], secondsPerMessage: 1, initialBacklog: 1500 },
      autoScaling: {
        minCapacity: 1,
        maxCapacity: 30,
        policies: [{ name: 'backlog', policyType: 'TargetTrackingScaling', predefinedMetricType: 'SQSBacklogPerTask', targetValue: 100 }],
      },
    });
    expect(r.minutes[0]?.backlogPerTask).toBe(150);
    expect(activitySteps(r)[0]).toEqual([180, 10, 15]);
  });
});
