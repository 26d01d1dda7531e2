/** Invariants of deployments and incidents over generated scenarios (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance } from './simulate';
import { createSimulation } from './create';
import { deploymentInProgress } from './deployments';
import { resultOf } from './simulate';
import type { ScenarioInput } from './schema';
import type { Result, SimState } from './types';

const RUNS = { numRuns: 60 };
const ZONES = ['us-east-1a', 'us-east-1b', 'us-east-1c'];

const arb = fc
  .record({
    seed: fc.integer({ min: 0, max: 2 ** 31 }),
    ec2: fc.boolean(),
    spread: fc.boolean(),
    desired: fc.integer({ min: 1, max: 8 }),
    rate: fc.integer({ min: 0, max: 800 }),
    strategy: fc.constantFrom('ROLLING' as const, 'ROLLING' as const, 'BLUE_GREEN' as const, 'CANARY' as const, 'LINEAR' as const),
    min: fc.constantFrom(0, 50, 100),
    max: fc.constantFrom(100, 150, 200),
    breaker: fc.boolean(),
    alarm: fc.boolean(),
    predictive: fc.boolean(),
    deployments: fc.array(
      fc.record({
        at: fc.integer({ min: 0, max: 3500 }),
        failure: fc.constantFrom(
          'none' as const,
          'none' as const,
          'cannotPullImage' as const,
          'exitsAtStart' as const,
          'failsHealthCheck' as const,
        ),
        errorPercent: fc.constantFrom(0, 0, 30),
        factor: fc.constantFrom(1, 1.5),
        ready: fc.constantFrom(0, 60),
      }),
      { maxLength: 3 },
    ),
    incidents: fc.array(
      fc.oneof(
        fc.record({
          type: fc.constant('TaskCrash' as const),
          at: fc.integer({ min: 0, max: 3500 }),
          count: fc.integer({ min: 1, max: 4 }),
        }),
        fc.record({
          type: fc.constant('ImagePullFailure' as const),
          at: fc.integer({ min: 0, max: 3500 }),
          durationSeconds: fc.integer({ min: 1, max: 1800 }),
        }),
        fc.record({
          type: fc.constant('HealthCheckFailure' as const),
          at: fc.integer({ min: 0, max: 3500 }),
          durationSeconds: fc.integer({ min: 1, max: 900 }),
        }),
        fc.record({
          type: fc.constant('AvailabilityZoneOutage' as const),
          at: fc.integer({ min: 0, max: 3500 }),
          durationSeconds: fc.integer({ min: 60, max: 1800 }),
          availabilityZone: fc.constantFrom(...ZONES),
        }),
        fc.record({
          type: fc.constant('SpotInterruption' as const),
          at: fc.integer({ min: 0, max: 3500 }),
          count: fc.integer({ min: 1, max: 4 }),
          unavailableSeconds: fc.integer({ min: 0, max: 900 }),
        }),
      ),
      { maxLength: 3 },
    ),
  })
  .map((g): ScenarioInput => {
    const spotIncident = g.incidents.some((i) => i.type === 'SpotInterruption');
    const incidents = g.incidents.map((i) =>
      i.type === 'SpotInterruption' && g.ec2
        ? { type: i.type, at: i.at, instances: Math.min(i.count, 2), unavailableSeconds: i.unavailableSeconds }
        : i,
    );
    return {
      version: 1,
      seed: g.seed,
      durationSeconds: 3600,
      availabilityZones: ZONES,
      service: g.ec2
        ? {
            capacityProviderStrategy: [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }],
            cpu: 1024,
            memory: 2048,
            desiredCount: g.desired,
          }
        : spotIncident
          ? {
              capacityProviderStrategy: [
                { capacityProvider: 'FARGATE', base: 1, weight: 1 },
                { capacityProvider: 'FARGATE_SPOT', weight: 2 },
              ],
              cpu: 1024,
              memory: 2048,
              desiredCount: g.desired,
              taskStartSeconds: [20, 60],
            }
          : { launchType: 'FARGATE', cpu: 1024, memory: 2048, desiredCount: g.desired, taskStartSeconds: [20, 60] },
      loadBalancer: { type: 'ALB', healthCheckIntervalSeconds: 15, deregistrationDelaySeconds: 30 },
      ...(g.ec2
        ? {
            cluster: {
              instanceType: 'm5.xlarge',
              autoScalingGroup: { minSize: 0, maxSize: 8, desiredCapacity: 3 },
              placementStrategy: g.spread ? 'spread' : 'binpack',
            },
          }
        : {}),
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: g.rate }], cpuSecondsPerRequest: 0.01, noise: 0.1 },
      deploymentConfiguration: {
        strategy: g.strategy,
        minimumHealthyPercent: g.min,
        maximumPercent: g.max,
        deploymentCircuitBreaker: { enable: g.breaker && g.strategy === 'ROLLING', rollback: true },
        bakeTimeInMinutes: 5,
        ...(g.alarm
          ? {
              alarms: {
                rollback: true,
                alarms: [
                  {
                    name: 'e5xx',
                    metric: 'HTTPCode_Target_5XX_Count' as const,
                    comparisonOperator: 'GreaterThanThreshold' as const,
                    threshold: 10,
                  },
                ],
              },
            }
          : {}),
      },
      deployments: g.deployments
        .slice()
        .sort((a, b) => a.at - b.at)
        .map((d) => ({
          at: d.at,
          revision: { failure: d.failure, errorPercent: d.errorPercent, cpuPerRequestFactor: d.factor, readyAfterSeconds: d.ready },
        })),
      incidents,
      autoScaling: {
        minCapacity: 1,
        maxCapacity: 12,
        policies: [
          { name: 'cpu50', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: 50 },
        ],
        // Predictive scaling beside the deployments: both hold scale-in, only predictive scales out on a schedule.
        ...(g.predictive
          ? {
              predictiveScaling: {
                name: 'predictive',
                metricPair: 'ECSServiceCPUUtilization' as const,
                targetValue: 50,
                mode: 'ForecastAndScale' as const,
              },
            }
          : {}),
      },
    };
  });

/** Runs minute by minute, calling `each` with the state after every minute. */
function run(sc: ScenarioInput, each?: (s: SimState) => void): Result {
  const s = createSimulation(sc);
  while (!s.done) {
    advance(s, 60);
    each?.(s);
  }
  return resultOf(s);
}

