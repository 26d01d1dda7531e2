import { describe, expect, it } from 'vitest';
import { parseScenario } from '@/lib/sim';
import { capacityMode, errorsByPath, fargateMemoryFor, fieldValue, getIn, parsePath, setIn, withCapacityMode } from './draft';
import { fromYaml, toYaml, yamlFileName } from './yaml-io';

const base = {
  version: 1,
  name: 'Lunch spike',
  durationSeconds: 600,
  service: { launchType: 'FARGATE', cpu: 1024, memory: 2048, desiredCount: 2 },
  loadBalancer: { type: 'ALB' },
  workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 5 }] },
  autoScaling: {
    minCapacity: 1,
    maxCapacity: 4,
    policies: [
      { name: 'cpu', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: 50 },
    ],
  },
};

describe('draft paths', () => {
  it('parses the engine’s error paths', () => {
    expect(parsePath('autoScaling.policies[1].targetValue')).toEqual(['autoScaling', 'policies', 1, 'targetValue']);
  });

  it('sets immutably, creates missing objects and deletes with undefined', () => {
    const next = setIn(base, 'autoScaling.policies[0].targetValue', 70);
    expect(getIn(next, 'autoScaling.policies[0].targetValue')).toBe(70);
    expect(getIn(base, 'autoScaling.policies[0].targetValue')).toBe(50);
    expect(next.service).toBe(base.service);
    expect(getIn(setIn(base, 'cluster.autoScalingGroup.minSize', 1), 'cluster')).toEqual({ autoScalingGroup: { minSize: 1 } });
    expect('loadBalancer' in setIn(base, 'loadBalancer', undefined)).toBe(false);
  });

  it('groups errors by path', () => {
    const parsed = parseScenario(setIn(base, 'autoScaling.policies[0].targetValue', 0));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(errorsByPath(parsed.errors).get('autoScaling.policies[0].targetValue')).toEqual(['must be > 0']);
  });

  it('keeps text that is not a number so the engine can say so', () => {
    expect(fieldValue('42', false)).toBe(42);
    expect(fieldValue(' 4.5 ', false)).toBe(4.5);
    expect(fieldValue('', true)).toBeUndefined();
    expect(fieldValue('4x', false)).toBe('4x');
    const parsed = parseScenario(setIn(base, 'service.desiredCount', '4x'));
    expect(parsed.ok ? [] : parsed.errors).toEqual([{ path: 'service.desiredCount', message: 'must be a number, not a string' }]);
  });

  it('switching where the tasks run keeps the scenario valid', () => {
    for (const mode of ['EC2', 'EC2_PROVIDER', 'FARGATE_PROVIDERS', 'FARGATE'] as const) {
      const next = withCapacityMode(base, mode);
      expect(capacityMode(next)).toBe(mode);
      expect(parseScenario(next).ok ? [] : (parseScenario(next) as { errors: unknown }).errors).toEqual([]);
    }
    const ec2 = withCapacityMode(base, 'EC2_PROVIDER');
    expect(ec2.service).toMatchObject({ capacityProviderStrategy: [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }] });
    expect('launchType' in (ec2.service as object)).toBe(false);
    const back = withCapacityMode(setIn(setIn(ec2, 'service.cpu', 300), 'loadBalancer.type', 'CLB'), 'FARGATE');
    expect(back).toMatchObject({ service: { launchType: 'FARGATE', cpu: 1024, memory: 2048 }, loadBalancer: { type: 'ALB' } });
    expect('cluster' in back).toBe(false);
    expect('capacityProviderStrategy' in (back.service as object)).toBe(false);
  });

  it('picks a valid Fargate memory for a CPU', () => {
    expect(fargateMemoryFor(256, 4096)).toBe(512);
    expect(fargateMemoryFor(1024, 4096)).toBe(4096);
  });
});

describe('YAML export and import', () => {
  it('round-trips a scenario', () => {
    expect(fromYaml(toYaml(base))).toEqual({ ok: true, draft: base });
    expect(yamlFileName(base)).toBe('lunch-spike.yaml');
  });

  it('reports a YAML syntax error with its line, and engine errors with their paths', () => {
    const bad = fromYaml('version: 1\nservice: [oops\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]?.message).toMatch(/not valid YAML/);
    const invalid = fromYaml(toYaml(setIn(base, 'service.memory', 3000)));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(invalid.errors.map((e) => e.path)).toContain('service.memory');
    expect(fromYaml('- 1\n- 2\n')).toMatchObject({ ok: false });
  });
});

describe('withWorkloadType', () => {
  it('carries the profile across and drops fields the other type rejects', async () => {
    const { withWorkloadType } = await import('./draft');
    const queue = withWorkloadType({ ...base, workload: { ...base.workload, cpuSecondsPerRequest: 0.02, noise: 0.1 } }, 'queue');
    expect(queue.workload).toEqual({ type: 'queue', messagesPerSecond: [{ at: 0, value: 5 }], noise: 0.1 });
    expect('loadBalancer' in queue).toBe(false);
    const back = withWorkloadType(queue, 'web');
    expect(back.workload).toEqual({ type: 'web', requestsPerSecond: [{ at: 0, value: 5 }], noise: 0.1 });
  });
});

describe('parseStartSeconds', () => {
  it('reads a number or a range, and leaves anything else for the engine', async () => {
    const { parseStartSeconds } = await import('./draft');
    expect(parseStartSeconds('45')).toBe(45);
    expect(parseStartSeconds('30-75')).toEqual([30, 75]);
    expect(parseStartSeconds(' 30, 75 ')).toEqual([30, 75]);
    expect(parseStartSeconds('')).toBeUndefined();
    const parsed = parseScenario(setIn(base, 'service.taskStartSeconds', parseStartSeconds('soon')));
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { path: 'service.taskStartSeconds', message: 'must be a whole number of seconds, or [min, max]' },
    ]);
  });
});
