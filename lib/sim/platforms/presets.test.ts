/**
 * The predictive scaling, EKS and App Runner presets (issue 15) show what their notes tell a
 * learner to watch, with the documented numbers (lib/sim/README.md "Other platforms").
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { simulate } from '../simulate';
import type { Result, SimEvent } from '../types';

const run = (name: string): Result =>
  simulate(parse(readFileSync(new URL(`../../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));
type Of<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;
const ofType = <T extends SimEvent['type']>(r: Result, type: T): Of<T>[] => r.events.filter((e): e is Of<T> => e.type === type);

describe('platform presets', () => {
  it('predictive morning: the forecast raises the service SchedulingBufferTime (300 s) before the 08:00 hour, and never scales in', () => {
    const r = run('predictive-morning'); // starts at 07:00 UTC
    const up = ofType(r, 'PredictiveScaling').find((e) => e.to > e.from)!;
    expect([up.t, up.basis.hour.start - up.t]).toEqual([3600 - 300, 300]);
    expect(ofType(r, 'PredictiveScaling').every((e) => e.to >= e.from)).toBe(true);
    // The tasks run before the rush arrives.
    const rush = r.minutes.find((m) => (m.requestsPerSecond ?? 0) > 100)!;
    const ready = r.minutes.find((m) => m.runningCount >= up.to)!;
    expect(ready.t).toBeLessThan(rush.t);
  });

  it('EKS with Cluster Autoscaler: Pending pods grow the node group; an empty node goes only after 10 minutes unneeded', () => {
    const r = run('eks-cluster-autoscaler');
    const nodes = ofType(r, 'NodeScaling');
    const launch = nodes.find((e) => e.action === 'launch')!;
    expect(ofType(r, 'TaskStateChange').some((e) => e.lastStatus === 'PROVISIONING' && e.t <= launch.t)).toBe(true);
    const removals = nodes.filter((e) => e.action !== 'launch');
    expect(removals.length).toBeGreaterThan(0);
    for (const e of removals) expect(e.basis.unneededSeconds).toBeGreaterThanOrEqual(600);
    expect(r.minutes.at(-1)!.instances).toBe(3); // the node at exactly 50 % requested stays
  });

  it('EKS with Karpenter: cheapest-fitting c5.large nodes Ready 55 s after launch, consolidated without a 10-minute wait', () => {
    const r = run('eks-karpenter');
    const launches = ofType(r, 'NodeScaling').filter((e) => e.action === 'launch');
    expect(new Set(launches.map((e) => e.basis.instanceType))).toEqual(new Set(['c5.large']));
    for (const l of launches) {
      const ready = ofType(r, 'InstanceStateChange').find((e) => e.instanceId === l.nodes[0] && e.state === 'InService')!;
      expect(ready.t - l.t).toBe(55);
    }
    const drains = ofType(r, 'NodeScaling').filter((e) => e.action === 'drain');
    expect(drains.length).toBeGreaterThan(0);
    expect(drains.every((e) => e.basis.rule === 'consolidateUnderutilized')).toBe(true);
    expect(r.minutes.at(-1)!.instances).toBe(2);
  });

  it('App Runner: instances follow ceil(requests in flight ÷ MaxConcurrency 2), within seconds of the rise', () => {
    const r = run('app-runner-concurrency');
    const scalings = ofType(r, 'AppRunnerScaling');
    for (const e of scalings) expect(e.basis.wanted).toBe(Math.ceil(e.basis.concurrency / e.basis.maxConcurrency - 1e-9));
    const rise = scalings.find((e) => e.t > 1800 && e.to > e.from)!;
    expect(rise.t - 1800).toBeLessThan(120);
    expect(r.summary.requestsFailed).toBe(0);
  });
});
