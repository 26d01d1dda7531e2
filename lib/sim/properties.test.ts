/** Invariants over generated scenarios (fast-check, 200 scenarios per property, each ≤ 2 h). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import { profileArb } from './test-arbitraries';
import type { ScenarioInput } from './schema';
import { simulate } from './simulate';
import type { Result } from './types';

const RUNS = { numRuns: 200 };

const profile = profileArb(600);

const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    minutes: fc.integer({ min: 5, max: 120 }),
    ec2: fc.boolean(),
    queue: fc.boolean(),
    lb: fc.boolean(),
    min: fc.integer({ min: 0, max: 3 }),
    span: fc.integer({ min: 0, max: 12 }),
    desiredOffset: fc.integer({ min: 0, max: 12 }),
    profile,
    noise: fc.constantFrom(0, 0.1, 0.3),
    start: fc.oneof(fc.integer({ min: 0, max: 120 }), fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 40, max: 120 }))),
    target: fc.integer({ min: 10, max: 95 }),
    cooldowns: fc.tuple(fc.constantFrom(0, 60, 300), fc.constantFrom(0, 60, 300)),
    step: fc.boolean(),
    stepType: fc.constantFrom('ChangeInCapacity' as const, 'PercentChangeInCapacity' as const, 'ExactCapacity' as const),
    scheduled: fc.boolean(),
    schedMin: fc.integer({ min: 0, max: 6 }),
    schedMax: fc.integer({ min: 6, max: 20 }),
    schedule: fc.constantFrom('rate(10 minutes)', 'rate(1 hour)', 'cron(30 0 * * ? *)', 'cron(0/20 * * * ? *)', 'at(2026-01-05T00:15:00)'),
    asg: fc.record({ min: fc.integer({ min: 0, max: 2 }), extra: fc.integer({ min: 0, max: 6 }), desired: fc.integer({ min: 0, max: 8 }) }),
    managed: fc.constantFrom('ENABLED' as const, 'ENABLED' as const, 'DISABLED' as const),
    drain: fc.constantFrom(0, 30, 300),
    // EC2 through the cluster's capacity provider (mostly) or with launchType EC2; Fargate with the
    // launch type or a FARGATE / FARGATE_SPOT strategy.
    viaStrategy: fc.constantFrom(true, true, false),
    spot: fc.record({
      base: fc.integer({ min: 0, max: 3 }),
      weights: fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 3 })),
    }),
    stopTimeout: fc.constantFrom(0, 30),
  })
  .map((g): ScenarioInput => {
    const max = g.min + g.span + 1;
    const desired = g.min + (g.desiredOffset % (max - g.min + 1));
    const metric = g.queue
      ? ('SQSBacklogPerTask' as const)
      : g.lb
        ? ('ALBRequestCountPerTarget' as const)
        : ('ECSServiceAverageCPUUtilization' as const);
    const policies: NonNullable<ScenarioInput['autoScaling']['policies']> = [
      {
        name: 'tt',
        policyType: 'TargetTrackingScaling',
        predefinedMetricType: metric,
        targetValue: metric === 'ECSServiceAverageCPUUtilization' ? g.target : g.target * 10,
        scaleOutCooldown: g.cooldowns[0],
        scaleInCooldown: g.cooldowns[1],
      },
      { name: 'mem', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageMemoryUtilization', targetValue: 70 },
    ];
    if (g.step) {
      const exact = g.stepType === 'ExactCapacity';
      policies.push({
        name: 'steps',
        policyType: 'StepScaling',
        alarm: {
          metric: 'CPUUtilization',
          statistic: 'Maximum',
          comparisonOperator: 'GreaterThanOrEqualToThreshold',
          threshold: 80,
          evaluationPeriods: 2,
          datapointsToAlarm: 1,
        },
        adjustmentType: g.stepType,
        ...(g.stepType === 'PercentChangeInCapacity' ? { minAdjustmentMagnitude: 2 } : {}),
        stepAdjustments: [
          { metricIntervalLowerBound: 0, metricIntervalUpperBound: 10, scalingAdjustment: exact ? 3 : 1 },
          { metricIntervalLowerBound: 10, scalingAdjustment: exact ? 8 : g.stepType === 'PercentChangeInCapacity' ? 50 : 3 },
        ],
        cooldown: g.cooldowns[0],
      });
    }
    const cpu = g.ec2 ? 512 : 256;
    return {
      version: 1,
      seed: g.seed,
      durationSeconds: g.minutes * 60,
      service: {
        ...(!g.viaStrategy
          ? { launchType: g.ec2 ? ('EC2' as const) : ('FARGATE' as const) }
          : {
              capacityProviderStrategy: g.ec2
                ? [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }]
                : [
                    { capacityProvider: 'FARGATE', base: g.spot.base, weight: g.spot.weights[0] },
                    { capacityProvider: 'FARGATE_SPOT', weight: g.spot.weights[1] },
                  ],
            }),
        cpu,
        memory: 512,
        desiredCount: desired,
        taskStartSeconds: g.start,
        stopTimeout: g.stopTimeout,
      },
      ...(g.lb && !g.queue
        ? { loadBalancer: { type: 'ALB' as const, deregistrationDelaySeconds: g.drain, healthCheckIntervalSeconds: 10 } }
        : {}),
      ...(g.ec2
        ? {
            cluster: {
              instanceType: 'c5.large',
              autoScalingGroup: {
                minSize: g.asg.min,
                maxSize: g.asg.min + g.asg.extra,
                desiredCapacity: g.asg.min + (g.asg.desired % (g.asg.extra + 1)),
              },
              managedScaling: { status: g.managed, instanceWarmupPeriod: 120 },
              instanceRegisterSeconds: 60,
            },
          }
        : {}),
      workload: g.queue
        ? {
            type: 'queue',
            messagesPerSecond: g.profile.map((p) => ({ ...p, value: p.value / 20 })),
            secondsPerMessage: 0.5,
            initialBacklog: g.target * 3,
            noise: g.noise,
          }
        : { type: 'web', requestsPerSecond: g.profile, cpuSecondsPerRequest: 0.005, noise: g.noise, timeoutSeconds: 30 },
      autoScaling: {
        minCapacity: g.min,
        maxCapacity: max,
        policies,
        scheduledActions: g.scheduled ? [{ name: 'sched', schedule: g.schedule, minCapacity: g.schedMin, maxCapacity: g.schedMax }] : [],
      },
    };
  });

function allFinite(x: unknown): boolean {
  if (typeof x === 'number') return Number.isFinite(x);
  if (Array.isArray(x)) return x.every(allFinite);
  if (x && typeof x === 'object') return Object.values(x).every(allFinite);
  return true;
}

function check(property: (r: Result, s: ScenarioInput) => void) {
  fc.assert(
    fc.property(scenarioArb, (s) => {
      const parsed = parseScenario(s);
      expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      property(simulate(s), s);
    }),
    RUNS,
  );
}

describe('engine invariants', () => {
  it('keeps the desired count within the bounds in force', () =>
    check((r) => {
      for (const m of r.minutes) {
        expect(m.desiredCount).toBeGreaterThanOrEqual(m.minCapacity);
        expect(m.desiredCount).toBeLessThanOrEqual(m.maxCapacity);
      }
    }));

  it('never runs a task before its start time', () =>
    check((r, s) => {
      const range = s.service.taskStartSeconds;
      const [lo, hi] = typeof range === 'number' ? [range, range] : (range as [number, number]);
      const pendingAt = new Map<string, number>();
      for (const e of r.events) {
        if (e.type !== 'TaskStateChange') continue;
        if (e.lastStatus === 'PENDING') pendingAt.set(e.taskId, e.t);
        if (e.lastStatus === 'RUNNING') {
          const since = pendingAt.get(e.taskId);
          expect(since).toBeDefined();
          expect(e.t - (since as number)).toBeGreaterThanOrEqual(lo);
          expect(e.t - (since as number)).toBeLessThanOrEqual(hi);
        }
      }
    }));

  it('never lowers the cost so far', () =>
    check((r) => {
      let last = 0;
      for (const m of r.minutes) {
        expect(m.costUsd).toBeGreaterThanOrEqual(last);
        last = m.costUsd;
      }
      expect(r.summary.totalCostUsd).toBeGreaterThanOrEqual(last);
    }));

  it('counts every request once: served + failed + still in flight = offered', () =>
    check((r) => {
      const s = r.summary;
      if (s.requestsOffered === null) return;
      expect(Math.abs((s.requestsServed ?? 0) + (s.requestsFailed ?? 0) + (s.requestsInFlight ?? 0) - s.requestsOffered)).toBeLessThan(
        0.05,
      );
    }));

  it('has no NaN or Infinity anywhere in the output', () => check((r) => expect(allFinite(r)).toBe(true)));

  it('gives byte-identical output for the same scenario and seed', () =>
    check((r, s) => expect(JSON.stringify(simulate(s))).toBe(JSON.stringify(r))));
});

/**
 * Replays the events and calls `visit` at every target tracking scale-out with the number of tasks
 * RUNNING at that moment. Tasks RUNNING since t = 0 have no events until they leave RUNNING; tasks
 * that could not be placed at t = 0 show up as PROVISIONING there.
 */
