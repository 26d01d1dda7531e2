import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '@/lib/sim';
import { chartSpecs } from './chart-specs';

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
