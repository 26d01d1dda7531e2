import { describe, expect, it } from 'vitest';
import { axisSteps, axisWidth, compact, tickLabel } from './axis';
import { latency } from './format';

describe('latency', () => {
  it('reads in ms below 10 s and in seconds from 10 s up', () => {
    expect(latency(20)).toBe('20 ms');
    expect(latency(850.4)).toBe('850 ms');
    expect(latency(9999)).toBe('9999 ms');
    expect(latency(10_000)).toBe('10 s');
    expect(latency(12_000)).toBe('12 s');
    expect(latency(12_500)).toBe('12.5 s');
    expect(latency(null)).toBe('–');
  });
});

describe('tickLabel', () => {
  it('carries the axis unit on every label', () => {
    expect(tickLabel(480, { kind: 'number', suffix: '/s' })).toBe('480/s');
    expect(tickLabel(50, { kind: 'percent' })).toBe('50 %');
    expect(tickLabel(3, { kind: 'number', suffix: '/min', integer: true })).toBe('3/min');
    expect(tickLabel(0.0125, { kind: 'usd' })).toBe('$0.0125');
    expect(tickLabel(12_000, { kind: 'ms' })).toBe('12 s');
    expect(tickLabel(500, { kind: 'ms' })).toBe('500 ms');
  });

  it('shortens numbers of five digits and more', () => {
    expect(compact(950)).toBe('950');
    expect(compact(1500)).toBe('1500');
    expect(compact(12_000)).toBe('12k');
    expect(compact(12_500)).toBe('12.5k');
    expect(compact(2_500_000)).toBe('2.5M');
    expect(compact(0.25)).toBe('0.25');
    expect(tickLabel(20_000, { kind: 'number', suffix: '/s' })).toBe('20k/s');
  });
});

describe('axisSteps', () => {
  it('gives count axes whole-number steps only', () => {
    const steps = axisSteps({ kind: 'number', integer: true })!;
    expect(steps.length).toBeGreaterThan(5);
    for (const s of steps) expect(Number.isInteger(s)).toBe(true);
    expect(Math.min(...steps)).toBe(1);
  });

  it('gives latency round ms, then round seconds; other axes keep uPlot’s own steps', () => {
    const steps = axisSteps({ kind: 'ms' })!;
    for (const s of steps.filter((x) => x >= 10_000)) expect(s % 1000).toBe(0);
    expect(axisSteps({ kind: 'percent' })).toBeUndefined();
  });
});

describe('axisWidth', () => {
  // 6 px per character: about 11 px system-ui digits.
  const measure = (t: string) => t.length * 6;
  it('fits the longest label plus the ticks', () => {
    expect(axisWidth(['0', '5000', '10000'], measure)).toBe(5 * 6 + 15 + 2);
    expect(axisWidth(['0', '12k/s'], measure)).toBeGreaterThanOrEqual(5 * 6 + 15);
  });

  it('never goes below the minimum, even with no labels yet', () => {
    expect(axisWidth([], measure)).toBe(28);
    expect(axisWidth(['0'], measure, 40)).toBe(40);
  });
});
