import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '@/lib/sim';
import { frameIndexAt, framedInstances, framedTasks } from './frames';
import { buildRun } from './run';
import { TASK_STATES } from './types';

function preset(name: string): Scenario {
  const parsed = parseScenario(parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('invalid preset');
  return parsed.scenario;
}

describe('buildRun', () => {
  it('gives exactly the result of simulate() and one frame per minute boundary', () => {
    const sc = preset('lunch-spike-fargate');
    const run = buildRun(sc);
    expect(run.result).toEqual(simulate(sc));
    expect(run.frames).toHaveLength(sc.durationSeconds / 60 + 1);
    expect(run.frames.map((f) => f.t)).toEqual(Array.from({ length: run.frames.length }, (_, k) => k * 60));
  });

  it('frames agree with the minute rows: desired, running and pending counts', () => {
    const run = buildRun(preset('lunch-spike-fargate'));
    run.result.minutes.forEach((row, i) => {
      const frame = run.frames[i + 1]!;
      const tasks = framedTasks(frame);
      const running = tasks.filter((t) => ['RUNNING', 'HEALTH_CHECK', 'DRAINING'].includes(TASK_STATES[t.state]!)).length;
      expect(frame.desired).toBe(row.desiredCount);
      expect(tasks.filter((t) => ['PENDING', 'PROVISIONING'].includes(TASK_STATES[t.state]!)).length).toBe(row.pendingCount);
      expect(running).toBeGreaterThanOrEqual(row.runningCount);
    });
  });

  it('on EC2 packs tasks into instances and shows instances booting', () => {
    const run = buildRun(preset('cold-start-ec2'));
    expect(run.instanceCpu).toBe(2048);
    const booting = run.frames.find((f) => framedInstances(f).some((i) => i.state === 0));
    expect(booting).toBeDefined();
    const last = run.frames.at(-1)!;
    for (const i of framedInstances(last).filter((x) => x.state === 1)) {
      const cpu = framedTasks(last).filter((t) => t.instance === i.id && t.state !== 5).length * 1024;
      expect(i.cpuUsed).toBe(cpu);
    }
    // Waiting for capacity: PROVISIONING tasks without an instance at some point.
    expect(run.frames.some((f) => framedTasks(f).some((t) => t.state === 0 && t.instance === 0))).toBe(true);
  });

  it('keeps a stopped task for the one frame after it stopped', () => {
    const run = buildRun(preset('lunch-spike-fargate'));
    const i = run.frames.findIndex((f) => framedTasks(f).some((t) => t.state === 5));
    expect(i).toBeGreaterThan(0);
    const id = framedTasks(run.frames[i]!).find((t) => t.state === 5)!.id;
    expect(framedTasks(run.frames[i + 1]!).some((t) => t.id === id)).toBe(false);
  });

  it('maps a time to the latest frame at or before it', () => {
    expect(frameIndexAt(0, 10)).toBe(0);
    expect(frameIndexAt(59.9, 10)).toBe(0);
    expect(frameIndexAt(60, 10)).toBe(1);
    expect(frameIndexAt(10_000, 10)).toBe(9);
  });
});
