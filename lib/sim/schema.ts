/**
 * The scenario a learner writes (SIMULATOR.md "Scenario (input)"): strict zod objects, so unknown
 * keys are errors, with AWS's names and AWS's defaults where AWS has one (cited per field).
 * Cross-field rules live in schema-checks.ts; parseScenario (parse.ts) turns issues into messages.
 */
import * as z from '../zod';
import * as L from './limits';
import { capacityProviderNameProblem, displayNameProblem, policyNameProblem, scheduledActionNameProblem, unsafeCharacter } from './names';
import { platformSchema } from './platforms/schema';
import { predictiveScalingSchema } from './predictive-schema';
import { checkScenario } from './schema-checks';
import * as R from './rollout-schema';

const int = () => z.number().int();
const count = () => int().min(0);
/** A count of tasks, capped where the engine stops being fast (limits.ts). */
const tasks = () => count().max(L.MAX_TASKS, `must be ≤ ${L.MAX_TASKS}: the simulator runs at most ${L.MAX_TASKS} tasks in a service`);
const instances = () =>
  count().max(L.MAX_INSTANCES, `must be ≤ ${L.MAX_INSTANCES}: the simulator runs at most ${L.MAX_INSTANCES} instances in a group`);
const seconds = (max: number) => count().max(max, `must be ≤ ${max} seconds`);
/** A list of at most `max` items, saying what the limit is. */
const list = <T extends z.ZodType>(item: T, max: number, what: string) =>
  z
    .array(item)
    .max(
      max,
      `has more than ${max} ${what} (${what === 'points' ? 'one a minute for a week' : what === 'deployments' || what === 'incidents' ? 'the simulator’s limit' : 'the AWS quota'})`,
    );
/** A name checked by one of names.ts's rules. */
const named = (problem: (name: string) => string | null) =>
  z.string().check((ctx) => {
    const message = problem(ctx.value);
    if (message) ctx.issues.push({ code: 'custom', message, input: ctx.value });
  });
/** Free text shown to people: at most `max` characters, no control or invisible characters except line breaks and tabs. */
const text = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .check((ctx) => {
      const bad = unsafeCharacter(ctx.value.replace(/[\n\t]/g, ' '));
      if (bad) ctx.issues.push({ code: 'custom', message: `must be plain text; it contains ${bad}`, input: ctx.value });
    });

const profilePoint = z.strictObject({
  at: seconds(L.MAX_DURATION_SECONDS),
  value: z
    .number()
    .min(0)
    .max(L.MAX_RATE_PER_SECOND, `must be ≤ ${L.MAX_RATE_PER_SECOND.toLocaleString('en-US')} per second`),
  rampSeconds: int().positive().max(L.MAX_DURATION_SECONDS, `must be ≤ ${L.MAX_DURATION_SECONDS} seconds (a week)`).optional(),
});
const profile = list(profilePoint, L.MAX_PROFILE_POINTS, 'points').min(1);

const mib = () => z.number().min(0).max(L.MAX_MEMORY_MIB, `must be ≤ ${L.MAX_MEMORY_MIB} MiB`);
const memoryModel = z
  .strictObject({ base: mib().default(256), perInFlightRequest: mib().default(0.5) })
  .default({ base: 256, perInFlightRequest: 0.5 });
const workSeconds = () => z.number().positive().max(L.MAX_WORK_SECONDS, `must be ≤ ${L.MAX_WORK_SECONDS} seconds`);

const noise = z.number().min(0).lt(1).default(0);

const webWorkload = z.strictObject({
  type: z.literal('web'),
  requestsPerSecond: profile,
  cpuSecondsPerRequest: workSeconds().default(0.01),
  memoryMiB: memoryModel,
  baseLatencyMs: z.number().min(0).max(L.MAX_LATENCY_MS, `must be ≤ ${L.MAX_LATENCY_MS} ms (an hour)`).default(20),
  timeoutSeconds: z.number().positive().max(3600).default(60),
  noise,
});

