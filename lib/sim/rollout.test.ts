/**
 * Deployments and incidents against AWS's own numbers and worked examples (sources beside each
 * test and in lib/sim/README.md "Deployments and incidents").
 */
import { describe, expect, it } from 'vitest';
import { circuitBreakerThreshold, THROTTLE_MAX_SECONDS } from './deployments';
import { SPOT_WARNING_SECONDS } from './incidents';
import type { ScenarioInput } from './schema';
import { advance, simulate } from './simulate';
import { createSimulation } from './create';
import type { Result, SimEvent } from './types';

type Extra = Partial<
  Pick<ScenarioInput, 'deploymentConfiguration' | 'deployments' | 'incidents' | 'availabilityZones' | 'autoScaling' | 'cluster'>
>;

/** Fargate behind an ALB (10-second health checks, 0 deregistration delay and stop timeout), steady load. */
function web(desired: number, extra: Extra = {}, lb: Partial<NonNullable<ScenarioInput['loadBalancer']>> = {}): ScenarioInput {
  return {
    version: 1,
    durationSeconds: 3600,
    cloudWatch: { publicationDelaySeconds: 0, highResolutionPublicationDelaySeconds: 0 },
    service: { launchType: 'FARGATE', cpu: 1024, memory: 2048, desiredCount: desired, taskStartSeconds: 30, stopTimeout: 0 },
    loadBalancer: { type: 'ALB', healthCheckIntervalSeconds: 10, deregistrationDelaySeconds: 0, ...lb },
    workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 20 * desired }], cpuSecondsPerRequest: 0.01 },
    autoScaling: { minCapacity: 1, maxCapacity: 50 },
    ...extra,
  };
}

const ofType = <T extends SimEvent['type']>(r: Result, type: T) =>
  r.events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
const tasksAt = (r: Result, t: number, status: string) =>
  r.events.filter((e) => e.type === 'TaskStateChange' && e.t === t && e.lastStatus === status).length;

describe('rolling deployments (deployment-type-ecs.html worked examples)', () => {
  it('minimumHealthyPercent 50 % of 4 stops 2 old tasks first; maximumPercent 200 % starts 4 new ones', () => {
    const r = simulate(web(4, { deploymentConfiguration: { minimumHealthyPercent: 50, maximumPercent: 200 }, deployments: [{ at: 600 }] }));
    expect(tasksAt(r, 600, 'DEACTIVATING')).toBe(2);
    expect(tasksAt(r, 600, 'PENDING')).toBe(4);
    expect(ofType(r, 'DeploymentStateChange').map((e) => e.eventName)).toEqual([
      'SERVICE_DEPLOYMENT_IN_PROGRESS',
      'SERVICE_DEPLOYMENT_COMPLETED',
    ]);
  });

  it('minimumHealthyPercent 75 % of 2 rounds up to 2: no old task stops before a new one is healthy', () => {
    const r = simulate(web(2, { deploymentConfiguration: { minimumHealthyPercent: 75 }, deployments: [{ at: 600 }] }));
    expect(tasksAt(r, 600, 'DEACTIVATING')).toBe(0);
    // new tasks RUNNING at 630, healthy after one 10-second check: then the old ones go
    expect(tasksAt(r, 640, 'DEACTIVATING')).toBe(2);
  });

  it('maximumPercent 125 % of 3 rounds down to 3: with 100 % healthy nothing can start or stop', () => {
    const r = simulate(
      web(3, { deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 125 }, deployments: [{ at: 600 }] }),
    );
    expect(r.events.filter((e) => e.type === 'TaskStateChange' && e.t >= 600)).toEqual([]);
    expect(ofType(r, 'DeploymentStateChange').map((e) => e.eventName)).toEqual(['SERVICE_DEPLOYMENT_IN_PROGRESS']);
  });

  it('new tasks pass a health check before old ones drain (100 % / 200 %)', () => {
    const r = simulate(web(4, { deployments: [{ at: 600 }] }));
    expect(tasksAt(r, 600, 'PENDING')).toBe(4);
    expect(tasksAt(r, 630, 'RUNNING')).toBe(4);
    expect(tasksAt(r, 640, 'DEACTIVATING')).toBe(4);
    expect(r.summary.requestsFailed).toBe(0);
  });

  it('Application Auto Scaling turns off scale-in while a deployment is in progress; scale-out continues', () => {
    const cpu = {
      name: 'cpu50',
      policyType: 'TargetTrackingScaling' as const,
      predefinedMetricType: 'ECSServiceAverageCPUUtilization' as const,
      targetValue: 50,
    };
    const broken = { failure: 'failsHealthCheck' as const };
    // Load drops to 10 % CPU: target tracking wants to scale in, the stuck deployment holds it.
    const sc = web(8, { deployments: [{ at: 120, revision: broken }], autoScaling: { minCapacity: 1, maxCapacity: 50, policies: [cpu] } });
    (sc.workload as { requestsPerSecond: unknown }).requestsPerSecond = [{ at: 0, value: 80 }];
    const r = simulate(sc);
    expect(ofType(r, 'NotScaled').some((e) => e.reason === 'DeploymentInProgress' && e.basis.direction === 'in')).toBe(true);
    expect(ofType(r, 'ScalingActivity').filter((e) => e.to < e.from)).toEqual([]);
  });
});

