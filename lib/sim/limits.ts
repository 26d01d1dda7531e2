/**
 * The largest scenario the engine accepts. Every count and size in the schema is capped so that the
 * worst valid scenario runs in seconds and a few hundred MB (measured in lib/sim/README.md), and a
 * hostile share link or file cannot stall a tab or a CI job. AWS's own quotas where AWS has one.
 */

/** Longest run the engine accepts: a week, so presets and bench stay far inside it. */
export const MAX_DURATION_SECONDS = 7 * 86400;
/** Tasks in the service: desiredCount, minCapacity, maxCapacity and scheduled actions' bounds. */
export const MAX_TASKS = 1000;
/** Instances in the Auto Scaling group (minSize, maxSize, desiredCapacity). */
export const MAX_INSTANCES = 1000;
/** Application Auto Scaling quota: scaling policies per scalable target, 50 (not adjustable). */
export const MAX_POLICIES = 50;
/** Application Auto Scaling quota: scheduled actions per scalable target, 200 (not adjustable). */
export const MAX_SCHEDULED_ACTIONS = 200;
/** Application Auto Scaling quota: step adjustments per step scaling policy, 20 (default). */
export const MAX_STEP_ADJUSTMENTS = 20;
/** Points in a load profile: one a minute for the longest run. */
export const MAX_PROFILE_POINTS = 7 * 24 * 60;
/**
 * Events one run may record (task, instance, alarm and scaling events). A scenario that churns
 * hundreds of tasks every minute for days would otherwise hold millions of them in memory; runners
 * (the CLI, the playground) stop with a clear message when a run goes past it.
 */
export const MAX_EVENTS = 200_000;
/**
 * Tasks alive at once, draining ones included. A draining task is looked at every second, so a
 * service that scales in by hundreds every few minutes with a long deregistration delay piles up
 * tens of thousands of them and slows a run to minutes; runners stop past this.
 */
export const MAX_LIVE_TASKS = 2 * MAX_TASKS;

/** Requests or messages per second in a profile. */
export const MAX_RATE_PER_SECOND = 1_000_000;
/** vCPU-seconds one request costs, or seconds one message takes. */
export const MAX_WORK_SECONDS = 3600;
/** Memory model values, MiB. */
export const MAX_MEMORY_MIB = 1_048_576;
/** Messages waiting in the queue at t = 0. */
export const MAX_BACKLOG = 1_000_000_000;
/** Any latency the model adds, ms (an hour). */
export const MAX_LATENCY_MS = 3_600_000;
/** Target values, alarm thresholds and step bounds (metrics are percentages, counts or rates). */
export const MAX_METRIC_VALUE = 1_000_000_000;
/** A step's scalingAdjustment (a count change, a percentage or an exact count). */
export const MAX_SCALING_ADJUSTMENT = 1_000_000;
/** Custom instance types: up to 1,024 vCPUs (CPU units) and 32 TiB (MiB), $10,000 an hour. */
export const MAX_INSTANCE_CPU = 1_048_576;
export const MAX_INSTANCE_MEMORY = 33_554_432;
export const MAX_PRICE_PER_HOUR = 10_000;
/** Seconds a task takes to start or an instance to register. */
export const MAX_START_SECONDS = 3600;

/** Text: the scenario's title, its teaching note, instance type names, schedule expressions. */
export const MAX_SCENARIO_NAME = 120;
export const MAX_DESCRIPTION = 4000;
export const MAX_INSTANCE_TYPE_NAME = 64;
/** PutScheduledAction's Schedule: 1–1600 characters. */
export const MAX_SCHEDULE_EXPRESSION = 1600;