function atTargetTrackingScaleOuts(r: Result, s: ScenarioInput, visit: (to: number, running: number) => void): void {
  const status = new Map<string, string>();
  let running = 0;
  const initialDesired = s.service.desiredCount;
  for (let k = 1; k <= initialDesired; k++) status.set(`task-${k}`, 'RUNNING');
  running = initialDesired;
  for (const e of r.events) {
    if (e.type === 'TaskStateChange') {
      const was = status.get(e.taskId);
      if (was === 'RUNNING') running--;
      if (e.lastStatus === 'RUNNING') running++;
      status.set(e.taskId, e.lastStatus);
    } else if (e.type === 'ScalingActivity' && e.policy === 'tt' && e.to > e.from) visit(e.to, running);
  }
}

describe('engine invariants', () => {
  it('target tracking never proposes from tasks that are still starting (CPU ≤ 100 %: at most ceil(running × 100 ÷ target))', () =>
    check((r, s) => {
      const p = s.autoScaling.policies?.find((x) => x.name === 'tt');
      if (!p || p.policyType !== 'TargetTrackingScaling' || p.predefinedMetricType !== 'ECSServiceAverageCPUUtilization') return;
      const atMost = (running: number) =>
        Math.max(s.autoScaling.minCapacity, running === 0 ? 1 : Math.ceil((running * 100) / p.targetValue - 1e-9));
      atTargetTrackingScaleOuts(r, s, (to, running) => expect(to).toBeLessThanOrEqual(atMost(running)));
    }));
});

describe('the generator', () => {
  it('exercises scale-out, scale-in, schedules, draining and waiting for capacity', () => {
    const results = fc.sample(scenarioArb, { numRuns: 200, seed: 1 }).map((s) => simulate(s));
    const count = (f: (r: Result) => boolean) => results.filter(f).length;
    expect(count((r) => r.summary.scaleOutActivities > 0)).toBeGreaterThan(20);
    expect(count((r) => r.summary.scaleInActivities > 0)).toBeGreaterThan(20);
    expect(count((r) => r.events.some((e) => e.type === 'ScalingActivity' && e.scheduledAction !== null))).toBeGreaterThan(5);
    expect(count((r) => r.events.some((e) => e.type === 'TaskStateChange' && e.lastStatus === 'DEACTIVATING'))).toBeGreaterThan(5);
    expect(count((r) => r.events.some((e) => e.type === 'TaskStateChange' && e.lastStatus === 'PROVISIONING'))).toBeGreaterThan(5);
    expect(count((r) => (r.summary.requestsFailed ?? 0) > 0)).toBeGreaterThan(5);
  });
});