const queueWorkload = z.strictObject({
  type: z.literal('queue'),
  messagesPerSecond: profile,
  secondsPerMessage: workSeconds().default(1),
  initialBacklog: z
    .number()
    .min(0)
    .max(L.MAX_BACKLOG, `must be ≤ ${L.MAX_BACKLOG.toLocaleString('en-US')} messages`)
    .default(0),
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
  capacityProviderStrategy: z.array(capacityProviderStrategyItem).min(1).max(20, 'give at most 20 strategy items').optional(),
  cpu: int().positive().max(L.MAX_INSTANCE_CPU, `must be ≤ ${L.MAX_INSTANCE_CPU} CPU units`),
  memory: int().positive().max(L.MAX_INSTANCE_MEMORY, `must be ≤ ${L.MAX_INSTANCE_MEMORY} MiB`),
  desiredCount: tasks(),
  // The container's stopTimeout: SIGTERM, then SIGKILL after this many seconds (default 30; Fargate max 120, §6/§9).
  stopTimeout: int().min(0).max(120).default(30),
  // ECS ignores failing load balancer health checks this long after a task starts (default 0, §7).
  healthCheckGracePeriodSeconds: int().min(0).max(86400, 'must be ≤ 86400 seconds in the simulator').default(0),
  // Fargate default [20, 90] s (§6), EC2 default 5 s with a cached image; resolved in tasks.ts.
  taskStartSeconds: z
    .union([seconds(L.MAX_START_SECONDS), z.tuple([seconds(L.MAX_START_SECONDS), seconds(L.MAX_START_SECONDS)])], {
      error: 'must be a whole number of seconds, or [min, max]',
    })
    .optional(),
});

const loadBalancer = z.strictObject({
  type: z.enum(['ALB', 'NLB', 'CLB']),
  loadBalancingAlgorithmType: z.enum(['round_robin', 'least_outstanding_requests']).default('round_robin'), // §7
  healthCheckIntervalSeconds: int().min(5).max(300).default(30), // §7: default 30, range 5–300
  deregistrationDelaySeconds: int().min(0).max(3600).default(300), // §7: default 300, range 0–3600
  healthyThresholdCount: int().min(2).max(10).default(5), // §7: default 5, range 2–10
  unhealthyThresholdCount: int().min(2).max(10).default(2), // §7: default 2, range 2–10
});

const customInstanceType = z.strictObject({
  name: z
    .string()
    .max(L.MAX_INSTANCE_TYPE_NAME, `must be at most ${L.MAX_INSTANCE_TYPE_NAME} characters`)
    .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, ".", "_" and "-", like c7g.large'),
  cpu: int().positive().max(L.MAX_INSTANCE_CPU, `must be ≤ ${L.MAX_INSTANCE_CPU} CPU units (1,024 vCPUs)`),
  memory: int().positive().max(L.MAX_INSTANCE_MEMORY, `must be ≤ ${L.MAX_INSTANCE_MEMORY} MiB (32 TiB)`),
  pricePerHour: z.number().min(0).max(L.MAX_PRICE_PER_HOUR, `must be ≤ ${L.MAX_PRICE_PER_HOUR} USD an hour`),
});

const managedScalingDefaults = {
  status: 'ENABLED' as const,
  targetCapacity: 100,
  minimumScalingStepSize: 1,
  maximumScalingStepSize: 10000,
  instanceWarmupPeriod: 300,
};

