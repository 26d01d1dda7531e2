/**
 * The scenario's deployments and incidents (schema keys `deploymentConfiguration`, `deployments`,
 * `incidents`, `availabilityZones`). They are simulation inputs, not AWS calls: a deployment is an
 * UpdateService to a new task definition revision at a time; an incident is something that happens
 * to the service. AWS's names and defaults where AWS has them (sources in lib/sim/README.md).
 */
import * as z from '../zod';
import * as L from './limits';
import { alarmNameProblem, displayNameProblem } from './names';

const int = () => z.number().int();
const at = () => int().min(0).max(L.MAX_DURATION_SECONDS, `must be ≤ ${L.MAX_DURATION_SECONDS} seconds (a week)`);
const duration = () => int().positive().max(L.MAX_DURATION_SECONDS, `must be ≤ ${L.MAX_DURATION_SECONDS} seconds (a week)`);
const minutes1440 = () => int().min(0).max(1440, 'must be 0–1,440 minutes (AWS’s range)');
const startSeconds = () => int().min(0).max(L.MAX_START_SECONDS, `must be ≤ ${L.MAX_START_SECONDS} seconds`);

/** What is different about a deployment's new task definition revision. */
export const revisionSchema = z.strictObject({
  /** How long its tasks take from PENDING to RUNNING (a bigger image starts slower); default: the service's. */
  taskStartSeconds: z
    .union([startSeconds(), z.tuple([startSeconds(), startSeconds()])], { error: 'must be a whole number of seconds, or [min, max]' })
    .optional(),
  /** vCPU-seconds per request relative to the service's (1.5 = 50 % more CPU per request). */
  cpuPerRequestFactor: z.number().positive().max(100, 'must be ≤ 100').default(1),
  /** Requests this revision answers with a 5xx (a bug in the new code). */
  errorPercent: z.number().min(0).max(100).default(0),
  /** Seconds after RUNNING before the app answers its health check (a slow warm-up). */
  readyAfterSeconds: startSeconds().default(0),
  /**
   * cannotPullImage: tasks go PENDING → STOPPED (CannotPullContainerError), so the service throttle applies;
   * exitsAtStart: the essential container exits seconds after RUNNING; failsHealthCheck: RUNNING, never healthy.
   */
  failure: z.enum(['none', 'cannotPullImage', 'exitsAtStart', 'failsHealthCheck']).default('none'),
});

const DEPLOYMENT_ALARM_METRICS = ['HTTPCode_Target_5XX_Count', 'CPUUtilization', 'MemoryUtilization'] as const;

const deploymentAlarm = z.strictObject({
  name: z.string().check((ctx) => {
    const problem = alarmNameProblem(ctx.value);
    if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
  }),
  metric: z.enum(DEPLOYMENT_ALARM_METRICS),
  statistic: z.enum(['Average', 'Minimum', 'Maximum', 'Sum']).default('Sum'),
  comparisonOperator: z.enum(['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanThreshold', 'LessThanOrEqualToThreshold']),
  threshold: z.number().min(-L.MAX_METRIC_VALUE).max(L.MAX_METRIC_VALUE, 'must be between −1e9 and 1e9'),
  evaluationPeriods: int().min(1).max(60).default(1),
  datapointsToAlarm: int().min(1).max(60).optional(),
});

const circuitBreaker = z.strictObject({
  enable: z.boolean(),
  rollback: z.boolean(),
  // ThresholdConfiguration (July 2026): BOUNDED_PERCENT 50 by default (× desired count, clamped to 3–200).
  thresholdConfiguration: z
    .strictObject({ type: z.enum(['COUNT', 'BOUNDED_PERCENT', 'UNBOUNDED_PERCENT']), value: int().min(1).max(100000) })
    .default({ type: 'BOUNDED_PERCENT', value: 50 }),
  /** A task of the new revision reaching healthy resets the failure count (default true). */
  resetOnHealthyTask: z.boolean().default(true),
});

