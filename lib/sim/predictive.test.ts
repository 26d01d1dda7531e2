/**
 * ECS predictive scaling against the numbers AWS documents (lib/sim/README.md "Predictive
 * scaling"): 14 days of history, 24 hours of data before a first forecast, hourly forecasts 48
 * hours ahead refreshed every 6 hours, SchedulingBufferTime default 300 s, scale-out only,
 * ForecastOnly by default, and the MaxCapacityBuffer example (forecast 50, max 40, buffer 10 → 55).
 */
import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse';
import type { ScenarioInput } from './schema';
import { simulate } from './simulate';
import { cpuScenario, cpuTarget50 } from './test-fixtures';
import type { Result, SimEvent } from './types';

type Predictive = NonNullable<ScenarioInput['autoScaling']['predictiveScaling']>;

/** 1 vCPU tasks at 0.01 vCPU-s per request: a CPU-50 forecast needs rate ÷ 50 tasks. */
function withPredictive(opts: {
  rates: { at: number; value: number }[];
  durationSeconds: number;
  predictive: Partial<Predictive>;
  max?: number;
  policies?: boolean;
}): ScenarioInput {
  const sc = cpuScenario({
    desiredCount: 2,
    rates: opts.rates,
    durationSeconds: opts.durationSeconds,
    maxCapacity: opts.max ?? 100,
    policies: opts.policies ? [cpuTarget50] : [],
  });
  sc.startTime = '2026-01-05T00:00:00Z';
  sc.autoScaling.predictiveScaling = { name: 'predictive', metricPair: 'ECSServiceCPUUtilization', targetValue: 50, ...opts.predictive };
  return sc;
}

const ofType = <T extends SimEvent['type']>(r: Result, type: T) =>
  r.events.filter((e): e is Extract<SimEvent, { type: T }> => e.type === type);

describe('predictive scaling', () => {
  it('takes AWS’s defaults: ForecastOnly, a 300 s scheduling buffer, HonorMaxCapacity, 14 days of history', () => {
    const parsed = parseScenario(withPredictive({ rates: [{ at: 0, value: 100 }], durationSeconds: 3600, predictive: {} }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.scenario.autoScaling.predictiveScaling).toMatchObject({
      mode: 'ForecastOnly',
      schedulingBufferTime: 300,
      maxCapacityBreachBehavior: 'HonorMaxCapacity',
      history: { days: 14, loadFactor: 1 },
    });
  });

  it('refreshes the forecast every 6 hours, each one hourly for the next 48 hours', () => {
    const r = simulate(withPredictive({ rates: [{ at: 0, value: 100 }], durationSeconds: 3 * 86400, predictive: {} }));
    const forecasts = ofType(r, 'PredictiveForecast');
    expect(forecasts.map((e) => e.t)).toEqual(Array.from({ length: 12 }, (_, k) => k * 21600));
    expect(forecasts[0]?.basis.hours).toHaveLength(48);
    expect(forecasts[0]?.basis.hours.map((h) => h.start).slice(0, 3)).toEqual([0, 3600, 7200]);
  });

  it('needs 24 hours of data: without history the first forecast comes a day into the run', () => {
    const r = simulate(
      withPredictive({ rates: [{ at: 0, value: 100 }], durationSeconds: 30 * 3600, predictive: { history: { days: 0, loadFactor: 1 } } }),
    );
    expect(ofType(r, 'PredictiveForecast').map((e) => e.t)).toEqual([86400]);
  });

  it('scales out SchedulingBufferTime before the forecast hour, to ceil(load ÷ capacity per task at the target)', () => {
    // 100 req/s until 01:00, then 400: history says the 01:00 hour needs 400 × 0.01 ÷ 0.5 = 8 tasks.
    const rates = [
      { at: 0, value: 100 },
      { at: 3600, value: 400 },
    ];
    const r = simulate(
      withPredictive({ rates, durationSeconds: 7200, predictive: { mode: 'ForecastAndScale', schedulingBufferTime: 600 } }),
    );
    const scaling = ofType(r, 'PredictiveScaling');
    expect(scaling.map((e) => [e.t, e.basis.hour.start, e.from, e.to])).toEqual([
      [0, 0, 2, 2],
      [3000, 3600, 2, 8],
      [6600, 7200, 8, 8],
    ]);
  });

  it('in ForecastOnly mode publishes the same forecast and changes nothing', () => {
    const rates = [
      { at: 0, value: 100 },
      { at: 3600, value: 400 },
    ];
    const r = simulate(withPredictive({ rates, durationSeconds: 7200, predictive: {} }));
    expect(ofType(r, 'PredictiveScaling').map((e) => [e.t, e.basis.capacity, e.to])).toEqual([
      [0, 2, 2],
      [3300, 8, 2],
      [6900, 8, 2],
    ]);
    expect(r.summary.maxDesiredCount).toBe(2);
  });

  it('never scales in: target tracking stops at the forecast for the hour', () => {
    // History: 400 req/s all day (8 tasks); today only 100 arrive, so target tracking wants fewer.
    const r = simulate(
      withPredictive({
        rates: [{ at: 0, value: 100 }],
        durationSeconds: 7200,
        policies: true,
        predictive: { mode: 'ForecastAndScale', history: { days: 14, loadFactor: 4 } },
      }),
    );
    expect(ofType(r, 'PredictiveScaling').every((e) => e.to >= e.from)).toBe(true);
    expect(Math.min(...r.minutes.slice(5).map((m) => m.desiredCount))).toBe(8);
    expect(ofType(r, 'NotScaled').some((e) => e.reason === 'ForecastCapacity')).toBe(true);
  });

  it('IncreaseMaxCapacity with a 10 % buffer: forecast 50 over a maximum of 40 raises the maximum to 55 (AWS’s example)', () => {
    const r = simulate(
      withPredictive({
        rates: [{ at: 0, value: 2500 }],
        durationSeconds: 600,
        max: 40,
        predictive: { mode: 'ForecastAndScale', maxCapacityBreachBehavior: 'IncreaseMaxCapacity', maxCapacityBuffer: 10 },
      }),
    );
    const first = ofType(r, 'PredictiveScaling')[0];
    expect([first?.basis.capacity, first?.basis.maxCapacity, first?.to]).toEqual([50, 55, 50]);
  });

  it('HonorMaxCapacity keeps the forecast within the maximum', () => {
    const r = simulate(
      withPredictive({ rates: [{ at: 0, value: 2500 }], durationSeconds: 600, max: 40, predictive: { mode: 'ForecastAndScale' } }),
    );
    expect(ofType(r, 'PredictiveScaling')[0]?.to).toBe(40);
  });

  it('refuses a buffer without IncreaseMaxCapacity, and a queue workload', () => {
    const bad = withPredictive({ rates: [{ at: 0, value: 1 }], durationSeconds: 600, predictive: { maxCapacityBuffer: 10 } });
    const parsed = parseScenario(bad);
    expect(parsed.ok ? [] : parsed.errors.map((e) => e.path)).toContain('autoScaling.predictiveScaling.maxCapacityBuffer');
  });
});
