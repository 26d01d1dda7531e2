/** The preset picker: every file in content/scenarios loads, in the teaching order. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPreset, loadPresets } from './presets.server';

const files = readdirSync(new URL('../../content/scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('loadPresets', () => {
  it('lists every scenario file once, basics first, then deployments, incidents and the other platforms', () => {
    const ids = loadPresets().map((p) => p.id);
    expect([...ids].sort()).toEqual([...files].sort());
    expect(ids).toEqual([
      'lunch-spike-fargate',
      'steady-fargate-cpu',
      'alb-request-count',
      'memory-bound',
      'step-scaling-cpu',
      'scheduled-morning',
      'predictive-morning',
      'cold-start-ec2',
      'sqs-backlog-worker',
      'deploy-rolling-circuit-breaker',
      'deploy-rolling-alarm-rollback',
      'deploy-blue-green',
      'deploy-canary',
      'deploy-linear',
      'incident-short-grace-period',
      'incident-task-crash-throttle',
      'incident-health-check-fail-open',
      'incident-az-outage-ec2',
      'incident-fargate-spot',
      'incident-ec2-spot',
      'eks-cluster-autoscaler',
      'eks-karpenter',
      'app-runner-concurrency',
    ]);
  });

  it('gives each preset its name and note, and names the presets when an id is unknown', () => {
    for (const p of loadPresets()) expect([p.name.length > 0, p.description.length > 0]).toEqual([true, true]);
    expect(() => loadPreset('no-such-preset')).toThrow(/no content\/scenarios\/no-such-preset\.yaml \(presets: lunch-spike-fargate, /);
  });
});