export const deploymentConfigurationSchema = z.strictObject({
  strategy: z.enum(['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY']).default('ROLLING'),
  // API_DeploymentConfiguration: REPLICA defaults 100 % (rounded up) and 200 % (rounded down).
  minimumHealthyPercent: int().min(0).max(100).default(100),
  maximumPercent: int().min(100).max(400, 'the simulator accepts 100–400').default(200),
  deploymentCircuitBreaker: circuitBreaker.default({
    enable: false,
    rollback: false,
    thresholdConfiguration: { type: 'BOUNDED_PERCENT', value: 50 },
    resetOnHealthyTask: true,
  }),
  alarms: z
    .strictObject({
      enable: z.boolean().default(true),
      rollback: z.boolean(),
      alarms: z.array(deploymentAlarm).min(1).max(10, 'give at most 10 alarms'),
    })
    .optional(),
  /** BLUE_GREEN, LINEAR, CANARY: both revisions keep running this long after all traffic has shifted. */
  bakeTimeInMinutes: minutes1440().default(0),
  linearConfiguration: z
    .strictObject({
      stepPercent: z.number().min(3).max(100).default(10),
      stepBakeTimeInMinutes: minutes1440().default(6),
    })
    .default({ stepPercent: 10, stepBakeTimeInMinutes: 6 }),
  canaryConfiguration: z
    .strictObject({
      canaryPercent: z.number().min(0.1).max(100).default(5),
      canaryBakeTimeInMinutes: minutes1440().default(10),
    })
    .default({ canaryPercent: 5, canaryBakeTimeInMinutes: 10 }),
});

const deploymentName = z.string().check((ctx) => {
  const problem = displayNameProblem(ctx.value, 64);
  if (problem) ctx.issues.push({ code: 'custom', message: problem, input: ctx.value });
});

export const deploymentSchema = z.strictObject({
  at: at(),
  /** A label for the new revision (the event log and the charts show it). */
  name: deploymentName.optional(),
  revision: revisionSchema.default({ cpuPerRequestFactor: 1, errorPercent: 0, readyAfterSeconds: 0, failure: 'none' }),
});

const azName = z
  .string()
  .max(32, 'must be at most 32 characters')
  .regex(/^[a-z0-9-]+$/, 'must be lower-case letters, digits and "-", like us-east-1a');

export const availabilityZonesSchema = z.array(azName).min(1).max(6, 'give at most 6 Availability Zones');

export const incidentSchema = z.discriminatedUnion('type', [
  /** Essential containers exit in `count` RUNNING tasks (an out-of-memory kill, a panic). */
  z.strictObject({ type: z.literal('TaskCrash'), at: at(), count: int().min(1).max(L.MAX_TASKS).default(1) }),
  /** Every task launched in the window fails to start (the image was deleted, the registry is unreachable). */
  z.strictObject({ type: z.literal('ImagePullFailure'), at: at(), durationSeconds: duration() }),
  /** The health check path fails on every task for the window (it checks a dependency that is down). */
  z.strictObject({ type: z.literal('HealthCheckFailure'), at: at(), durationSeconds: duration() }),
  /** Everything in one Availability Zone stops; nothing is placed there until it recovers. */
  z.strictObject({ type: z.literal('AvailabilityZoneOutage'), at: at(), durationSeconds: duration(), availabilityZone: azName }),
  /**
   * A Spot interruption: `count` FARGATE_SPOT tasks (or, with `instances`, the cluster's EC2 Spot
   * instances) get the two-minute warning; for `unavailableSeconds` no Spot capacity is left.
   */
  z.strictObject({
    type: z.literal('SpotInterruption'),
    at: at(),
    count: int().min(0).max(L.MAX_TASKS).default(0),
    instances: int().min(0).max(L.MAX_INSTANCES).default(0),
    unavailableSeconds: int().min(0).max(L.MAX_DURATION_SECONDS).default(0),
  }),
]);

export type Revision = z.output<typeof revisionSchema>;
export type DeploymentConfiguration = z.output<typeof deploymentConfigurationSchema>;
export type Deployment = z.output<typeof deploymentSchema>;
export type Incident = z.output<typeof incidentSchema>;
export type DeploymentAlarm = z.output<typeof deploymentAlarm>;
export const MAX_DEPLOYMENTS = 20;
export const MAX_INCIDENTS = 50;
