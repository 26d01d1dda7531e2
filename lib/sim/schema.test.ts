import { describe, expect, it } from 'vitest';
import { isValidFargateSize, validFargateMemory } from './fargate';
import { parseScenario } from './parse';
import type { ScenarioInput } from './schema';
import { parseSchedule } from './schedule-expressions';

const base = (): Record<string, unknown> & ScenarioInput => ({
  version: 1,
  durationSeconds: 600,
  service: { launchType: 'FARGATE', cpu: 1024, memory: 2048, desiredCount: 2 },
  workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 10 }] },
  autoScaling: { minCapacity: 1, maxCapacity: 4 },
});

function errors(input: unknown) {
  const r = parseScenario(input);
  return r.ok ? [] : r.errors;
}

describe('Fargate task sizes (aws-facts §6)', () => {
  it.each([
    [256, 512],
    [256, 2048],
    [512, 4096],
    [1024, 2048],
    [1024, 8192],
    [2048, 16384],
    [4096, 30720],
    [8192, 16384],
    [8192, 61440],
    [16384, 122880],
  ])('accepts %d CPU with %d MiB', (cpu, mem) => expect(isValidFargateSize(cpu, mem)).toBe(true));

  it.each([
    [256, 4096],
    [512, 512],
    [1024, 1024],
    [1024, 9216],
    [2048, 17408],
    [4096, 31744],
    [8192, 18432], // 4 GB steps only
    [16384, 36864], // 8 GB steps only
    [768, 2048],
  ])('rejects %d CPU with %d MiB', (cpu, mem) => expect(isValidFargateSize(cpu, mem)).toBe(false));

  it('lists the valid memory values for the CPU in the error', () => {
    const s = base();
    s.service.memory = 1024;
    expect(errors(s)).toEqual([
      { path: 'service.memory', message: expect.stringContaining('valid memory values: 2048, 3072, 4096, 5120, 6144, 7168, 8192 MiB') },
    ]);
    expect(validFargateMemory(256)).toEqual([512, 1024, 2048]);
  });

  it('names the valid CPU values for an unknown CPU', () => {
    const s = base();
    s.service.cpu = 768;
    expect(errors(s)[0]).toMatchObject({
      path: 'service.cpu',
      message: expect.stringContaining('256, 512, 1024, 2048, 4096, 8192, 16384'),
    });
  });
});

describe('schedule expressions (aws-facts §3, §10)', () => {
  it.each([
    'rate(1 minute)',
    'rate(5 minutes)',
    'rate(1 hour)',
    'rate(2 days)',
    'cron(0 8 * * ? *)',
    'cron(30 6 ? * 2 *)',
    'cron(0/15 9-17 ? * MON-FRI *)',
    'cron(0 0 1 JAN,JUL ? 2026)',
    'at(2026-01-05T08:00:00)',
  ])('%s is valid', (e) => expect(parseSchedule(e).ok).toBe(true));
  it.each([
    ['rate(1 minutes)', 'singular'],
    ['rate(5 minute)', 'plural'],
    ['rate(0 minutes)', 'at least 1'],
    ['rate(5 weeks)', 'unit'],
    ['cron(0 8 * * *)', '6 fields'],
    ['cron(0 8 * * * *)', 'exactly one'],
    ['cron(0 8 ? * ? *)', 'exactly one'],
    ['cron(60 8 * * ? *)', 'out of range'],
    ['cron(0 8 L * ? *)', 'does not model'],
    ['at(2026-02-30T08:00:00)', 'not a real date'],
    ['at(2026-01-05 08:00)', 'yyyy-mm-dd'],
    ['every day', 'use at('],
  ])('%s is invalid (%s)', (e, why) => {
    const r = parseSchedule(e);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });

  it('reports the reason at the action’s path', () => {
    const s = base();
    s.autoScaling.scheduledActions = [{ name: 'a', schedule: 'rate(1 minutes)', minCapacity: 2 }];
    expect(errors(s)).toEqual([
      { path: 'autoScaling.scheduledActions[0].schedule', message: 'with a value of 1 the unit is singular: rate(1 minute)' },
    ]);
  });
});

