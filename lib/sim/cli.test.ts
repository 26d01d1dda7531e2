/** scripts/sim.ts end to end, as a learner or CI would run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sim = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/sim.ts', ...args], { cwd: root, encoding: 'utf8' });

describe('npm run sim', () => {
  it('exits 2 and lists every error with its path for an invalid scenario, printing no result', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      [
        'version: 1',
        'durationSeconds: 600',
        'service: { launchType: FARGATE, cpu: 1024, memory: 1024, desiredCount: 2, colour: blue }',
        'loadBalancer: { type: CLB }',
        'workload: { type: web, requestsPerSecond: [{ at: 0, value: 10 }] }',
        'autoScaling:',
        '  minCapacity: 1',
        '  maxCapacity: 4',
        '  scheduledActions: [{ name: m, schedule: "rate(1 minutes)", minCapacity: 2 }]',
      ].join('\n'),
    );
    const r = sim(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('service.colour: unknown field');
    // The cross-field rules run once the shape is valid; fix the unknown key and they all appear.
    writeFileSync(file, readFileSync(file, 'utf8').replace(', colour: blue', ''));
    const again = sim(file);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('service.memory: 1024 MiB is not a valid Fargate size');
    expect(again.stderr).toContain('loadBalancer.type: a Classic Load Balancer does not support Fargate tasks');
    expect(again.stderr).toContain('autoScaling.scheduledActions[0].schedule: with a value of 1 the unit is singular');
  }, 30000);

  it('prints the result of a preset as JSON', () => {
    const r = sim('content/scenarios/steady-fargate-cpu.yaml');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.version).toBe(1);
    expect(result.minutes).toHaveLength(60);
  }, 30000);

  it('prints a readable summary with --summary', () => {
    const r = sim('content/scenarios/lunch-spike-fargate.yaml', '--summary');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Scaling activities:');
    expect(r.stdout).toMatch(/cpu50: 3 → \d+ tasks/);
  }, 30000);

  it('fails clearly on a missing file', () => {
    const r = sim('no/such/scenario.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read no/such/scenario.yaml: no such file');
  }, 30000);
});
