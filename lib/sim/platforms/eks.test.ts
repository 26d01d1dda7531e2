/**
 * EKS against the documented numbers (lib/sim/README.md "Other platforms"): the HPA's 15 s sync,
 * 0.1 tolerance, ceil(pods × metric ÷ target), default behaviors (up: 100 % or 4 pods per 15 s,
 * the larger; down: 300 s stabilization), Cluster Autoscaler's 10 s scan and 10-minute
 * scale-down, Karpenter's right-sized nodes, and the control plane at $0.10 / $0.60 an hour.
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../parse';
import { simulate } from '../simulate';
import type { Result, SimEvent } from '../types';
import { eksScenario } from './test-fixtures';

const ofType = <T extends SimEvent['type']>(r: Result, type: T) =>
  r.events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);
const hpaSteps = (r: Result) => ofType(r, 'HpaScaling').map((e) => [e.t, e.from, e.to]);

describe('the Horizontal Pod Autoscaler', () => {
  it('takes the Kubernetes defaults: 15 s sync, tolerance 0.1, and the default behaviors', () => {
    const parsed = parseScenario(eksScenario({ pods: 2, rates: [{ at: 0, value: 50 }] }));
    if (!parsed.ok || parsed.scenario.platform.type !== 'EKS') throw new Error('invalid');
    const hpa = parsed.scenario.platform.hpa;
    expect([hpa.syncPeriodSeconds, hpa.tolerance, hpa.metricResolutionSeconds]).toEqual([15, 0.1, 15]);
    expect(hpa.behavior).toEqual({
      scaleUp: {
        stabilizationWindowSeconds: 0,
        selectPolicy: 'Max',
        policies: [
          { type: 'Percent', value: 100, periodSeconds: 15 },
          { type: 'Pods', value: 4, periodSeconds: 15 },
        ],
      },
      scaleDown: { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] },
    });
  });

  it('does nothing within the 10 % tolerance (54 % on a 50 % target) and scales just outside it (56 %)', () => {
    expect(hpaSteps(simulate(eksScenario({ pods: 4, rates: [{ at: 0, value: 216 }], durationSeconds: 300 })))).toEqual([]);
    const r = simulate(eksScenario({ pods: 4, rates: [{ at: 0, value: 224 }], durationSeconds: 300 }));
    // ceil(4 × 56 / 50) = ceil(4.48) = 5, at the first sync (15 s).
    expect(hpaSteps(r)[0]).toEqual([15, 4, 5]);
    expect(
      ofType(simulate(eksScenario({ pods: 4, rates: [{ at: 0, value: 216 }], durationSeconds: 300 })), 'HpaNotScaled')[0]?.reason,
    ).toBe('WithinTolerance');
  });

  it('syncs every 15 seconds', () => {
    const r = simulate(
      eksScenario({
        pods: 2,
        rates: [
          { at: 0, value: 100 },
          { at: 60, value: 400 },
        ],
        durationSeconds: 600,
      }),
    );
    expect(ofType(r, 'HpaScaling').every((e) => e.t % 15 === 0)).toBe(true);
  });

  it('doubles the pods (the docs’ example: 200m used for 100m wanted) when that is more than 4', () => {
    // 10 pods at 100 % CPU on a 50 % target: ceil(10 × 100 / 50) = 20, and 100 % per 15 s allows 20.
    const r = simulate(eksScenario({ pods: 10, rates: [{ at: 0, value: 1000 }], durationSeconds: 60, nodes: { desiredCapacity: 10 } }));
    expect(hpaSteps(r)[0]).toEqual([15, 10, 20]);
  });

  it('adds at most max(100 %, 4 pods) per 15 s: from 2 pods a 5× ratio goes to 6, not 10', () => {
    // 2 pods at 100 % CPU on a 20 % target: the calculator asks for ceil(2 × 100 / 20) = 10; the
    // policies allow max(2 × 2, 2 + 4) = 6 in the first 15 s.
    const r = simulate(
      eksScenario({
        pods: 2,
        target: 20,
        rates: [
          { at: 0, value: 40 },
          { at: 30, value: 600 },
        ],
        durationSeconds: 120,
        nodes: { desiredCapacity: 8 },
      }),
    );
    const first = ofType(r, 'HpaScaling')[0];
    expect([first?.from, first?.to, first?.basis.recommendation, first?.basis.rateLimit?.type]).toEqual([2, 6, 10, 'Pods']);
  });

  it('waits for its 300 s scale-down stabilization window after the load falls', () => {
    const r = simulate(
      eksScenario({
        pods: 8,
        rates: [
          { at: 0, value: 400 },
          { at: 300, value: 100 },
        ],
        durationSeconds: 1200,
        nodes: { desiredCapacity: 4 },
      }),
    );
    const down = ofType(r, 'HpaScaling').find((e) => e.to < e.from);
    // Recommendations of 2 pods start at 315 s; the 8-pod ones leave the window 300 s after the last (300 s).
    expect(down?.t).toBeGreaterThanOrEqual(600);
    expect(down?.t).toBeLessThanOrEqual(615);
    expect(ofType(r, 'HpaNotScaled').some((e) => e.reason === 'ScaleDownStabilized')).toBe(true);
  });
});

describe('pods and nodes', () => {
  it('pods that fit no node are Pending (PROVISIONING) until Cluster Autoscaler’s node is Ready', () => {
    const r = simulate(
      eksScenario({
        pods: 2,
        rates: [
          { at: 0, value: 100 },
          { at: 60, value: 190 },
        ],
        durationSeconds: 600,
        nodes: { desiredCapacity: 1 },
      }),
    );
    const pending = ofType(r, 'TaskStateChange').find((e) => e.lastStatus === 'PROVISIONING');
    const launch = ofType(r, 'NodeScaling').find((e) => e.action === 'launch' && e.nodes.length > 0);
    expect(pending).toBeDefined();
    expect(launch?.t).toBeDefined();
    // The scan runs every 10 s: the launch is at the first scan at or after the pod went Pending.
    expect((launch?.t ?? 0) % 10).toBe(0);
    expect((launch?.t ?? 0) - (pending?.t ?? 0)).toBeLessThan(10);
    const ready = ofType(r, 'InstanceStateChange').find((e) => e.state === 'InService');
    expect((ready?.t ?? 0) - (launch?.t ?? 0)).toBe(90);
  });

  it('Cluster Autoscaler removes an underused node only after 10 minutes unneeded (and 10 minutes after a scale-up)', () => {
    const r = simulate(
      eksScenario({
        pods: 4,
        rates: [
          { at: 0, value: 200 },
          { at: 120, value: 50 },
        ],
        durationSeconds: 3600,
        min: 1,
        nodes: { desiredCapacity: 2 },
      }),
    );
    const down = ofType(r, 'NodeScaling').find((e) => e.action !== 'launch');
    expect(down?.basis.unneededSeconds).toBeGreaterThanOrEqual(600);
    expect(down?.basis.rule).toMatch(/^scaleDown/);
  });

  it('Karpenter launches the cheapest type that holds all the pending pods, Ready in 55 s', () => {
    const r = simulate(
      eksScenario({
        pods: 2,
        target: 20,
        rates: [
          { at: 0, value: 40 },
          { at: 30, value: 600 },
        ],
        durationSeconds: 600,
        nodes: { provisioner: 'Karpenter', desiredCapacity: 1 },
      }),
    );
    const launch = ofType(r, 'NodeScaling').find((e) => e.action === 'launch' && e.nodes.length > 0);
    // 4 pods of 1 vCPU pending: m5.xlarge (4 vCPU, $0.192) is the cheapest that holds them all.
    expect([launch?.basis.pendingPods, launch?.basis.instanceType]).toEqual([4, 'm5.xlarge']);
    const ready = ofType(r, 'InstanceStateChange').find((e) => e.state === 'InService');
    expect((ready?.t ?? 0) - (launch?.t ?? 0)).toBe(55);
  });

  it('Karpenter consolidates an empty node without waiting', () => {
    const r = simulate(
      eksScenario({
        pods: 4,
        rates: [
          { at: 0, value: 200 },
          { at: 60, value: 20 },
        ],
        durationSeconds: 1800,
        nodes: { provisioner: 'Karpenter', desiredCapacity: 2 },
      }),
    );
    const removed = ofType(r, 'NodeScaling').find((e) => e.action !== 'launch');
    expect(removed?.basis.rule).toMatch(/^consolidate/);
    // The HPA scales in after its 300 s window; Karpenter follows within its 10 s poll, not 10 minutes.
    const firstDown = ofType(r, 'HpaScaling').find((e) => e.to < e.from);
    expect((removed?.t ?? 0) - (firstDown?.t ?? 0)).toBeLessThan(120);
  });
});

describe('draining', () => {
  it('Karpenter drains an underused node whose pods fit elsewhere, and the pods come back on the other node', () => {
    // 4 pods on 2 nodes; the HPA goes to 2, one pod is left on each node: one node is drained.
    const r = simulate(
      eksScenario({
        pods: 4,
        rates: [
          { at: 0, value: 200 },
          { at: 60, value: 90 },
        ],
        durationSeconds: 1800,
        nodes: { provisioner: 'Karpenter', desiredCapacity: 2 },
      }),
    );
    const drain = ofType(r, 'NodeScaling').find((e) => e.action === 'drain');
    expect(drain?.basis.rule).toBe('consolidateUnderutilized');
    const last = r.minutes[r.minutes.length - 1];
    expect([last?.instances, last?.runningCount]).toEqual([1, 2]);
  });

  it('Cluster Autoscaler drains a node under 50 % requested after 10 minutes (one of three half-full nodes)', () => {
    // 1-vCPU pods with 4 GiB: a m5.large holds one, at 50 % CPU and 51 % memory — not under 50 %.
    // With 0.5 vCPU pods (3 per node by CPU), a node with one pod is at 25 %.
    const sc = eksScenario({
      pods: 6,
      rates: [
        { at: 0, value: 150 },
        { at: 60, value: 30 },
      ],
      durationSeconds: 3600,
      nodes: { desiredCapacity: 2 },
    });
    sc.service.cpu = 512;
    sc.service.memory = 1024;
    const r = simulate(sc);
    const down = ofType(r, 'NodeScaling').filter((e) => e.action !== 'launch');
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((e) => (e.basis.unneededSeconds ?? 0) >= 600)).toBe(true);
  });
});

describe('the EKS bill', () => {
  it('is the control plane ($0.10 an hour, $0.60 in extended support) plus the nodes', () => {
    const idle = (supportType: 'STANDARD' | 'EXTENDED') =>
      simulate(
        eksScenario({
          pods: 0,
          min: 0,
          rates: [{ at: 0, value: 0 }],
          durationSeconds: 3600,
          supportType,
          nodes: { minSize: 1, desiredCapacity: 1 },
        }),
      ).summary.totalCostUsd;
    expect(idle('STANDARD')).toBeCloseTo(0.1 + 0.096, 5);
    expect(idle('EXTENDED')).toBeCloseTo(0.6 + 0.096, 5);
  });
});

describe('EKS scenarios', () => {
  it('refuse ECS-only keys with the key that replaces them', () => {
    const sc = eksScenario({ pods: 2, rates: [{ at: 0, value: 1 }] });
    sc.service.launchType = 'EC2';
    sc.autoScaling.policies = [
      { name: 'cpu', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: 50 },
    ];
    const parsed = parseScenario(sc);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['service.launchType', 'autoScaling.policies']),
    );
  });

  it('refuse ECS deployments and incidents, which the engine models for ECS services only', () => {
    const sc = {
      ...eksScenario({ pods: 2, rates: [{ at: 0, value: 1 }] }),
      deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200 },
      deployments: [{ at: 60, name: 'v2' }],
      incidents: [{ type: 'TaskCrash' as const, at: 120, count: 1 }],
    };
    const parsed = parseScenario(sc);
    expect(parsed.ok ? [] : parsed.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'deploymentConfiguration: the simulator models ECS deployments and incidents only; on EKS they are not modelled',
      'deployments: the simulator models ECS deployments and incidents only; on EKS they are not modelled',
      'incidents: the simulator models ECS deployments and incidents only; on EKS they are not modelled',
    ]);
  });
});
