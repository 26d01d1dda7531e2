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

  it('steady Fargate service: AlarmLow fires at 15 minutes, yet ceil(3 × 40 / 50) = 3 keeps every task', () => {
    const r = run('steady-fargate-cpu');
    expect(activities(r)).toEqual([]);
    expect(r.events.filter((e) => e.type === 'AlarmStateChange').map((e) => [e.t, e.to])).toEqual([[900, 'ALARM']]);
    expect(r.minutes.every((m) => (m.cpuUtilization ?? 0) > 35 && (m.cpuUtilization ?? 100) < 50)).toBe(true);
  });

  it('lunch spike scales out after the spike starts, then back in', () => {
    const r = run('lunch-spike-fargate');
    expect(r.summary.firstScaleOutAt).toBeGreaterThan(1800);
    expect(r.summary.maxDesiredCount).toBeGreaterThan(3);
    expect(r.summary.finalDesiredCount).toBeLessThan(r.summary.maxDesiredCount);
  });

  it('cold start on EC2 makes tasks wait in PROVISIONING while managed scaling adds instances', () => {
    const r = run('cold-start-ec2');
    expect(r.events.some((e) => e.type === 'TaskStateChange' && e.lastStatus === 'PROVISIONING')).toBe(true);
    expect(r.events.some((e) => e.type === 'ManagedScaling' && e.to > e.from)).toBe(true);
    expect(r.summary.maxInstances).toBeGreaterThan(2);
    expect(Math.max(...r.minutes.map((m) => m.capacityProviderReservation ?? 0))).toBeGreaterThan(100);
  });

  it('step scaling fires steps of different sizes, and the scale-in policy', () => {
    const r = run('step-scaling-cpu');
    const sizes = new Set(byPolicy(r, 'cpu-high').map((a) => a.to - a.from));
    expect(sizes.size).toBeGreaterThan(1);
    expect(byPolicy(r, 'cpu-low').length).toBeGreaterThan(0);
  });

  it('scheduled morning scale-out happens at 07:45 UTC, before the traffic', () => {
    const r = run('scheduled-morning');
    const first = activities(r)[0];
    expect(first).toMatchObject({ t: 2700, scheduledAction: 'before-the-rush', from: 2, to: 6 });
  });

  it('SQS worker scales from 10 to 15 on a backlog of 150 per task', () => {
    const r = run('sqs-backlog-worker');
    expect(activities(r)[0]).toMatchObject({ t: 180, from: 10, to: 15 });
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
