import { describe, expect, it } from 'vitest';
import { FARGATE_PRICE, fargateTaskCost, fargateTaskPricePerSecond } from './prices';
import { roundCost } from './round';
import { simulate } from './simulate';
import { cpuScenario } from './test-fixtures';

describe('Fargate cost (aws-facts §6)', () => {
  it('uses the us-east-1 Linux/x86 prices', () => {
    expect(FARGATE_PRICE).toMatchObject({ perVcpuHour: 0.04048, perGbHour: 0.004445, minimumBilledSeconds: 60 });
  });

  it('bills 1 vCPU / 2 GB for one hour at $0.04937', () => {
    expect(fargateTaskCost(1024, 2048, 3600)).toBeCloseTo(0.04937, 10);
    const r = simulate(cpuScenario({ desiredCount: 1, durationSeconds: 3600, rates: [{ at: 0, value: 10 }] }));
    expect(r.summary.totalCostUsd).toBe(0.04937);
  });

  it('bills a 30-second task for 60 seconds', () => {
    expect(fargateTaskCost(1024, 2048, 30)).toBe(fargateTaskCost(1024, 2048, 60));
    // One task all along; a second starts at t = 60 (min 2) and is stopped at t = 90 (max 1),
    // still PENDING (it needs 45 s to start), so it stops at once.
    const r = simulate(
      cpuScenario({
        desiredCount: 1,
        durationSeconds: 600,
        taskStartSeconds: 45,
        rates: [{ at: 0, value: 10 }],
        scheduledActions: [
          { name: 'up', schedule: 'at(2026-01-05T00:01:00)', minCapacity: 2 },
          { name: 'down', schedule: 'at(2026-01-05T00:01:30)', minCapacity: 1, maxCapacity: 1 },
        ],
      }),
    );
    const stopped = r.events.find((e) => e.type === 'TaskStateChange' && e.lastStatus === 'STOPPED');
    expect(stopped?.t).toBe(90);
    expect(r.summary.totalCostUsd).toBe(roundCost(fargateTaskPricePerSecond(1024, 2048) * (600 + 60)));
  });
});

describe('EC2 cost', () => {
  it('bills each instance per second from launch to termination', () => {
    const r = simulate({
      version: 1,
      durationSeconds: 3600,
      service: { launchType: 'EC2', cpu: 1024, memory: 2048, desiredCount: 2 },
      cluster: { instanceType: 'm5.large', autoScalingGroup: { minSize: 1, maxSize: 4, desiredCapacity: 1 } },
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 10 }] },
      autoScaling: { minCapacity: 1, maxCapacity: 4 },
    });
    expect(r.summary.totalCostUsd).toBe(0.096); // one m5.large for one hour
  });
});
