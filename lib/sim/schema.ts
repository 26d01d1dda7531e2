/**
 * The scenario a learner writes (SIMULATOR.md "Scenario (input)"): strict zod objects, so unknown
 * keys are errors, with AWS's names and AWS's defaults where AWS has one (cited per field).
 * Cross-field rules live in schema-checks.ts; parseScenario (parse.ts) turns issues into messages.
 */
import { z } from 'zod';
import { checkScenario } from './schema-checks';

const int = () => z.number().int();
const count = () => int().min(0);

const profilePoint = z.strictObject({
  at: count(),
  value: z.number().min(0),
  rampSeconds: int().positive().optional(),
});
const profile = z.array(profilePoint).min(1);

const memoryModel = z
  .strictObject({ base: z.number().min(0).default(256), perInFlightRequest: z.number().min(0).default(0.5) })
  .default({ base: 256, perInFlightRequest: 0.5 });

const noise = z.number().min(0).lt(1).default(0);

const webWorkload = z.strictObject({
  type: z.literal('web'),
  requestsPerSecond: profile,
  cpuSecondsPerRequest: z.number().positive().default(0.01),
  memoryMiB: memoryModel,
  baseLatencyMs: z.number().min(0).default(20),
  timeoutSeconds: z.number().positive().max(3600).default(60),
  noise,
});

const queueWorkload = z.strictObject({
  type: z.literal('queue'),
  messagesPerSecond: profile,
  secondsPerMessage: z.number().positive().default(1),
  initialBacklog: z.number().min(0).default(0),
  memoryMiB: memoryModel,
  noise,
});

// ECS API CapacityProviderStrategyItem: base 0–100000 and weight 0–1000, both default 0.
const capacityProviderStrategyItem = z.strictObject({
  capacityProvider: z.string().min(1),
  base: int().min(0).max(100000).default(0),
  weight: int().min(0).max(1000).default(0),
});

const service = z.strictObject({
  // Exactly one of launchType and capacityProviderStrategy (schema-checks.ts).
  launchType: z.enum(['FARGATE', 'EC2']).optional(),
  capacityProviderStrategy: z.array(capacityProviderStrategyItem).min(1).optional(),
  cpu: int().positive(),
  memory: int().positive(),
  desiredCount: count(),
  // The container's stopTimeout: SIGTERM, then SIGKILL after this many seconds (default 30; Fargate max 120, §6/§9).
  stopTimeout: int().min(0).max(120).default(30),
  // Fargate default [20, 90] s (§6), EC2 default 5 s with a cached image; resolved in tasks.ts.
  taskStartSeconds: z
    .union([count(), z.tuple([count(), count()])], {
      error: 'must be a whole number of seconds, or [min, max]',
    })
    .optional(),
});

const loadBalancer = z.strictObject({
  type: z.enum(['ALB', 'NLB', 'CLB']),
  loadBalancingAlgorithmType: z.enum(['round_robin', 'least_outstanding_requests']).default('round_robin'), // §7
  healthCheckIntervalSeconds: int().min(5).max(300).default(30), // §7: default 30, range 5–300
  deregistrationDelaySeconds: int().min(0).max(3600).default(300), // §7: default 300, range 0–3600
});

const customInstanceType = z.strictObject({
  name: z.string().min(1),
  cpu: int().positive(),
  memory: int().positive(),
  pricePerHour: z.number().min(0),
});

const managedScalingDefaults = {
  status: 'ENABLED' as const,
  targetCapacity: 100,
  minimumScalingStepSize: 1,
  maximumScalingStepSize: 10000,
  instanceWarmupPeriod: 300,
};

// CreateCapacityProvider name: letters, numbers, _ and -, up to 255, not starting with aws, ecs or fargate.
const capacityProviderName = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,255}$/, { error: 'up to 255 letters, numbers, underscores (_) and hyphens (-)' })
  .refine((n) => !/^(aws|ecs|fargate)/i.test(n), { error: 'a capacity provider name cannot start with "aws", "ecs" or "fargate"' });

export const DEFAULT_CAPACITY_PROVIDER_NAME = 'ec2-capacity-provider';

const cluster = z.strictObject({
  /** The Auto Scaling group capacity provider's name, for the service's capacityProviderStrategy. */
  capacityProviderName: capacityProviderName.default(DEFAULT_CAPACITY_PROVIDER_NAME),
  instanceType: z.union([z.string().min(1), customInstanceType], {
    error: 'must be an instance type name such as m5.large, or { name, cpu, memory, pricePerHour }',
  }),
  autoScalingGroup: z.strictObject({ minSize: count(), maxSize: count().max(1000), desiredCapacity: count() }),
  // §4 (API_ManagedScaling): targetCapacity 100 in (0, 100], steps 1 / 10000, warm-up 300 s (0–10000).
  managedScaling: z
    .strictObject({
      status: z.enum(['ENABLED', 'DISABLED']).default('ENABLED'),
      targetCapacity: z.number().gt(0).max(100).default(100),
      minimumScalingStepSize: int().min(1).max(10000).default(1),
      maximumScalingStepSize: int().min(1).max(10000).default(10000),
      instanceWarmupPeriod: int().min(0).max(10000).default(300),
    })
    .default(managedScalingDefaults),
  instanceRegisterSeconds: count().default(90), // §5: INFERRED 45–120 s
  placementStrategy: z.enum(['binpack', 'spread']).default('binpack'),
});

