/**
 * The predictive scaling policy of an ECS service (Application Auto Scaling PutScalingPolicy with
 * PolicyType PredictiveScaling; PredictiveScalingPolicyConfiguration). Names and defaults are AWS's
 * (API reference, checked 2026-12): Mode defaults to ForecastOnly, SchedulingBufferTime to 300 s
 * (0–3600, "less than the forecast interval duration of 3600 seconds"), MaxCapacityBreachBehavior
 * to HonorMaxCapacity, MaxCapacityBuffer 0–100 (only with IncreaseMaxCapacity). `history` is the
 * model's stand-in for the CloudWatch data AWS forecasts from (lib/sim/README.md).
 */
import * as z from '../zod';

export const PREDICTIVE_METRIC_PAIRS = ['ECSServiceCPUUtilization', 'ALBRequestCount'] as const;

export const predictiveScalingSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(256)
    .regex(/^[A-Za-z0-9_./:-]+$/, 'must be letters, digits and _ . / : -'),
  /**
   * PredefinedMetricPairSpecification: ECSServiceCPUUtilization (load: total CPU, scaling: average
   * CPU) or ALBRequestCount (load: RequestCount, scaling: RequestCountPerTarget). The model forecasts
   * from the request load, so memory pairs are not offered.
   */
  metricPair: z.enum(PREDICTIVE_METRIC_PAIRS),
  /** The scaling metric's target: average CPU % per task, or requests per task per minute. */
  targetValue: z.number().positive().max(1_000_000),
  mode: z.enum(['ForecastOnly', 'ForecastAndScale']).default('ForecastOnly'),
  schedulingBufferTime: z.number().int().min(0).max(3599, 'must be less than 3600 seconds (the forecast interval)').default(300),
  maxCapacityBreachBehavior: z.enum(['HonorMaxCapacity', 'IncreaseMaxCapacity']).default('HonorMaxCapacity'),
  maxCapacityBuffer: z.number().int().min(0).max(100).optional(),
  /**
   * The model's history: the days before the run are assumed to have carried this run's own load
   * profile at the same time of day, times `loadFactor` (0.7: the past was 30 % quieter than
   * today). AWS looks at "up to the past 14 days" and needs "at least 24 hours of data".
   */
  history: z
    .strictObject({
      days: z.number().int().min(0).max(14).default(14),
      loadFactor: z.number().min(0).max(10).default(1),
    })
    .default({ days: 14, loadFactor: 1 }),
});

export type PredictiveScalingPolicy = z.output<typeof predictiveScalingSchema>;