describe('deployments and incidents: invariants', () => {
  it('no task in a failed Availability Zone keeps running, and nothing is placed there', () =>
    fc.assert(
      fc.property(arb, (sc) => {
        run(sc, (s) => {
          s.ro.azDownUntil.forEach((until, z) => {
            if (s.t < until) expect(s.tasks.filter((task) => task.az === z && task.status !== 'STOPPED')).toEqual([]);
            if (s.t < until) expect(s.instances.filter((i) => i.az === z)).toEqual([]);
          });
        });
      }),
      RUNS,
    ));

  // fast-check's counterexample (seed -1292395102): a rollback replacement started at the outage's
  // second, while the zone's tasks stopped, was placed on the zone's instance and kept running.
  it('a replacement started while a zone’s tasks stop waits for an instance in a zone that is up', () => {
    const sc = {
      version: 1,
      seed: 0,
      durationSeconds: 3600,
      availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      service: {
        capacityProviderStrategy: [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }],
        cpu: 1024,
        memory: 2048,
        desiredCount: 1,
      },
      loadBalancer: { type: 'ALB', healthCheckIntervalSeconds: 15, deregistrationDelaySeconds: 30 },
      cluster: {
        instanceType: 'm5.xlarge',
        autoScalingGroup: { minSize: 0, maxSize: 8, desiredCapacity: 3 },
        placementStrategy: 'binpack',
      },
      workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 0 }], cpuSecondsPerRequest: 0.01, noise: 0.1 },
      deploymentConfiguration: {
        strategy: 'ROLLING',
        minimumHealthyPercent: 0,
        maximumPercent: 100,
        deploymentCircuitBreaker: { enable: true, rollback: true },
        bakeTimeInMinutes: 5,
      },
      deployments: [{ at: 1426, revision: { failure: 'none', errorPercent: 0, cpuPerRequestFactor: 1, readyAfterSeconds: 60 } }],
      incidents: [{ type: 'AvailabilityZoneOutage', at: 1501, durationSeconds: 60, availabilityZone: 'us-east-1a' }],
      autoScaling: {
        minCapacity: 1,
        maxCapacity: 12,
        policies: [
          { name: 'cpu50', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: 50 },
        ],
      },
    } as ScenarioInput;
    run(sc, (s) => {
      s.ro.azDownUntil.forEach((until, z) => {
        if (s.t < until) expect(s.tasks.filter((task) => task.az === z && task.status !== 'STOPPED')).toEqual([]);
      });
    });
  });

  it('counts no request twice: served + failed + in flight = offered', () =>
    fc.assert(
      fc.property(arb, (sc) => {
        const { summary } = run(sc);
        const sum = (summary.requestsServed ?? 0) + (summary.requestsFailed ?? 0) + (summary.requestsInFlight ?? 0);
        expect(Math.abs(sum - (summary.requestsOffered ?? 0))).toBeLessThanOrEqual(0.05 + 1e-6 * (summary.requestsOffered ?? 0));
      }),
      RUNS,
    ));

  it('a rollback returns to the last completed revision, and once it completes only that revision runs', () =>
    fc.assert(
      fc.property(arb, (sc) => {
        let stable = 'rev-1';
        let expectRevision: string | null = null;
        const s = createSimulation(sc);
        while (!s.done) {
          const before = s.events.length;
          advance(s, 1);
          for (const e of s.events.slice(before)) {
            if (e.type !== 'DeploymentStateChange') continue;
            if (e.eventName === 'SERVICE_DEPLOYMENT_FAILED' && e.basis.rollbackTo !== null) expect(e.basis.rollbackTo).toBe(stable);
            if (e.eventName === 'SERVICE_DEPLOYMENT_IN_PROGRESS' && e.rollback) expect(e.revision).toBe(stable);
            if (e.eventName === 'SERVICE_DEPLOYMENT_COMPLETED') {
              stable = e.revision;
              if (e.rollback) expectRevision = e.revision;
            }
          }
          if (expectRevision !== null) {
            const rev = s.ro.revisions.findIndex((r) => r.name === expectRevision);
            expect(s.tasks.filter((t) => t.status === 'RUNNING' && t.revision !== rev && !t.unhealthy)).toEqual([]);
            expectRevision = null;
          }
        }
      }),
      { numRuns: 25 },
    ));

  it('keeps the desired count within its bounds, and never scales in while a deployment is in progress', () =>
    fc.assert(
      fc.property(arb, (sc) => {
        const s = createSimulation(sc);
        while (!s.done) {
          const before = s.events.length;
          const inProgress = deploymentInProgress(s);
          advance(s, 1);
          expect(s.desired).toBeGreaterThanOrEqual(s.minCapacity);
          expect(s.desired).toBeLessThanOrEqual(s.maxCapacity);
          if (!inProgress) continue;
          for (const e of s.events.slice(before))
            if (e.type === 'ScalingActivity' || e.type === 'PredictiveScaling') expect(e.to).toBeGreaterThanOrEqual(e.from);
        }
      }),
      { numRuns: 25 },
    ));

  it('never lowers the cost so far', () =>
    fc.assert(
      fc.property(arb, (sc) => {
        const r = run(sc);
        for (let k = 1; k < r.minutes.length; k++)
          expect((r.minutes[k] as { costUsd: number }).costUsd).toBeGreaterThanOrEqual((r.minutes[k - 1] as { costUsd: number }).costUsd);
      }),
      RUNS,
    ));
});
