import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '@/lib/sim';
import { chartSpecs, embedCharts, MIN_TICK_GAP, seriesValue, TIME_STEPS, timeTicks } from './chart-specs';
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
  });

  it('step scaling draws the scale-in alarm that drives scale-in, not only the scale-out one', () => {
    const step = preset('step-scaling-cpu');
    const metric = chartSpecs(step, simulate(step)).charts[1]!;
    expect(metric.title).toBe('CPUUtilization against its alarm thresholds');
    expect(metric.series.map((s) => [s.label, s.values[0]])).toEqual([
      ['CPUUtilization', expect.any(Number)],
      ['Scale-out alarm cpu-high (≥ 70)', 70],
      ['Scale-in alarm cpu-low (≤ 30)', 30],
    ]);
  });

  it('two target tracking policies: the lines of the one on the charted metric, named', () => {
    const mem = preset('memory-bound');
    const metric = chartSpecs(mem, simulate(mem)).charts[1]!;
    expect(metric.series.map((s) => s.label)).toEqual(['MemoryUtilization', 'memory60 target', 'memory60 scale-in line (0.9 × target)']);
    expect(metric.series[2]!.values[0]).toBe(54);
  });

  it('the EC2 embed shows the cluster’s own scaling: CapacityProviderReservation against the target capacity', () => {
    const ec2 = preset('cold-start-ec2');
    expect(embedCharts(ec2)).toEqual(['metric', 'capacity']);
    expect(embedCharts(preset('lunch-spike-fargate'))).toEqual(['metric', 'tasks']);
    const capacity = chartSpecs(ec2, simulate(ec2)).charts.find((c) => c.id === 'capacity')!;
    expect(capacity.series.map((s) => s.label)).toEqual(['Instances', 'CapacityProviderReservation', 'Target capacity']);
    expect(capacity.series[2]!.values.every((v) => v === 100)).toBe(true);
  });
});

describe('axes', () => {
  const all = [
    'lunch-spike-fargate',
    'steady-fargate-cpu',
    'alb-request-count',
    'memory-bound',
    'step-scaling-cpu',
    'scheduled-morning',
    'cold-start-ec2',
    'sqs-backlog-worker',
  ];

  it('an axis that only counts (tasks, instances, errors, messages) ticks on whole numbers', () => {
    for (const name of all) {
      const sc = preset(name);
      for (const c of chartSpecs(sc, simulate(sc)).charts) {
        for (const [side, axis] of [
          [false, c.left],
          [true, c.right],
        ] as const) {
          const series = c.series.filter((s) => !!s.right === side);
          if (series.length > 0 && series.every((s) => s.digits === 0))
            expect(axis?.integer, `${name} ${c.id} ${side ? 'right' : 'left'}`).toBe(true);
        }
      }
    }
  });

  it('latency reads in seconds from 10 s, on the axis and in the legend; errors are per minute', () => {
    const sc = preset('lunch-spike-fargate');
    const latency = chartSpecs(sc, simulate(sc)).charts.find((c) => c.id === 'latency')!;
    expect(latency.left).toEqual({ kind: 'ms' });
    expect(latency.right).toEqual({ kind: 'number', suffix: '/min', integer: true });
    expect(seriesValue(latency.series[0]!, 12_000)).toBe('12 s');
    expect(seriesValue(latency.series[0]!, 850)).toBe('850 ms');
    expect(seriesValue(latency.series[1]!, 3)).toBe('3 /min');
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
    for (const name of [
      'lunch-spike-fargate',
      'steady-fargate-cpu',
      'alb-request-count',
      'memory-bound',
      'step-scaling-cpu',
      'scheduled-morning',
      'cold-start-ec2',
      'sqs-backlog-worker',
    ]) {
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