describe('the deployment circuit breaker (API_ServiceDeploymentCircuitBreaker, API_ThresholdConfiguration)', () => {
  it('threshold = 0.5 × desired count, at least 3 and at most 200; COUNT and UNBOUNDED_PERCENT as documented', () => {
    expect(circuitBreakerThreshold('BOUNDED_PERCENT', 50, 4)).toBe(3);
    expect(circuitBreakerThreshold('BOUNDED_PERCENT', 50, 10)).toBe(5);
    expect(circuitBreakerThreshold('BOUNDED_PERCENT', 50, 1000)).toBe(200);
    expect(circuitBreakerThreshold('UNBOUNDED_PERCENT', 50, 1000)).toBe(500);
    expect(circuitBreakerThreshold('COUNT', 7, 1000)).toBe(7);
  });

  it('a revision that fails its health checks trips the breaker at the threshold and rolls back to the last completed revision', () => {
    const r = simulate(
      web(4, {
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: true } },
        deployments: [
          { at: 300, name: 'v2' },
          { at: 1200, name: 'v3', revision: { failure: 'failsHealthCheck' } },
        ],
      }),
    );
    const states = ofType(r, 'DeploymentStateChange');
    const failed = states.find((e) => e.eventName === 'SERVICE_DEPLOYMENT_FAILED');
    expect(failed?.basis).toMatchObject({ trigger: 'circuitBreaker', failures: 3, threshold: 3, rollbackTo: 'v2' });
    expect(states.at(-1)).toMatchObject({ eventName: 'SERVICE_DEPLOYMENT_COMPLETED', rollback: true, revision: 'v2' });
    // health checks every 10 s, unhealthy after 2 failures: 20 s after RUNNING (1230)
    expect(failed?.t).toBe(1250);
  });

  it('without the breaker a deployment that cannot start keeps retrying, spaced out by the throttle up to 27 minutes', () => {
    const r = simulate({ ...web(2, { deployments: [{ at: 60, revision: { failure: 'cannotPullImage' } }] }), durationSeconds: 6 * 3600 });
    const waits = ofType(r, 'ServiceEvent')
      .map((e) => /next attempt in (\d+) s/.exec(e.message)?.[1])
      .filter((x): x is string => x !== undefined)
      .map(Number);
    expect(THROTTLE_MAX_SECONDS).toBe(27 * 60);
    expect(Math.max(...waits)).toBe(THROTTLE_MAX_SECONDS);
    expect(waits.slice(0, 3)).toEqual([15, 30, 60]);
    expect(ofType(r, 'DeploymentStateChange').map((e) => e.eventName)).toEqual(['SERVICE_DEPLOYMENT_IN_PROGRESS']);
  });

  it('a task that exits after reaching RUNNING is not throttled (service-throttle-logic)', () => {
    const r = simulate(web(2, { deployments: [{ at: 60, revision: { failure: 'exitsAtStart' } }] }));
    expect(ofType(r, 'ServiceEvent').filter((e) => e.message.includes('unable to consistently start'))).toEqual([]);
    expect(r.events.some((e) => e.type === 'TaskStateChange' && e.stopCode === 'EssentialContainerExited')).toBe(true);
  });
});

