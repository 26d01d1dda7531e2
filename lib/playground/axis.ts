/**
 * How a chart's y axis says its numbers (pure; UPlotChart hands these to uPlot): each tick label
 * carries its unit, large numbers are shortened, latency past 10 s reads in seconds, counts tick
 * only on whole numbers, and the axis is as wide as its longest label.
 */
import { latency, num } from './format';

/**
 * - `ms`: a latency; "850 ms", from 10 s up "12 s".
 * - `percent`: "50 %".
 * - `usd`: "$0.05".
 * - otherwise a plain number followed by `suffix` ("480/s", "3/min", "120/task").
 */
export type AxisKind = 'ms' | 'percent' | 'usd' | 'number';

export interface AxisSpec {
  kind: AxisKind;
  /** Unit after a plain number, with no space for rates ("/s", "/min"). */
  suffix?: string;
  /** Counts (tasks, instances, errors, messages): ticks on whole numbers only. */
  integer?: boolean;
}

/** 950 → "950", 1 500 → "1500", 12 000 → "12k", 2 500 000 → "2.5M": at most five characters of digits. */
export function compact(value: number): string {
  const a = Math.abs(value);
  if (a >= 1e6) return `${num(value / 1e6, 1)}M`;
  if (a >= 1e4) return `${num(value / 1e3, 1)}k`;
  return num(value, a >= 100 ? 0 : 2);
}

/** One tick label for a value on an axis. */
export function tickLabel(value: number, axis: AxisSpec): string {
  switch (axis.kind) {
    case 'ms':
      return latency(value);
    case 'percent':
      return `${compact(value)} %`;
    case 'usd':
      return `$${num(value, 4)}`;
    default:
      return `${compact(value)}${axis.suffix ?? ''}`;
  }
}

/** Tick steps for a count axis: whole numbers only, so errors never read 0.5 per minute. */
export const INTEGER_STEPS: number[] = [
  1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 1e4, 2e4, 2.5e4, 5e4, 1e5, 2e5, 2.5e5, 5e5, 1e6, 2e6, 5e6, 1e7,
];

/** Tick steps for a latency axis: round milliseconds below 10 s, round seconds above. */
export const LATENCY_STEPS: number[] = [
  1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 15_000, 20_000, 30_000, 60_000, 120_000, 300_000,
];

/** The tick steps an axis may use, or undefined for uPlot's own decimal steps. */
export function axisSteps(axis: AxisSpec): number[] | undefined {
  if (axis.kind === 'ms') return LATENCY_STEPS;
  return axis.integer ? INTEGER_STEPS : undefined;
}

/** Room between a label and the plot: uPlot's tick length plus its gap, in CSS pixels. */
export const TICK_ROOM = 10 + 5;

/**
 * The width a y axis needs, in CSS pixels: its longest label (measured by `measure`, the canvas
 * text width for the axis font) plus the ticks, and never narrower than `min`.
 */
export function axisWidth(labels: readonly string[], measure: (text: string) => number, min = 28): number {
  let widest = 0;
  for (const l of labels) widest = Math.max(widest, measure(l));
  return Math.max(min, Math.ceil(widest + TICK_ROOM + 2));
}