const targetTrackingPolicy = z.strictObject({
  name: z.string().min(1),
  policyType: z.literal('TargetTrackingScaling'),
  predefinedMetricType: z.enum([
    'ECSServiceAverageCPUUtilization',
    'ECSServiceAverageMemoryUtilization',
    // 20-second datapoints (§1.3, June 2026): the service must publish CPU / memory at 20 s.
    'ECSServiceAverageCPUUtilizationHighResolution',
    'ECSServiceAverageMemoryUtilizationHighResolution',
    'ALBRequestCountPerTarget',
    'SQSBacklogPerTask',
  ]),
  targetValue: z.number().positive(),
  scaleOutCooldown: count().default(300), // §1.5
  scaleInCooldown: count().default(300), // §1.5
  disableScaleIn: z.boolean().default(false), // §1.6
});

const stepAdjustment = z.strictObject({
  metricIntervalLowerBound: z.number().optional(),
  metricIntervalUpperBound: z.number().optional(),
  scalingAdjustment: int(),
});

export const STEP_METRICS = [
  'CPUUtilization',
  'MemoryUtilization',
  'RequestCountPerTarget',
  'ApproximateNumberOfMessagesVisible',
  'BacklogPerTask',
] as const;

const stepScalingPolicy = z.strictObject({
  name: z.string().min(1),
  policyType: z.literal('StepScaling'),
  alarm: z.strictObject({
    metric: z.enum(STEP_METRICS),
    statistic: z.enum(['Average', 'Minimum', 'Maximum', 'Sum']).default('Average'), // §2: null → Average
    comparisonOperator: z.enum([
      'GreaterThanOrEqualToThreshold',
      'GreaterThanThreshold',
      'LessThanThreshold',
      'LessThanOrEqualToThreshold',
    ]),
    threshold: z.number(),
    evaluationPeriods: int().min(1).max(60).default(1),
    datapointsToAlarm: int().min(1).max(60).optional(),
  }),
  adjustmentType: z.enum(['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity']),
  minAdjustmentMagnitude: int().min(1).optional(),
  stepAdjustments: z.array(stepAdjustment).min(1),
  cooldown: count().default(300), // §2
});

const policy = z.discriminatedUnion('policyType', [targetTrackingPolicy, stepScalingPolicy]);

const scheduledAction = z.strictObject({
  name: z.string().min(1),
  schedule: z.string().min(1),
  minCapacity: count().optional(),
  maxCapacity: count().optional(),
});

export const DEFAULT_START_TIME = '2026-01-05T00:00:00Z';
/** Longest run the engine accepts: a week, so presets and bench stay far inside it. */
export const MAX_DURATION_SECONDS = 7 * 86400;

const scenarioObject = z.strictObject({
  version: z.literal(1),
  name: z.string().optional(),
  /** One-paragraph teaching note the playground shows beside the preset. */
  description: z.string().optional(),
  seed: int().min(0).max(0xffffffff).default(1),
  durationSeconds: int().min(60).max(MAX_DURATION_SECONDS).multipleOf(60),
  startTime: z.string().default(DEFAULT_START_TIME),
  service,
  loadBalancer: loadBalancer.optional(),
  cluster: cluster.optional(),
  workload: z.discriminatedUnion('type', [webWorkload, queueWorkload]),
  // When a period's datapoint reaches the alarms: its end plus this delay (cloudwatch.ts, from AWS's
  // benchmark: 363 s breach-to-trigger with standard metrics, 86 s with 20-second ones, §1.3).
  cloudWatch: z
    .strictObject({
      publicationDelaySeconds: count().max(900).default(183),
      highResolutionPublicationDelaySeconds: count().max(900).default(26),
    })
    .default({ publicationDelaySeconds: 183, highResolutionPublicationDelaySeconds: 26 }),
  autoScaling: z.strictObject({
    minCapacity: count(),
    maxCapacity: count().max(1000),
    policies: z.array(policy).default([]),
    scheduledActions: z.array(scheduledAction).default([]),
  }),
});

export const scenarioSchema = scenarioObject.superRefine(checkScenario);

/** What a learner writes (defaults optional). */
export type ScenarioInput = z.input<typeof scenarioObject>;
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioObject>;
export type TargetTrackingPolicy = z.output<typeof targetTrackingPolicy>;
export type StepScalingPolicy = z.output<typeof stepScalingPolicy>;
export type StepAdjustment = z.output<typeof stepAdjustment>;
export type ScalingPolicy = z.output<typeof policy>;
export type ClusterConfig = z.output<typeof cluster>;
export type CapacityProviderStrategyItem = z.output<typeof capacityProviderStrategyItem>;
export type WebWorkload = z.output<typeof webWorkload>;
export type QueueWorkload = z.output<typeof queueWorkload>;
export type StepMetric = (typeof STEP_METRICS)[number];
