/** Every preset in content/scenarios is valid and shows the point its description makes. */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import { simulate } from './simulate';
import { activities } from './test-fixtures';
import type { Result } from './types';

const dir = new URL('../../content/scenarios/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const load = (file: string) => parse(readFileSync(new URL(file, dir), 'utf8'));
const run = (name: string) => simulate(load(`${name}.yaml`));
const byPolicy = (r: Result, policy: string) => activities(r).filter((a) => a.policy === policy);

describe('presets', () => {
  it('has at least 8, named in kebab-case', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(f).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
  });

  it.each(files)('%s is valid, named, described and seeded', (file) => {
    const r = parseScenario(load(file));
    expect(r.ok ? [] : r.errors).toEqual([]);
    const raw = load(file);
    expect(typeof raw.name).toBe('string');
    expect(typeof raw.description).toBe('string');
    expect(typeof raw.seed).toBe('number');
  });

  it('steady Fargate service: AlarmLow fires after 15 datapoints (the last published at 0:18), yet ceil(3 × 40 / 50) = 3 keeps every task', () => {
    const r = run('steady-fargate-cpu');
    expect(activities(r)).toEqual([]);
    expect(r.events.filter((e) => e.type === 'AlarmStateChange').map((e) => [e.t, e.to])).toEqual([[900 + 183, 'ALARM']]);
    expect(r.events.find((e) => e.type === 'NotScaled')).toMatchObject({ t: 1083, reason: 'AlreadyAtDesiredCapacity', basis: { raw: 3 } });
    expect(r.minutes.every((m) => (m.cpuUtilization ?? 0) > 35 && (m.cpuUtilization ?? 100) < 50)).toBe(true);
  });

  it('lunch spike scales out at 0:37, overshoots on late datapoints, then back in; 20-second metrics stop at 8', () => {
    const r = run('lunch-spike-fargate');
    expect(r.summary.firstScaleOutAt).toBe(37 * 60 + 3);
    expect(r.summary.maxDesiredCount).toBe(12);
    expect(r.summary.finalDesiredCount).toBe(3);
    const input = load('lunch-spike-fargate.yaml');
    input.autoScaling.policies[0].predefinedMetricType = 'ECSServiceAverageCPUUtilizationHighResolution';
    const fast = simulate(input);
    expect(fast.summary.maxDesiredCount).toBe(8);
    expect(fast.summary.firstScaleOutAt).toBeLessThan(r.summary.firstScaleOutAt as number);
    expect(fast.summary.totalCostUsd).toBeLessThan(r.summary.totalCostUsd);
  });

  it('cold start on EC2 makes tasks wait in PROVISIONING while managed scaling adds instances', () => {
    const r = run('cold-start-ec2');
    // The second scale-out starts from the tasks running once the first instances registered.
    expect(activities(r).map((a) => [a.t, a.from, a.to, a.basis.policyType !== 'ScheduledAction' && a.basis.base.count])).toEqual([
      [1323, 4, 7, 4],
      [1683, 7, 12, 7],
      [3063, 12, 8, 12],
    ]);
    expect(r.events.some((e) => e.type === 'TaskStateChange' && e.lastStatus === 'PROVISIONING')).toBe(true);
    expect(r.events.some((e) => e.type === 'ManagedScaling' && e.to > e.from)).toBe(true);
    expect(r.summary.maxInstances).toBeGreaterThan(2);
    expect(Math.max(...r.minutes.map((m) => m.capacityProviderReservation ?? 0))).toBeGreaterThan(100);
  });

  it('step scaling fires steps of different sizes, counts the previous increase within its cooldown, and scales in', () => {
    const r = run('step-scaling-cpu');
    const sizes = new Set(byPolicy(r, 'cpu-high').map((a) => a.to - a.from));
    expect(sizes.size).toBeGreaterThan(1);
    expect(byPolicy(r, 'cpu-high').some((a) => a.basis.policyType === 'StepScaling' && a.basis.base.kind === 'beforeCooldown')).toBe(true);
    expect(byPolicy(r, 'cpu-low').length).toBeGreaterThan(0);
  });

  it('scheduled morning scale-out happens at 07:45 UTC, before the traffic', () => {
    const r = run('scheduled-morning');
    const first = activities(r)[0];
    expect(first).toMatchObject({ t: 2700, scheduledAction: 'before-the-rush', from: 2, to: 6 });
  });

  it('SQS worker scales from 10 to 15 on a backlog of 150 per task, then on late datapoints to 23 and 30', () => {
    const r = run('sqs-backlog-worker');
    expect(activities(r).map((a) => [a.t, a.from, a.to])).toEqual([
      [363, 10, 15],
      [423, 15, 23],
      [483, 23, 30],
      [1443, 30, 10],
    ]);
    expect(r.minutes.at(-1)?.queueVisible).toBeLessThan(100);
  });

  it('ALB request count per target scales on requests', () => {
    const r = run('alb-request-count');
    expect(byPolicy(r, 'requests-per-target').length).toBeGreaterThan(0);
    expect(r.minutes.every((m) => (m.cpuUtilization ?? 0) < 50)).toBe(true);
  });

  it('memory-bound service scales on memory while CPU stays low', () => {
    const r = run('memory-bound');
    expect(byPolicy(r, 'memory60').length).toBeGreaterThan(0);
    expect(byPolicy(r, 'cpu50')).toEqual([]);
    expect(r.minutes.every((m) => (m.cpuUtilization ?? 0) < 50)).toBe(true);
  });
});
