import { describe, expect, it } from 'vitest';
import { parseScenario, profileAt } from '@/lib/sim';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { profilePolyline, shapeFromPoints, SHAPES, shapePoints, valueAt } from './shapes';

const scenarioWith = (points: unknown) => ({
  version: 1,
  durationSeconds: 7200,
  service: { launchType: 'FARGATE', cpu: 256, memory: 512, desiredCount: 1 },
  workload: { type: 'web', requestsPerSecond: points },
  autoScaling: { minCapacity: 1, maxCapacity: 2 },
});

describe('workload shapes', () => {
  it.each(SHAPES)('%s gives points the engine accepts, between low and high', (shape) => {
    const points = shapePoints(shape, { low: 40, high: 200, durationSeconds: 7200 });
    const parsed = parseScenario(scenarioWith(points));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
    for (let t = 0; t <= 7200; t += 60) {
      const v = valueAt(points, t);
      expect(v).toBeGreaterThanOrEqual(40 - 1e-9);
      expect(v).toBeLessThanOrEqual(200 + 1e-9);
    }
  });

  it('the daily cycle peaks half-way through the day', () => {
    const points = shapePoints('daily', { low: 10, high: 110, durationSeconds: 86400 });
    expect(valueAt(points, 0)).toBe(10);
    expect(valueAt(points, 43200)).toBeCloseTo(110);
  });

  it('valueAt follows the engine’s profile rule (steps and ramps)', () => {
    const points = [
      { at: 0, value: 120 },
      { at: 1800, value: 380, rampSeconds: 600 },
      { at: 4200, value: 120, rampSeconds: 900 },
    ];
    for (let t = 0; t < 7200; t += 37) expect(valueAt(points, t)).toBeCloseTo(profileAt(points, t), 9);
  });

  it('the polyline draws a step as a vertical edge', () => {
    const line = profilePolyline(
      [
        { at: 0, value: 1 },
        { at: 600, value: 5 },
      ],
      1200,
    );
    expect(line[0]).toEqual([0, 1]);
    expect(line).toContainEqual([600, 5]);
    expect(line.find(([t]) => t > 599 && t < 600)?.[1]).toBe(1);
    expect(line.at(-1)).toEqual([1200, 5]);
  });
});

describe('shapeFromPoints: the shape controls start from the current workload', () => {
  it.each(SHAPES)('%s points read back as %s with their base and peak', (shape) => {
    const points = shapePoints(shape, { low: 40, high: 200, durationSeconds: 7200 });
    expect(shapeFromPoints(points)).toEqual({ shape, low: 40, high: shape === 'steady' ? 40 : 200 });
  });

  it.each([
    ['sqs-backlog-worker', { shape: 'steady', low: 100, high: 100 }],
    ['steady-fargate-cpu', { shape: 'steady', low: 60, high: 60 }],
    ['lunch-spike-fargate', { shape: 'spike', low: 120, high: 380 }],
    ['cold-start-ec2', { shape: 'ramp', low: 200, high: 480 }],
    ['step-scaling-cpu', { shape: 'step', low: 100, high: 400 }],
  ])('%s', (name, want) => {
    const doc = parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')) as {
      workload: { requestsPerSecond?: unknown[]; messagesPerSecond?: unknown[] };
    };
    const points = (doc.workload.requestsPerSecond ?? doc.workload.messagesPerSecond) as { value: number }[];
    expect(shapeFromPoints(points)).toEqual(want);
  });

  it('ignores values that are not numbers yet (a field being typed)', () => {
    expect(
      shapeFromPoints([
        { at: 0, value: 50 },
        { at: 600, value: '1e' },
      ]),
    ).toEqual({ shape: 'steady', low: 50, high: 50 });
    expect(shapeFromPoints([])).toEqual({ shape: 'steady', low: 0, high: 0 });
  });
});
