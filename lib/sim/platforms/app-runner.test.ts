/**
 * App Runner against its documented defaults and prices (lib/sim/README.md "Other platforms"):
 * MaxConcurrency 100, MaxSize 25; provisioned instances pay memory ($0.007 per GB-hour), active
 * ones vCPU too ($0.064 per vCPU-hour).
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../parse';
import { simulate } from '../simulate';
import { appRunnerScenario } from './test-fixtures';

describe('App Runner', () => {
  it('takes MaxConcurrency 100 by default and refuses more than 25 instances or a size App Runner does not offer', () => {
    const ok = parseScenario(appRunnerScenario({ instances: 1, rates: [{ at: 0, value: 1 }] }));
    expect(ok.ok && ok.scenario.platform.type === 'APP_RUNNER' ? ok.scenario.platform.maxConcurrency : null).toBe(100);
    const bad = appRunnerScenario({ instances: 1, rates: [{ at: 0, value: 1 }], max: 30 });
    bad.service.memory = 8192;
    const parsed = parseScenario(bad);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['autoScaling.maxCapacity', 'service.memory']),
    );
  });

  it('refuses ECS deployments and incidents (App Runner deploys on its own)', () => {
    const sc = {
      ...appRunnerScenario({ instances: 1, rates: [{ at: 0, value: 1 }] }),
      incidents: [{ type: 'TaskCrash' as const, at: 60, count: 1 }],
    };
    const parsed = parseScenario(sc);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toEqual(['incidents']);
  });

  it('idle, pays only for provisioned memory: 2 instances × 2 GB × $0.007 for an hour', () => {
    const r = simulate(appRunnerScenario({ instances: 2, min: 2, rates: [{ at: 0, value: 0 }] }));
    expect(r.summary.totalCostUsd).toBeCloseTo(2 * 2 * 0.007, 4);
  });

  it('busy, pays vCPU for the active instances too: 2 busy instances add 2 × 1 vCPU × $0.064', () => {
    // 80 req/s × 100 ms = 8 requests in flight: both instances always have some, so both are active.
    const r = simulate(appRunnerScenario({ instances: 2, min: 2, max: 2, rates: [{ at: 0, value: 80 }] }));
    expect(r.summary.totalCostUsd).toBeCloseTo(2 * 2 * 0.007 + 2 * 0.064, 3);
  });

  it('scales on requests in flight: ceil(concurrency ÷ MaxConcurrency) instances', () => {
    // 50 req/s × 100 ms = 5 in flight; MaxConcurrency 1 asks for 5 instances.
    const r = simulate(appRunnerScenario({ instances: 1, maxConcurrency: 1, rates: [{ at: 0, value: 50 }], durationSeconds: 600 }));
    const first = r.events.find((e) => e.type === 'AppRunnerScaling');
    expect(first && first.type === 'AppRunnerScaling' ? [first.from, first.to, first.basis.wanted] : null).toEqual([1, 5, 5]);
  });
});