describe('scenario validation', () => {
  it('accepts the minimal scenario and fills AWS defaults', () => {
    const r = parseScenario({ ...base(), loadBalancer: { type: 'ALB' } });
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.scenario.loadBalancer).toEqual({
        type: 'ALB',
        loadBalancingAlgorithmType: 'round_robin',
        healthCheckIntervalSeconds: 30,
        deregistrationDelaySeconds: 300,
        healthyThresholdCount: 5,
        unhealthyThresholdCount: 2,
      });
  });

  it('rejects unknown keys with their path', () => {
    expect(errors({ ...base(), extra: 1, service: { ...base().service, desiredcount: 2 } })).toEqual([
      { path: 'service.desiredcount', message: expect.stringContaining('unknown field') },
      { path: 'extra', message: expect.stringContaining('unknown field') },
    ]);
  });

  it('reports every error at once with a[1].b paths', () => {
    const s = base();
    s.autoScaling.policies = [
      { name: 'a', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: 50 },
      { name: 'b', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: -5 },
    ];
    (s as Record<string, unknown>).durationSeconds = 90;
    expect(errors(s)).toEqual([
      { path: 'durationSeconds', message: 'must be a multiple of 60 (whole minutes)' },
      { path: 'autoScaling.policies[1].targetValue', message: 'must be > 0' },
    ]);
  });

  it('says required for a missing field and names wrong types', () => {
    expect(errors({ version: 1 })).toEqual(
      expect.arrayContaining([
        { path: 'durationSeconds', message: 'required' },
        { path: 'service', message: 'required' },
      ]),
    );
    expect(errors({ ...base(), durationSeconds: '600' })).toEqual([{ path: 'durationSeconds', message: 'must be a number, not a string' }]);
  });

  it('rejects a Classic Load Balancer with Fargate', () => {
    expect(errors({ ...base(), loadBalancer: { type: 'CLB' } })).toEqual([
      { path: 'loadBalancer.type', message: 'a Classic Load Balancer does not support Fargate tasks; use ALB or NLB' },
    ]);
  });

  it('requires a cluster for EC2 and rejects one for Fargate', () => {
    const ec2 = base();
    ec2.service.launchType = 'EC2';
    expect(errors(ec2)).toEqual([{ path: 'cluster', message: expect.stringContaining('required for EC2') }]);
    const cluster = { instanceType: 'm5.large', autoScalingGroup: { minSize: 0, maxSize: 2, desiredCapacity: 1 } };
    expect(errors({ ...base(), cluster })).toEqual([{ path: 'cluster', message: expect.stringContaining('only for EC2') }]);
    expect(parseScenario({ ...ec2, cluster }).ok).toBe(true);
  });

  it('rejects a task that can never fit the instance type, and unknown instance types', () => {
    const ec2 = { ...base(), service: { launchType: 'EC2', cpu: 4096, memory: 2048, desiredCount: 1 } };
    expect(
      errors({ ...ec2, cluster: { instanceType: 'm5.large', autoScalingGroup: { minSize: 0, maxSize: 2, desiredCapacity: 1 } } })[0],
    ).toMatchObject({ path: 'service.cpu' });
    expect(
      errors({ ...ec2, cluster: { instanceType: 'x9.huge', autoScalingGroup: { minSize: 0, maxSize: 2, desiredCapacity: 1 } } })[0],
    ).toMatchObject({ path: 'cluster.instanceType' });
  });

  it('checks metrics against the load balancer and workload', () => {
    const s = base();
    s.autoScaling.policies = [
      { name: 'r', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ALBRequestCountPerTarget', targetValue: 100 },
      { name: 'q', policyType: 'TargetTrackingScaling', predefinedMetricType: 'SQSBacklogPerTask', targetValue: 100 },
    ];
    expect(errors(s).map((e) => e.path)).toEqual([
      'autoScaling.policies[0].predefinedMetricType',
      'autoScaling.policies[1].predefinedMetricType',
    ]);
  });

  it('checks step adjustments for overlaps, gaps and open bounds', () => {
    const s = base();
    const step = (stepAdjustments: object[]) => ({
      name: 's',
      policyType: 'StepScaling',
      alarm: { metric: 'CPUUtilization', comparisonOperator: 'GreaterThanThreshold', threshold: 70 },
      adjustmentType: 'ChangeInCapacity',
      stepAdjustments,
    });
    (s.autoScaling as Record<string, unknown>).policies = [
      step([
        { metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: 1 },
        { metricIntervalLowerBound: 5, scalingAdjustment: 2 },
      ]),
    ];
    expect(errors(s)[0]?.message).toContain("can't overlap");
    (s.autoScaling as Record<string, unknown>).policies = [
      step([
        { metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: 1 },
        { metricIntervalLowerBound: 15, scalingAdjustment: 2 },
      ]),
    ];
    expect(errors(s)[0]?.message).toContain("can't have a gap");
    (s.autoScaling as Record<string, unknown>).policies = [
      step([
        { metricIntervalLowerBound: 0, scalingAdjustment: 1 },
        { metricIntervalLowerBound: 10, scalingAdjustment: 2 },
      ]),
    ];
    expect(errors(s)[0]?.message).toContain('only one step may leave out metricIntervalUpperBound');
  });

  it('keeps desiredCount inside [minCapacity, maxCapacity]', () => {
    const s = base();
    s.service.desiredCount = 9;
    expect(errors(s)).toEqual([
      { path: 'service.desiredCount', message: 'must be between autoScaling.minCapacity (1) and maxCapacity (4)' },
    ]);
  });
});

