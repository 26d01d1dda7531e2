import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '@/lib/sim';
import { chartSpecs, MIN_TICK_GAP, TIME_STEPS, timeTicks } from './chart-specs';
import { clock } from './format';

function preset(name: string): Scenario {
  const parsed = parseScenario(parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('invalid preset');
  return parsed.scenario;
}

describe('chartSpecs', () => {
  it('web on Fargate: load, metric with target and 0.9 × target, tasks, latency, cost', () => {
    const sc = preset('lunch-spike-fargate');
    const { xs, charts } = chartSpecs(sc, simulate(sc));
    expect(charts.map((c) => c.id)).toEqual(['load', 'metric', 'tasks', 'latency', 'cost']);
    const metric = charts[1]!;
    expect(metric.series.map((s) => s.label)).toEqual(['CPUUtilization', 'Target', 'Scale-in line (0.9 × target)']);
    expect(metric.series[2]!.values[0]).toBe(45);
    expect(metric.leftMax).toBe(100);
    for (const c of charts) for (const s of c.series) expect(s.values).toHaveLength(xs.length);
  });

  it('EC2 adds instances and CPR; queue workloads chart the queue; step scaling shows the threshold', () => {
    const ec2 = preset('cold-start-ec2');
    expect(chartSpecs(ec2, simulate(ec2)).charts.map((c) => c.id)).toContain('capacity');
    const sqs = preset('sqs-backlog-worker');
    const q = chartSpecs(sqs, simulate(sqs)).charts;
    expect(q.map((c) => c.id)).toEqual(['load', 'metric', 'tasks', 'queue', 'cost']);
    const step = preset('step-scaling-cpu');
    expect(chartSpecs(step, simulate(step)).charts[1]!.series.map((s) => s.label)).toEqual(['CPUUtilization', 'Alarm threshold']);
  });
});

describe('timeTicks', () => {
  it('puts a 2 h run on round quarter hours, not 0:33 / 1:06', () => {
    expect(timeTicks(7200, 600).map((t) => clock(t))).toEqual(['0:00', '0:15', '0:30', '0:45', '1:00', '1:15', '1:30', '1:45', '2:00']);
    // A narrow chart (an embed on a phone) takes a bigger round step.
    expect(timeTicks(7200, 280).map((t) => clock(t))).toEqual(['0:00', '0:30', '1:00', '1:30', '2:00']);
  });

  it.each([
    [600, 600, 60],
    [3600, 600, 600],
    [3600, 300, 900],
    [5400, 600, 600],
    [5400, 400, 900],
    [7200, 200, 3600],
    [86400, 600, 10800],
  ])('%d s on %d px: every %d s', (duration, width, step) => {
    const ticks = timeTicks(duration, width);
    expect(ticks[0]).toBe(0);
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]! - ticks[i - 1]!).toBe(step);
    expect(ticks.at(-1)!).toBeLessThanOrEqual(duration);
    expect((ticks.length - 1) * MIN_TICK_GAP).toBeLessThanOrEqual(width);
  });

  it('every preset’s ticks are round minutes from the steps list, at any width', () => {
    for (const name of ['lunch-spike-fargate', 'steady-fargate-cpu', 'alb-request-count', 'memory-bound', 'step-scaling-cpu', 'scheduled-morning', 'cold-start-ec2', 'sqs-backlog-worker']) {
      const d = preset(name).durationSeconds;
      for (const w of [200, 280, 400, 640, 900]) {
        const ticks = timeTicks(d, w);
        const step = ticks[1]! - ticks[0]!;
        expect(TIME_STEPS, `${name} at ${w} px`).toContain(step);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
      }
    }
  });
});