describe('traffic shifting (API_CanaryConfiguration, API_LinearConfiguration, nlb-resources-for-blue-green)', () => {
  const shifts = (r: Result) => ofType(r, 'TrafficShift').map((e) => [e.t, e.stage, e.percent]);

  it('canary: 5 % for 10 minutes by default, then all, then the bake time, then the blue tasks stop', () => {
    const r = simulate(web(4, { deploymentConfiguration: { strategy: 'CANARY', bakeTimeInMinutes: 5 }, deployments: [{ at: 300 }] }));
    expect(shifts(r)).toEqual([
      [340, 'PRODUCTION_TRAFFIC_SHIFT', 5],
      [940, 'PRODUCTION_TRAFFIC_SHIFT', 100],
      [941, 'BAKE_TIME', 100],
    ]);
    expect(ofType(r, 'DeploymentStateChange').at(-1)).toMatchObject({ t: 1241, eventName: 'SERVICE_DEPLOYMENT_COMPLETED' });
  });

  it('linear: 10 % every 6 minutes by default, no step bake after 100 %', () => {
    const r = simulate({
      ...web(4, { deploymentConfiguration: { strategy: 'LINEAR' }, deployments: [{ at: 300 }] }),
      durationSeconds: 7200,
    });
    const percents = ofType(r, 'TrafficShift').filter((e) => e.stage === 'PRODUCTION_TRAFFIC_SHIFT');
    expect(percents.map((e) => e.percent)).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect((percents[1]?.t ?? 0) - (percents[0]?.t ?? 0)).toBe(360);
  });

  it('an NLB adds 10 minutes before production traffic shifts', () => {
    const r = simulate(web(2, { deploymentConfiguration: { strategy: 'BLUE_GREEN' }, deployments: [{ at: 300 }] }, { type: 'NLB' }));
    expect(shifts(r).slice(0, 2)).toEqual([
      [340, 'TEST_TRAFFIC_SHIFT', 0],
      [940, 'PRODUCTION_TRAFFIC_SHIFT', 100],
    ]);
  });

  it('a CloudWatch alarm in ALARM during the canary rolls the traffic back to the old revision', () => {
    const r = simulate(
      web(4, {
        deploymentConfiguration: {
          strategy: 'CANARY',
          canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 10 },
          alarms: {
            rollback: true,
            alarms: [{ name: 'errors', metric: 'HTTPCode_Target_5XX_Count', comparisonOperator: 'GreaterThanThreshold', threshold: 10 }],
          },
        },
        deployments: [{ at: 300, name: 'v2', revision: { errorPercent: 50 } }],
      }),
    );
    const failed = ofType(r, 'DeploymentStateChange').find((e) => e.eventName === 'SERVICE_DEPLOYMENT_FAILED');
    expect(failed?.basis.trigger).toBe('alarm');
    expect(ofType(r, 'TrafficShift').map((e) => e.percent)).toEqual([10]);
    // only the canary's share failed: 10 % of 80 req/s × 50 % for the minutes before the alarm
    const tail = r.minutes.filter((m) => m.t > (failed?.t ?? 0) + 120);
    expect(tail.every((m) => m.errors5xx === 0 && m.newRevisionTrafficPercent === 100)).toBe(true);
  });
});

