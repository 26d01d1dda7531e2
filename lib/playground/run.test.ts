import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '@/lib/sim';
import { RUN_BUDGET } from './limits';
import { mostTasksAskedFor, runWithinBudget, UNLIMITED } from './run';
import { HUNDRED_MILLION_TASKS } from './test-fixtures';

function scenario(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}
const preset = (name: string) => scenario(parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));

describe('a run within its budget', () => {
  it('gives exactly the result of simulate() when nothing is over budget', () => {
    const sc = preset('cold-start-ec2');
    const outcome = runWithinBudget(sc);
    expect(outcome.ok && outcome.run.result).toEqual(simulate(sc));
  });

  it('refuses the issue’s 100-million-task scheduled action before any task exists: milliseconds and no memory', () => {
    const sc = scenario(HUNDRED_MILLION_TASKS);
    expect(mostTasksAskedFor(sc)).toEqual({ tasks: 100_000_000, path: 'autoScaling.scheduledActions[0].minCapacity' });
    const heap = process.memoryUsage().heapUsed;
    const started = performance.now();
    const outcome = runWithinBudget(sc, () => performance.now());
    const ms = performance.now() - started;
    expect(outcome).toEqual({
      ok: false,
      stopped:
        'The run did not start: autoScaling.scheduledActions[0].minCapacity asks for 100,000,000 tasks, and the playground runs at most 2,000 at once. Lower it to 2,000 or less.',
    });
    // Before the budget this ran the tab to ~10 GB; measured here: under 5 ms and no growth.
    expect(ms).toBeLessThan(200);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(20 * 1024 * 1024);
  });

  it('stops at the time budget, saying how far it got (a clock that takes 1 s per minute simulated)', () => {
    let t = 0;
    const outcome = runWithinBudget(preset('lunch-spike-fargate'), () => (t += 1000));
    expect(outcome).toEqual({
      ok: false,
      stopped: `The run was stopped: it took longer than ${RUN_BUDGET.ms / 1000} s and reached only 0:11 of 2:00. Shorten durationSeconds or use fewer tasks, policies and scheduled actions.`,
    });
  });

  it('stops when the events, the frames or the tasks alive outgrow their budget', () => {
    const sc = preset('lunch-spike-fargate');
    expect(runWithinBudget(sc, undefined, { ...UNLIMITED, events: 10 })).toMatchObject({
      ok: false,
      stopped: expect.stringMatching(/^The run was stopped: by \d+:\d\d the run had recorded more than 10 events/),
    });
    expect(runWithinBudget(sc, undefined, { ...UNLIMITED, frameBytes: 4096 })).toMatchObject({
      ok: false,
      stopped: expect.stringMatching(/cluster states recorded for playback passed 4 KB/),
    });
    // Overloaded tasks drain their queued requests after a scale-in from 10 to 2 while 8 new ones start: 18 alive, though the service never asks for more than 10.
    const churn = scenario({
      version: 1,
      durationSeconds: 900,
      service: { launchType: 'FARGATE', cpu: 256, memory: 512, desiredCount: 10 },
      loadBalancer: { type: 'ALB' },
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 50 }], cpuSecondsPerRequest: 0.1 },
      autoScaling: {
        minCapacity: 10,
        maxCapacity: 10,
        scheduledActions: [
          { name: 'two', schedule: 'at(2026-01-05T00:05:00)', minCapacity: 2, maxCapacity: 2 },
          { name: 'ten', schedule: 'at(2026-01-05T00:06:00)', minCapacity: 10, maxCapacity: 10 },
        ],
      },
    });
    expect(mostTasksAskedFor(churn).tasks).toBe(10);
    expect(runWithinBudget(churn, undefined, { ...UNLIMITED, tasks: 15 })).toEqual({
      ok: false,
      stopped:
        'The run was stopped: by 0:06 more than 15 tasks were alive at once, most of them still draining. Lower loadBalancer.deregistrationDelaySeconds or scale in less often.',
    });
    expect(runWithinBudget(churn, undefined, { ...UNLIMITED, tasks: 18 }).ok).toBe(true);
  });
});

describe('the heaviest runs', () => {
  const week = (launchType: 'FARGATE' | 'EC2') =>
    scenario({
      version: 1,
      durationSeconds: 7 * 86400,
      service: { launchType, cpu: 256, memory: 512, desiredCount: 1000 },
      loadBalancer: { type: 'ALB' },
      ...(launchType === 'EC2' && {
        cluster: {
          instanceType: { name: 'tiny.x', cpu: 256, memory: 512, pricePerHour: 0.01 },
          autoScalingGroup: { minSize: 1000, maxSize: 1000, desiredCapacity: 1000 },
        },
      }),
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 5000 }], noise: 0.1 },
      autoScaling: { minCapacity: 1000, maxCapacity: 1000 },
    });

  it('a week of 1,000 Fargate tasks runs within the budget (121 MB of frames)', () => {
    const started = performance.now();
    const outcome = runWithinBudget(week('FARGATE'), () => performance.now());
    const ms = performance.now() - started;
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const bytes = outcome.run.frames.reduce((n, f) => n + f.tasks.byteLength + f.instances.byteLength, 0);
    expect(bytes).toBeLessThan(RUN_BUDGET.frameBytes);
    expect(ms).toBeLessThan(RUN_BUDGET.ms);
  });

  it('a week of 1,000 tasks on 1,000 instances stops at the frame budget instead of holding 282 MB', () => {
    expect(runWithinBudget(week('EC2'))).toMatchObject({
      ok: false,
      stopped: expect.stringMatching(/^The run was stopped: by 79:53 the cluster states recorded for playback passed 128 MB/),
    });
  });
});

describe('refused before the run starts', () => {
  it('more scheduled actions or policies than AWS’s quotas (200 and 50 per scalable target)', () => {
    const actions = Array.from({ length: 201 }, (_, i) => ({ name: `a${i}`, schedule: 'cron(* * * * ? *)', minCapacity: 1 }));
    // 3,000 of these took the engine 81 s and 4.4 GB before its first simulated minute.
    const sc = scenario({
      ...HUNDRED_MILLION_TASKS,
      durationSeconds: 7 * 86400,
      autoScaling: { minCapacity: 1, maxCapacity: 2, scheduledActions: actions },
    });
    const started = performance.now();
    expect(runWithinBudget(sc)).toEqual({
      ok: false,
      stopped:
        'The run did not start: autoScaling.scheduledActions has 201 scheduled actions; AWS allows 200 per scalable target (a quota that cannot be raised), and so does the playground.',
    });
    expect(performance.now() - started).toBeLessThan(100);
    const policy = {
      name: 'p',
      policyType: 'TargetTrackingScaling',
      predefinedMetricType: 'ECSServiceAverageCPUUtilization',
      targetValue: 50,
    };
    const many = scenario({
      ...HUNDRED_MILLION_TASKS,
      autoScaling: { minCapacity: 1, maxCapacity: 2, policies: Array.from({ length: 51 }, (_, i) => ({ ...policy, name: `p${i}` })) },
    });
    expect(runWithinBudget(many)).toMatchObject({ ok: false, stopped: expect.stringContaining('has 51 scaling policies; AWS allows 50') });
  });
});
