import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createSimulation } from './create';
import { advance, resultOf, simulate, snapshot } from './simulate';

const preset = (name: string) => parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8'));

describe('stepping API', () => {
  it.each(['cold-start-ec2', 'lunch-spike-fargate', 'sqs-backlog-worker', 'step-scaling-cpu'])(
    '%s gives the same result in arbitrary chunks as in one run',
    (name) => {
      const scenario = preset(name);
      const whole = JSON.stringify(simulate(scenario));
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 40 }), (chunks) => {
          const s = createSimulation(scenario);
          let k = 0;
          while (!s.done) advance(s, chunks[k++ % chunks.length] as number);
          expect(JSON.stringify(resultOf(s))).toBe(whole);
        }),
        { numRuns: 25 },
      );
    },
  );

  it('survives structuredClone mid-run (plain data, as a Web Worker would post it)', () => {
    const scenario = preset('cold-start-ec2');
    const s = advance(createSimulation(scenario), 1234);
    const copy = structuredClone(s);
    advance(copy, 1e9);
    expect(JSON.stringify(resultOf(copy))).toBe(JSON.stringify(simulate(scenario)));
  });

  it('snapshots the run so far: series, events, tasks, instances, queue, summary', () => {
    const s = advance(createSimulation(preset('cold-start-ec2')), 1500);
    const snap = snapshot(s);
    expect(snap.t).toBe(1500);
    expect(snap.done).toBe(false);
    expect(snap.minutes.at(-1)?.t).toBe(1500);
    expect(snap.tasks.length).toBeGreaterThan(0);
    expect(snap.tasks.every((t) => t.instanceId === null || t.instanceId.startsWith('i-'))).toBe(true);
    expect(snap.instances?.every((i) => i.cpuUsed <= i.cpu && i.memoryUsed <= i.memory)).toBe(true);
    expect(snap.queueDepth).toBeGreaterThanOrEqual(0);
    expect(snap.summary.maxDesiredCount).toBeGreaterThanOrEqual(snap.desiredCount);
    // Snapshots are copies: advancing does not change them.
    const rows = snap.minutes.length;
    advance(s, 600);
    expect(snap.minutes.length).toBe(rows);
  });

  it('is idempotent at the end', () => {
    const s = createSimulation(preset('steady-fargate-cpu'));
    advance(s, 1e9);
    const before = JSON.stringify(resultOf(s));
    advance(s, 60);
    expect(JSON.stringify(resultOf(s))).toBe(before);
  });
});