describe('incidents', () => {
  it('health checks: unhealthy after unhealthyThresholdCount failures; the grace period holds ECS back', () => {
    const slow = { readyAfterSeconds: 90 };
    const noGrace = simulate(web(2, { deployments: [{ at: 60, revision: slow }] }));
    // RUNNING at 90, checks at 100, 110 fail (2 × 10 s): ECS acts at 110, the app would answer at 180
    expect(noGrace.events.find((e) => e.type === 'TaskStateChange' && e.stoppedReason?.includes('ELB health checks'))).toBeDefined();
    const grace = web(2, { deployments: [{ at: 60, revision: slow }] });
    grace.service.healthCheckGracePeriodSeconds = 180;
    const withGrace = simulate(grace);
    expect(withGrace.events.some((e) => e.type === 'TaskStateChange' && e.stoppedReason?.includes('ELB health checks'))).toBe(false);
    expect(ofType(withGrace, 'DeploymentStateChange').at(-1)?.eventName).toBe('SERVICE_DEPLOYMENT_COMPLETED');
  });

  it('the ALB fails open when every target is unhealthy: requests are still served', () => {
    const r = simulate(web(3, { incidents: [{ type: 'HealthCheckFailure', at: 600, durationSeconds: 600 }] }));
    expect(ofType(r, 'ServiceEvent').some((e) => e.message.includes('fails open'))).toBe(true);
    const during = r.minutes.filter((m) => m.t > 700 && m.t <= 1200);
    expect(during.every((m) => (m.requestCountPerTarget ?? 0) > 0)).toBe(true);
  });

  it('a task crash: STOPPED with EssentialContainerExited, replaced by the service', () => {
    const r = simulate(web(3, { incidents: [{ type: 'TaskCrash', at: 600, count: 1 }] }));
    const stopped = r.events.filter((e) => e.type === 'TaskStateChange' && e.lastStatus === 'STOPPED');
    expect(stopped).toMatchObject([{ t: 600, stopCode: 'EssentialContainerExited', stoppedReason: 'Essential container in task exited' }]);
    expect(tasksAt(r, 600, 'PENDING')).toBe(1);
    expect(r.minutes.at(-1)?.runningCount).toBe(3);
  });

  it('Fargate Spot: the two-minute warning, then STOPPED at most 120 s later; the on-demand base survives', () => {
    const sc = web(
      4,
      { incidents: [{ type: 'SpotInterruption', at: 600, count: 10, unavailableSeconds: 900 }] },
      { deregistrationDelaySeconds: 300 },
    );
    sc.service = {
      ...sc.service,
      launchType: undefined,
      capacityProviderStrategy: [
        { capacityProvider: 'FARGATE', base: 1 },
        { capacityProvider: 'FARGATE_SPOT', weight: 1 },
      ],
    };
    const r = simulate(sc);
    const warned = r.events.filter(
      (e) => e.type === 'TaskStateChange' && e.t === 600 && e.lastStatus === 'RUNNING' && e.stopCode === 'SpotInterruption',
    );
    expect(warned).toHaveLength(3);
    expect(SPOT_WARNING_SECONDS).toBe(120);
    expect(
      r.events
        .filter((e) => e.type === 'TaskStateChange' && e.lastStatus === 'STOPPED' && e.stopCode === 'SpotInterruption')
        .every((e) => e.t === 720),
    ).toBe(true);
    // no Spot capacity for 15 minutes: only the FARGATE base runs
    expect(r.minutes.find((m) => m.t === 900)?.runningCount).toBe(1);
    expect(r.minutes.at(-1)?.runningCount).toBe(4);
  });

  it('an AZ outage stops what runs there; spread loses a third, binpack loses a full instance', () => {
    const ec2 = (placementStrategy: 'spread' | 'binpack'): ScenarioInput => ({
      ...web(6, {
        availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
        incidents: [{ type: 'AvailabilityZoneOutage', at: 600, durationSeconds: 1200, availabilityZone: 'us-east-1a' }],
        cluster: { instanceType: 'm5.xlarge', autoScalingGroup: { minSize: 0, maxSize: 6, desiredCapacity: 3 }, placementStrategy },
      }),
      service: {
        capacityProviderStrategy: [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }],
        cpu: 1024,
        memory: 2048,
        desiredCount: 6,
      },
    });
    const lost = (r: Result) => ofType(r, 'Incident').find((e) => e.phase === 'start')?.tasks;
    expect(lost(simulate(ec2('spread')))).toBe(2);
    expect(lost(simulate(ec2('binpack')))).toBe(4);
  });

  it('no task in the failed zone is RUNNING during the outage', () => {
    const s = createSimulation({
      ...web(6, {
        availabilityZones: ['us-east-1a', 'us-east-1b'],
        incidents: [{ type: 'AvailabilityZoneOutage', at: 300, durationSeconds: 900, availabilityZone: 'us-east-1b' }],
      }),
    });
    advance(s, 300);
    expect(s.tasks.filter((task) => task.az === 1 && task.status === 'RUNNING')).toHaveLength(3);
    for (let t = 300; t < 1200; t += 60) {
      advance(s, 60);
      expect(s.tasks.filter((task) => task.az === 1 && task.status !== 'STOPPED')).toEqual([]);
    }
  });
});