// CreateCapacityProvider name: letters, numbers, _ and -, up to 255, not starting with aws, ecs or fargate.
const capacityProviderName = z.string().superRefine((n, ctx) => {
  const problem = capacityProviderNameProblem(n);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

export const DEFAULT_CAPACITY_PROVIDER_NAME = 'ec2-capacity-provider';

const cluster = z.strictObject({
  /** The Auto Scaling group capacity provider's name, for the service's capacityProviderStrategy. */
  capacityProviderName: capacityProviderName.default(DEFAULT_CAPACITY_PROVIDER_NAME),
  instanceType: z.union([z.string().min(1).max(L.MAX_INSTANCE_TYPE_NAME), customInstanceType], {
    error: 'must be an instance type name such as m5.large, or { name, cpu, memory, pricePerHour }',
  }),
  autoScalingGroup: z.strictObject({ minSize: instances(), maxSize: instances(), desiredCapacity: instances() }),
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
  instanceRegisterSeconds: seconds(L.MAX_START_SECONDS).default(90), // §5: INFERRED 45–120 s
  placementStrategy: z.enum(['binpack', 'spread']).default('binpack'),
});

const metricValue = () => z.number().min(-L.MAX_METRIC_VALUE).max(L.MAX_METRIC_VALUE, `must be between −1e9 and 1e9`);
const cooldown = () => seconds(L.MAX_DURATION_SECONDS);

const targetTrackingPolicy = z.strictObject({
  name: named(policyNameProblem),
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
  targetValue: z.number().positive().max(L.MAX_METRIC_VALUE, 'must be ≤ 1e9'),
  scaleOutCooldown: cooldown().default(300), // §1.5
  scaleInCooldown: cooldown().default(300), // §1.5
  disableScaleIn: z.boolean().default(false), // §1.6
});

const stepAdjustment = z.strictObject({
  metricIntervalLowerBound: metricValue().optional(),
  metricIntervalUpperBound: metricValue().optional(),
  scalingAdjustment: int()
    .min(-L.MAX_SCALING_ADJUSTMENT, `must be ≥ −${L.MAX_SCALING_ADJUSTMENT}`)
    .max(L.MAX_SCALING_ADJUSTMENT, `must be ≤ ${L.MAX_SCALING_ADJUSTMENT}`),
});

export const STEP_METRICS = [
  'CPUUtilization',
  'MemoryUtilization',
  'RequestCountPerTarget',
  'ApproximateNumberOfMessagesVisible',
  'BacklogPerTask',
] as const;

const stepScalingPolicy = z.strictObject({
  name: named(policyNameProblem),
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
    threshold: metricValue(),
    evaluationPeriods: int().min(1).max(60).default(1),
    datapointsToAlarm: int().min(1).max(60).optional(),
  }),
  adjustmentType: z.enum(['ChangeInCapacity', 'PercentChangeInCapacity', 'ExactCapacity']),
  minAdjustmentMagnitude: int().min(1).max(L.MAX_TASKS, `must be ≤ ${L.MAX_TASKS}`).optional(),
  stepAdjustments: list(stepAdjustment, L.MAX_STEP_ADJUSTMENTS, 'step adjustments').min(1),
  cooldown: cooldown().default(300), // §2
});

const policy = z.discriminatedUnion('policyType', [targetTrackingPolicy, stepScalingPolicy]);

const scheduledAction = z.strictObject({
  name: named(scheduledActionNameProblem),
  schedule: z.string().min(1).max(L.MAX_SCHEDULE_EXPRESSION, `must be at most ${L.MAX_SCHEDULE_EXPRESSION} characters`),
  minCapacity: tasks().optional(),
  maxCapacity: tasks().optional(),
});

export const DEFAULT_START_TIME = '2026-01-05T00:00:00Z';
/** Longest run the engine accepts: a week, so presets and bench stay far inside it. */
export const MAX_DURATION_SECONDS = L.MAX_DURATION_SECONDS;

const scenarioObject = z.strictObject({
  version: z.literal(1),
  name: named((name) => displayNameProblem(name, L.MAX_SCENARIO_NAME)).optional(),
  /** One-paragraph teaching note the playground shows beside the preset. */
  description: text(L.MAX_DESCRIPTION).optional(),
  seed: int().min(0).max(0xffffffff).default(1),
  durationSeconds: int().min(60).max(MAX_DURATION_SECONDS).multipleOf(60),
  startTime: z.string().max(40, 'must be a UTC time in whole seconds, like 2026-01-05T11:00:00Z').default(DEFAULT_START_TIME),
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
  // Deployments and incidents (rollout-schema.ts): simulation inputs, not AWS calls.
  availabilityZones: R.availabilityZonesSchema.default(['us-east-1a']),
  deploymentConfiguration: R.deploymentConfigurationSchema.optional(),
  deployments: list(R.deploymentSchema, R.MAX_DEPLOYMENTS, 'deployments').default([]),
  incidents: list(R.incidentSchema, R.MAX_INCIDENTS, 'incidents').default([]),
  autoScaling: z.strictObject({
    minCapacity: tasks(),
    maxCapacity: tasks(),
    policies: list(policy, L.MAX_POLICIES, 'policies').default([]),
    scheduledActions: list(scheduledAction, L.MAX_SCHEDULED_ACTIONS, 'scheduled actions').default([]),
    /** A PredictiveScaling policy (predictive.ts), beside the policies above. */
    predictiveScaling: predictiveScalingSchema.optional(),
  }),
  /** ECS (default), EKS or App Runner (platforms/schema.ts). */
  platform: platformSchema,
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