describe('names follow AWS character rules (names.ts)', () => {
  const tt = (name: string) => ({
    name,
    policyType: 'TargetTrackingScaling',
    predefinedMetricType: 'ECSServiceAverageCPUUtilization',
    targetValue: 50,
  });
  const step = (name: string) => ({
    name,
    policyType: 'StepScaling',
    alarm: { metric: 'CPUUtilization', comparisonOperator: 'GreaterThanThreshold', threshold: 70 },
    adjustmentType: 'ChangeInCapacity',
    stepAdjustments: [{ metricIntervalLowerBound: 0, scalingAdjustment: 1 }],
  });
  const withPolicies = (...policies: unknown[]) => ({ ...base(), autoScaling: { minCapacity: 1, maxCapacity: 4, policies } });
  const withAction = (name: string) => ({
    ...base(),
    autoScaling: { minCapacity: 1, maxCapacity: 4, scheduledActions: [{ name, schedule: 'rate(1 hour)', minCapacity: 2 }] },
  });

  it('policy names: printable ASCII, 1–256; a step policy leaves room for its "-alarm" (CloudWatch: 255)', () => {
    expect(errors(withPolicies(tt(`x'; $(y) \`z\` | & ; "q" # ~ !`)))).toEqual([]);
    expect(errors(withPolicies(tt('a'.repeat(256))))).toEqual([]);
    expect(errors(withPolicies(tt('a'.repeat(257))))).toEqual([
      { path: 'autoScaling.policies[0].name', message: 'must be at most 256 characters (it has 257)' },
    ]);
    expect(errors(withPolicies(tt('café')))[0]?.message).toMatch(/only printable ASCII .*"é" \(U\+00E9\)/);
    expect(errors(withPolicies(step('a'.repeat(249))))).toEqual([]);
    expect(errors(withPolicies(step('a'.repeat(250))))[0]).toEqual({
      path: 'autoScaling.policies[0].name',
      message: expect.stringMatching(/^must be at most 249 characters for a step scaling policy: its CloudWatch alarm/),
    });
  });

  it('scheduled action names: no ":", "/", "|", no leading or trailing space, no control characters; Unicode is fine', () => {
    expect(errors(withAction('早上 ☀ scale-out'))).toEqual([]);
    for (const [name, message] of [
      ['a:b', /does not allow ":"/],
      ['a/b', /does not allow "\/"/],
      ['a|b', /does not allow "\|"/],
      [' a', /start or end with a space/],
      ['a ', /start or end with a space/],
      ['a\u0085b', /control character \(U\+0085\)/],
      ['a\u200bb', /invisible formatting character \(U\+200B\)/],
      ['a'.repeat(257), /at most 256 characters/],
    ] as const)
      expect(errors(withAction(name)), name).toEqual([
        { path: 'autoScaling.scheduledActions[0].name', message: expect.stringMatching(message) },
      ]);
  });

  it('the title is one line of visible text, at most 120 characters; the note may have line breaks', () => {
    expect(errors({ ...base(), name: 'a'.repeat(121) })).toEqual([
      { path: 'name', message: 'must be at most 120 characters (it has 121)' },
    ]);
    expect(errors({ ...base(), name: 'a\u2029b' })[0]?.message).toMatch(/line separator \(U\+2029\)/);
    expect(errors({ ...base(), description: 'two\nlines\tand a tab' })).toEqual([]);
    expect(errors({ ...base(), description: 'bell\u0007' })).toEqual([
      { path: 'description', message: 'must be plain text; it contains a control character (U+0007)' },
    ]);
  });
});

