/** Leaving takes time (aws-facts §7, §9): deregistration delay, then SIGTERM and stopTimeout. */
import { describe, expect, it } from 'vitest';
import { fargateTaskPricePerSecond } from './prices';
import { roundCost } from './round';
import { simulate } from './simulate';
import { cpuScenario } from './test-fixtures';
import type { Result } from './types';

const lifecycle = (r: Result, taskId: string) =>
  r.events
    .filter((e) => e.type === 'TaskStateChange' && e.taskId === taskId)
    .map((e) => e.type === 'TaskStateChange' && [e.t, e.lastStatus]);

describe('a task leaving the service', () => {
  // Two tasks from t = 0; at t = 60 a scheduled action lowers the maximum to 1.
  const scaleInAt60 = (extra: Record<string, unknown>) => ({
    ...cpuScenario({
      desiredCount: 2,
      durationSeconds: 600,
      rates: [{ at: 0, value: 20 }],
      scheduledActions: [{ name: 'down', schedule: 'at(2026-01-05T00:01:00)', maxCapacity: 1 }],
    }),
    ...extra,
  });

  it('behind a load balancer stays for the whole deregistration delay, then gets its stopTimeout (default 30 s)', () => {
    // ECS "waits for the load balancer to report that the keep alive connection is closed (the
    // target is in an UNUSED state)"; the time it waits is the deregistration delay. Then SIGTERM,
    // and SIGKILL after stopTimeout.
    const input = scaleInAt60({ loadBalancer: { type: 'ALB', deregistrationDelaySeconds: 60 } });
    const r = simulate(input);
    expect(lifecycle(r, 'task-2')).toEqual([
      [60, 'DEACTIVATING'],
      [120, 'STOPPING'],
      [150, 'STOPPED'],
    ]);
    // Billed (Fargate) until STOPPED: task-1 for 600 s, task-2 for 150 s.
    expect(r.summary.totalCostUsd).toBe(roundCost(fargateTaskPricePerSecond(1024, 2048) * (600 + 150)));
  });

  it('without a load balancer gets SIGTERM at once and stops after its stopTimeout', () => {
    const base = scaleInAt60({});
    const r = simulate({ ...base, service: { ...(base.service as object), stopTimeout: 10 } } as typeof base);
    expect(lifecycle(r, 'task-2')).toEqual([
      [60, 'STOPPING'],
      [70, 'STOPPED'],
    ]);
  });

  it('on EC2 holds its instance until STOPPED, so managed scaling cannot terminate the instance earlier', () => {
    const r = simulate({
      version: 1,
      durationSeconds: 1800,
      service: { launchType: 'EC2', cpu: 2048, memory: 2048, desiredCount: 2, stopTimeout: 120 },
      loadBalancer: { type: 'ALB', deregistrationDelaySeconds: 300 },
      cluster: { instanceType: 'm5.large', autoScalingGroup: { minSize: 1, maxSize: 2, desiredCapacity: 2 } },
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 10 }] },
      autoScaling: {
        minCapacity: 1,
        maxCapacity: 2,
        scheduledActions: [{ name: 'down', schedule: 'at(2026-01-05T00:01:00)', maxCapacity: 1 }],
      },
    });
    const stopped = r.events.find((e) => e.type === 'TaskStateChange' && e.lastStatus === 'STOPPED');
    expect(stopped?.t).toBe(60 + 300 + 120);
    const terminated = r.events.find((e) => e.type === 'InstanceStateChange' && e.state === 'Terminated');
    expect(terminated?.t).toBeGreaterThanOrEqual(60 + 300 + 120);
  });
});
