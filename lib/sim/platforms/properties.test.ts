/** Invariants of the EKS and App Runner models over generated scenarios (fast-check, each ≤ 2 h). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ScenarioInput } from '../schema';
import { profileArb } from '../test-arbitraries';
import { simulate } from '../simulate';
import type { Result, SimEvent } from '../types';

const RUNS = { numRuns: 60 };

const profile = profileArb(800);

const common = {
  seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
  minutes: fc.integer({ min: 5, max: 120 }),
  profile,
  noise: fc.constantFrom(0, 0.1),
  min: fc.integer({ min: 1, max: 3 }),
  span: fc.integer({ min: 0, max: 15 }),
  desired: fc.integer({ min: 0, max: 18 }),
};

const eksArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    ...common,
    karpenter: fc.boolean(),
    lb: fc.boolean(),
    target: fc.integer({ min: 10, max: 90 }),
    nodes: fc.integer({ min: 0, max: 4 }),
    window: fc.constantFrom(0, 60, 300),
    consolidation: fc.constantFrom('WhenEmptyOrUnderutilized' as const, 'WhenEmpty' as const),
  })
  .map((g): ScenarioInput => {
    const max = g.min + g.span;
    return {
      version: 1,
      seed: g.seed,
      durationSeconds: g.minutes * 60,
      service: { cpu: 1024, memory: 2048, desiredCount: g.min + (g.desired % (max - g.min + 1)), taskStartSeconds: 5 },
      ...(g.lb ? { loadBalancer: { type: 'ALB' as const, deregistrationDelaySeconds: 30 } } : {}),
      workload: { type: 'web', requestsPerSecond: g.profile, cpuSecondsPerRequest: 0.01, noise: g.noise },
      platform: {
        type: 'EKS',
        hpa: {
          targetCPUUtilizationPercentage: g.target,
          behavior: { scaleDown: { stabilizationWindowSeconds: g.window } },
        },
        nodes: {
          provisioner: g.karpenter ? 'Karpenter' : 'ClusterAutoscaler',
          maxSize: 12,
          desiredCapacity: g.nodes,
          karpenter: { consolidationPolicy: g.consolidation },
        },
      },
      autoScaling: { minCapacity: g.min, maxCapacity: max },
    };
  });

const appRunnerArb: fc.Arbitrary<ScenarioInput> = fc
  .record({ ...common, concurrency: fc.constantFrom(1, 2, 10, 100) })
  .map((g): ScenarioInput => {
    const max = Math.min(25, g.min + g.span);
    return {
      version: 1,
      seed: g.seed,
      durationSeconds: g.minutes * 60,
      service: { cpu: 1024, memory: 2048, desiredCount: g.min + (g.desired % (max - g.min + 1)) },
      workload: { type: 'web', requestsPerSecond: g.profile, cpuSecondsPerRequest: 0.01, noise: g.noise },
      platform: { type: 'APP_RUNNER', maxConcurrency: g.concurrency },
      autoScaling: { minCapacity: g.min, maxCapacity: max },
    };
  });

const either = fc.oneof(eksArb, appRunnerArb);
const bounds = (sc: ScenarioInput) => sc.autoScaling;

function costNeverDecreases(r: Result): boolean {
  return r.minutes.every((m, i) => i === 0 || m.costUsd >= (r.minutes[i - 1] as Result['minutes'][number]).costUsd);
}

describe('EKS and App Runner invariants', () => {
  it('never lower the cost so far', () => {
    fc.assert(
      fc.property(either, (sc) => costNeverDecreases(simulate(sc))),
      RUNS,
    );
  });

  it('keep the pods and instances within minReplicas/maxReplicas (MinSize/MaxSize)', () => {
    fc.assert(
      fc.property(either, (sc) => {
        const r = simulate(sc);
        const { minCapacity, maxCapacity } = bounds(sc);
        return r.minutes.every((m) => m.desiredCount >= minCapacity && m.desiredCount <= maxCapacity && m.runningCount <= maxCapacity);
      }),
      RUNS,
    );
  });

  it('the HPA never scales down inside the stabilization window below a count it scaled up to', () => {
    fc.assert(
      fc.property(eksArb, (sc) => {
        const window = sc.platform?.type === 'EKS' ? (sc.platform.hpa.behavior?.scaleDown?.stabilizationWindowSeconds ?? 300) : 300;
        const hpa = simulate(sc).events.filter((e): e is Extract<SimEvent, { type: 'HpaScaling' }> => e.type === 'HpaScaling');
        return hpa.every(
          (down) =>
            down.to >= down.from || hpa.every((up) => !(up.to > up.from && up.t < down.t && down.t - up.t < window && down.to < up.to)),
        );
      }),
      RUNS,
    );
  });

  it('count every request once: served + failed + in flight = offered', () => {
    fc.assert(
      fc.property(either, (sc) => {
        const s = simulate(sc).summary;
        const sum = (s.requestsServed ?? 0) + (s.requestsFailed ?? 0) + (s.requestsInFlight ?? 0);
        return Math.abs(sum - (s.requestsOffered ?? 0)) <= 1e-6 * Math.max(1, s.requestsOffered ?? 0) + 0.05;
      }),
      RUNS,
    );
  });

  it('give byte-identical output for the same scenario', () => {
    fc.assert(
      fc.property(either, (sc) => JSON.stringify(simulate(sc)) === JSON.stringify(simulate(sc))),
      { numRuns: 20 },
    );
  });

  it('never leave a pod on a removed node', () => {
    fc.assert(
      fc.property(eksArb, (sc) => {
        const gone = new Set<string>();
        for (const e of simulate(sc).events) {
          if (e.type === 'InstanceStateChange' && e.state === 'Terminated') gone.add(e.instanceId);
          if (e.type === 'TaskStateChange' && e.lastStatus !== 'STOPPED' && e.instanceId && gone.has(e.instanceId)) return false;
        }
        return true;
      }),
      RUNS,
    );
  });
});

describe('the generators', () => {
  it('reach HPA and App Runner scaling, node launches and removals', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(either, (sc) => {
        for (const e of simulate(sc).events) seen.add(e.type === 'NodeScaling' ? `${e.type}:${e.action}` : e.type);
        return true;
      }),
      { numRuns: 60, seed: 7 },
    );
    expect([...seen]).toEqual(expect.arrayContaining(['HpaScaling', 'AppRunnerScaling', 'NodeScaling:launch', 'NodeScaling:terminate']));
  });
});

describe('stepping the other platforms', () => {
  it('gives exactly simulate()’s result in any chunks, with the state structured-cloned between them', async () => {
    const { advance, createSimulation, resultOf } = await import('../index');
    fc.assert(
      fc.property(either, fc.integer({ min: 7, max: 700 }), (sc, chunk) => {
        let s = createSimulation(sc);
        while (!s.done) s = structuredClone(advance(s, chunk));
        return JSON.stringify(resultOf(s)) === JSON.stringify(simulate(sc));
      }),
      { numRuns: 12 },
    );
  }, 30_000);
});