/** A scenario input to break one field of. */
interface Loose {
  service: Record<string, unknown>;
  workload: Record<string, unknown>;
  autoScaling: Record<string, unknown>;
  startTime?: string;
}

describe('every count and size is capped (limits.ts)', () => {
  it.each([
    [
      'service.desiredCount',
      (s: Loose): unknown => (s.service.desiredCount = 1001),
      'must be ≤ 1000: the simulator runs at most 1000 tasks in a service',
    ],
    [
      'autoScaling.maxCapacity',
      (s: Loose): unknown => (s.autoScaling.maxCapacity = 1001),
      'must be ≤ 1000: the simulator runs at most 1000 tasks in a service',
    ],
    [
      'autoScaling.scheduledActions[0].maxCapacity',
      (s: Loose): unknown => (s.autoScaling.scheduledActions = [{ name: 'a', schedule: 'rate(1 hour)', maxCapacity: 100000000 }]),
      'must be ≤ 1000: the simulator runs at most 1000 tasks in a service',
    ],
    [
      'autoScaling.scheduledActions',
      (s: Loose) =>
        (s.autoScaling.scheduledActions = Array.from({ length: 201 }, (_, i) => ({
          name: `a${i}`,
          schedule: 'rate(1 hour)',
          minCapacity: 1,
        }))),
      'has more than 200 scheduled actions (the AWS quota)',
    ],
    [
      'workload.requestsPerSecond',
      (s: Loose): unknown => (s.workload.requestsPerSecond = Array.from({ length: 10081 }, (_, i) => ({ at: i * 60, value: 1 }))),
      'has more than 10080 points (one a minute for a week)',
    ],
    [
      'workload.requestsPerSecond[0].value',
      (s: Loose): unknown => (s.workload.requestsPerSecond = [{ at: 0, value: 1e308 }]),
      'must be ≤ 1,000,000 per second',
    ],
    ['workload.cpuSecondsPerRequest', (s: Loose): unknown => (s.workload.cpuSecondsPerRequest = 1e300), 'must be ≤ 3600 seconds'],
    ['startTime', (s: Loose): unknown => (s.startTime = 'x'.repeat(100)), 'must be a UTC time in whole seconds, like 2026-01-05T11:00:00Z'],
  ] as const)('%s', (path, change, message) => {
    const s = base() as unknown as Loose;
    change(s);
    expect(errors(s)).toContainEqual({ path, message });
  });
});
