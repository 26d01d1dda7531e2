import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '@/lib/sim';
import { RUN_BUDGET } from './limits';
import { runWithinBudget, UNLIMITED } from './run';
import { FRAME_BUDGET_BUSTER, HUNDRED_MILLION_TASKS } from './test-fixtures';

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

  it('the issue’s 100-million-task scheduled action never reaches the runner: the parser refuses it, naming the field', () => {
    const parsed = parseScenario(HUNDRED_MILLION_TASKS);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.errors).toContainEqual({
        path: 'autoScaling.scheduledActions[0].minCapacity',
        message: expect.stringMatching(/must be ≤ 1000/),
      });
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
    launchType === 'EC2'
      ? scenario(FRAME_BUDGET_BUSTER)
      : scenario({ ...FRAME_BUDGET_BUSTER, service: { ...(FRAME_BUDGET_BUSTER.service as object), launchType }, cluster: undefined });

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
  it('more scheduled actions or policies than AWS’s quotas (200 and 50 per scalable target): the parser refuses them', () => {
    const actions = Array.from({ length: 201 }, (_, i) => ({ name: `a${i}`, schedule: 'cron(* * * * ? *)', minCapacity: 1 }));
    // 3,000 of these took the engine 81 s and 4.4 GB before its first simulated minute.
    const tooMany = parseScenario({ ...HUNDRED_MILLION_TASKS, autoScaling: { minCapacity: 1, maxCapacity: 2, scheduledActions: actions } });
    expect(tooMany.ok).toBe(false);
    if (!tooMany.ok) expect(tooMany.errors.map((e) => e.path)).toContain('autoScaling.scheduledActions');
    const policy = {
      name: 'p',
      policyType: 'TargetTrackingScaling',
      predefinedMetricType: 'ECSServiceAverageCPUUtilization',
      targetValue: 50,
    };
    const many = parseScenario({
      ...HUNDRED_MILLION_TASKS,
      autoScaling: { minCapacity: 1, maxCapacity: 2, policies: Array.from({ length: 51 }, (_, i) => ({ ...policy, name: `p${i}` })) },
    });
    expect(many.ok).toBe(false);
    if (!many.ok) expect(many.errors.map((e) => e.path)).toContain('autoScaling.policies');
  });
});
