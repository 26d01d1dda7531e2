/**
 * The deployment and incident presets (issue 15) show what their notes tell a learner to watch.
 * Numbers come from AWS's documentation (lib/sim/README.md "Deployments and incidents"), not
 * from the runs.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SPOT_WARNING_SECONDS } from './incidents';
import { THROTTLE_MAX_SECONDS } from './deployments';
import { simulate } from './simulate';
import type { Result, SimEvent } from './types';

const run = (name: string): Result =>
  simulate(parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));
type Of<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;
const ofType = <T extends SimEvent['type']>(r: Result, type: T): Of<T>[] => r.events.filter((e): e is Of<T> => e.type === type);
const deployments = (r: Result) => ofType(r, 'DeploymentStateChange').map((e) => [e.eventName, e.revision, e.rollback]);
const stopped = (r: Result, code: string) => ofType(r, 'TaskStateChange').filter((e) => e.lastStatus === 'STOPPED' && e.stopCode === code);

describe('deployment presets', () => {
  it('rolling with the circuit breaker: v2 completes, v3 fails at its threshold and rolls back to v2', () => {
    const r = run('deploy-rolling-circuit-breaker');
    expect(deployments(r)).toEqual([
      ['SERVICE_DEPLOYMENT_IN_PROGRESS', 'v2', false],
      ['SERVICE_DEPLOYMENT_COMPLETED', 'v2', false],
      ['SERVICE_DEPLOYMENT_IN_PROGRESS', 'v3-wrong-health-path', false],
      ['SERVICE_DEPLOYMENT_FAILED', 'v3-wrong-health-path', false],
      ['SERVICE_DEPLOYMENT_IN_PROGRESS', 'v2', true],
      ['SERVICE_DEPLOYMENT_COMPLETED', 'v2', true],
    ]);
    const failed = ofType(r, 'DeploymentStateChange').find((e) => e.eventName === 'SERVICE_DEPLOYMENT_FAILED')!;
    expect(failed.basis.trigger).toBe('circuitBreaker');
    expect(failed.basis.failures).toBe(failed.basis.threshold);
    expect(failed.basis.threshold).toBe(Math.max(3, Math.ceil(failed.basis.desired / 2)));
    // Scale-out continues during the deployment.
    const inProgress = ofType(r, 'ScalingActivity').filter((a) => a.to > a.from && a.t > 2400 && a.t < failed.t);
    expect(inProgress.length).toBeGreaterThan(0);
  });

  it('rolling with alarm rollback: the 5xx alarm fails the deployment and ECS returns to the first revision', () => {
    const r = run('deploy-rolling-alarm-rollback');
    const failed = ofType(r, 'DeploymentStateChange').find((e) => e.eventName === 'SERVICE_DEPLOYMENT_FAILED')!;
    expect(failed.basis.trigger).toBe('alarm');
    expect(deployments(r).at(-1)).toEqual(['SERVICE_DEPLOYMENT_COMPLETED', 'rev-1', true]);
    expect(r.summary.requestsFailed).toBeGreaterThan(0);
  });

  it('blue/green: all production traffic moves at once, both sets run through the bake, and scale-in waits for the end', () => {
    const r = run('deploy-blue-green');
    const shifts = ofType(r, 'TrafficShift');
    expect(shifts.map((s) => [s.stage, s.percent])).toEqual([
      ['PRODUCTION_TRAFFIC_SHIFT', 100],
      ['BAKE_TIME', 100],
    ]);
    const bake = shifts[1]!;
    expect(bake.until! - bake.t).toBe(15 * 60);
    const during = r.minutes.filter((m) => m.t > bake.t + 60 && m.t < bake.until!);
    expect(during.every((m) => m.newRevisionRunning! > 0 && m.oldRevisionRunning! > 0)).toBe(true);
    const held = ofType(r, 'NotScaled').filter((e) => e.reason === 'DeploymentInProgress');
    expect(held.length).toBeGreaterThan(0);
    const completed = ofType(r, 'DeploymentStateChange').find((e) => e.eventName === 'SERVICE_DEPLOYMENT_COMPLETED')!;
    expect(
      ofType(r, 'ScalingActivity')
        .filter((a) => a.to < a.from)
        .every((a) => a.t >= completed.t),
    ).toBe(true);
  });

  it('canary: 10 % of the traffic on the buggy revision until the alarm moves it back', () => {
    const r = run('deploy-canary');
    expect(ofType(r, 'TrafficShift').map((s) => s.percent)).toEqual([10]);
    expect(deployments(r).at(-1)).toEqual(['SERVICE_DEPLOYMENT_COMPLETED', 'rev-1', true]);
    // A canary of 10 % fails far fewer requests than 30 % of all of them over the same minutes.
    expect(r.summary.requestsFailed).toBeGreaterThan(0);
    expect(r.summary.requestsFailed!).toBeLessThan(r.summary.requestsOffered! * 0.3 * 0.1);
  });

  it('linear: 20 % more production traffic every 3 minutes, then a 5-minute bake', () => {
    const r = run('deploy-linear');
    const shifts = ofType(r, 'TrafficShift');
    const steps = shifts.filter((s) => s.stage === 'PRODUCTION_TRAFFIC_SHIFT');
    expect(steps.map((s) => s.percent)).toEqual([20, 40, 60, 80, 100]);
    expect(steps.slice(1).map((s, i) => s.t - steps[i]!.t)).toEqual([180, 180, 180, 180]);
    const bake = shifts.find((s) => s.stage === 'BAKE_TIME')!;
    expect(bake.until! - bake.t).toBe(5 * 60);
  });
});

describe('incident presets', () => {
  it('short grace period: v2 tasks are stopped for failed health checks, and the third failure rolls back', () => {
    const r = run('incident-short-grace-period');
    const failed = ofType(r, 'DeploymentStateChange').find((e) => e.eventName === 'SERVICE_DEPLOYMENT_FAILED')!;
    expect([failed.basis.failures, failed.basis.threshold, failed.basis.trigger]).toEqual([3, 3, 'circuitBreaker']);
    expect(ofType(r, 'TaskStateChange').some((e) => e.stoppedReason?.startsWith('Task failed ELB health checks'))).toBe(true);
  });

  it('task crash and throttle: crashed tasks STOP with EssentialContainerExited, and the throttle backs off 15, 30, 60 … s up to 27 minutes', () => {
    const r = run('incident-task-crash-throttle');
    expect(stopped(r, 'EssentialContainerExited')).toHaveLength(2);
    expect(stopped(r, 'TaskFailedToStart').length).toBeGreaterThan(2);
    const waits = ofType(r, 'ServiceEvent')
      .map((e) => /next attempt in (\d+) s/.exec(e.message)?.[1])
      .filter((w): w is string => w !== undefined)
      .map(Number);
    expect(waits.slice(0, 4)).toEqual([15, 30, 60, 120]);
    expect(Math.max(...waits)).toBe(THROTTLE_MAX_SECONDS);
    expect(THROTTLE_MAX_SECONDS).toBe(27 * 60);
  });

  it('health check fail-open: every target unhealthy, the ALB keeps routing to them, and no request fails', () => {
    const r = run('incident-health-check-fail-open');
    const messages = ofType(r, 'ServiceEvent').map((e) => e.message);
    expect(messages[0]).toMatch(/^every registered target is unhealthy \(\d+\): the load balancer fails open/);
    expect(messages).toContain('a target is healthy again: the load balancer stops failing open');
    expect(r.summary.requestsFailed).toBe(0);
  });

  it('AZ outage with binpack: the zone’s instance and its four tasks stop at once, and a replacement waits for the new instance', () => {
    const r = run('incident-az-outage-ec2');
    const start = ofType(r, 'Incident').find((e) => e.phase === 'start')!;
    expect([start.tasks, start.instances]).toEqual([4, 1]);
    const waiting = ofType(r, 'TaskStateChange').filter((e) => e.lastStatus === 'PROVISIONING' && e.t === start.t);
    expect(waiting.length).toBeGreaterThan(0);
    const registered = ofType(r, 'InstanceStateChange').find((e) => e.state === 'InService' && e.t > start.t)!;
    expect(
      ofType(r, 'TaskStateChange').some((e) => e.taskId === waiting[0]!.taskId && e.lastStatus === 'PENDING' && e.t === registered.t),
    ).toBe(true);
  });

  it('Fargate Spot: every Spot task gets the warning and stops within two minutes; replacements wait while on-demand tasks carry the load', () => {
    const r = run('incident-fargate-spot');
    const warned = ofType(r, 'TaskStateChange').filter((e) => e.lastStatus === 'RUNNING' && e.stopCode === 'SpotInterruption');
    expect(warned.length).toBe(5);
    const stops = stopped(r, 'SpotInterruption');
    expect(stops.map((e) => e.taskId).sort()).toEqual(warned.map((e) => e.taskId).sort());
    for (const e of stops) expect(e.t - warned[0]!.t).toBeLessThanOrEqual(SPOT_WARNING_SECONDS);
    expect(
      ofType(r, 'TaskStateChange').filter((e) => e.lastStatus === 'PROVISIONING' && e.capacityProvider === 'FARGATE_SPOT'),
    ).toHaveLength(5);
  });

  it('EC2 Spot: two instances drain and terminate after two minutes; two tasks wait in PROVISIONING for the new instances', () => {
    const r = run('incident-ec2-spot');
    const start = ofType(r, 'Incident').find((e) => e.phase === 'start')!;
    const terminated = ofType(r, 'InstanceStateChange').filter((e) => e.state === 'Terminated');
    expect(terminated.map((e) => e.t - start.t)).toEqual([SPOT_WARNING_SECONDS, SPOT_WARNING_SECONDS]);
    const waiting = ofType(r, 'TaskStateChange').filter((e) => e.lastStatus === 'PROVISIONING');
    expect(waiting).toHaveLength(2);
    const registered = ofType(r, 'InstanceStateChange').filter((e) => e.state === 'InService' && e.t > start.t);
    expect(registered).toHaveLength(2);
    const placed = ofType(r, 'TaskStateChange').filter((e) => e.lastStatus === 'PENDING' && waiting.some((w) => w.taskId === e.taskId));
    expect(placed.map((e) => e.t)).toEqual([registered[0]!.t, registered[0]!.t]);
  });
});
