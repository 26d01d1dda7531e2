/**
 * Target tracking arithmetic (aws-facts §1). The alarm shapes are OBSERVED (§1.2): AlarmHigh is
 * metric > target for 3 of 3 one-minute datapoints; AlarmLow is metric < 0.9 × target for 15 of 15.
 * The new capacity is proportional (§1.4, INFERRED from AWS's worked SQS example 10 × 150/100 = 15).
 */
import { ceilTolerant } from './tolerance';

export const HIGH_DATAPOINTS = 3;
export const LOW_DATAPOINTS = 15;
export const SCALE_IN_FRACTION = 0.9;

/** desired = ceil(base × metric ÷ target): "rounding up" so it never adds too little or removes too much (§1.4). */
export function proportionalCapacity(base: number, metric: number, target: number): number {
  return ceilTolerant((base * metric) / target);
}

export function clamp(x: number, min: number, max: number): number {
  return x < min ? min : x > max ? max : x;
}

/**
 * The capacity a target tracking policy asks for. From 0 running tasks it "scales out by the
 * minimum possible amount as a starting point" (§1.4), i.e. to 1 task.
 */
export function targetTrackingCapacity(base: number, metric: number, target: number, scaleOut: boolean): number {
  if (base === 0) return scaleOut ? 1 : 0;
  return proportionalCapacity(base, metric, target);
}
