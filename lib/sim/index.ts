/**
 * The simulation engine's public API (see README.md): the only import path from outside lib/sim
 * (enforced by eslint.config.mjs).
 */
export { parseScenario, formatPath, type ParseResult, type ScenarioError } from './parse';
export { createSimulation, InvalidScenarioError } from './create';
export { advance, resultOf, simulate, snapshot, type Snapshot } from './simulate';
export { RunLimitError, type RunLimit } from './run-limits';
export {
  scenarioSchema,
  STEP_METRICS,
  DEFAULT_CAPACITY_PROVIDER_NAME,
  type CapacityProviderStrategyItem,
  type Scenario,
  type ScenarioInput,
  type ScalingPolicy,
  type StepScalingPolicy,
  type TargetTrackingPolicy,
  type StepMetric,
} from './schema';
export type { AlarmProgress, MinuteRow, Result, SimEvent, SimState, Summary, TaskStatus } from './types';
export type * from './decisions';
export { FARGATE_PRICE, FARGATE_SPOT_DISCOUNT, EC2_INSTANCE_TYPES, PRICES_AS_OF } from './prices';
export { FARGATE_SIZES, validFargateMemory } from './fargate';
export { FARGATE_PROVIDERS } from './capacity';
export { TARGET_TRACKING_METRICS } from './policies/target-tracking';
export {
  clusterFrame,
  describeAlarms,
  instanceCapacity,
  FRAME_INSTANCE_STATES,
  FRAME_TASK_STATES,
  type ClusterFrame,
  type DescribedAlarm,
  type FrameTaskState,
} from './views';
export { profileAt, type ProfilePoint } from './profile';
export {
  comparePlatforms,
  comparisonNote,
  comparisonProblem,
  cpuTargetOf,
  onPlatform,
  PLATFORM_LABEL,
  PLATFORMS,
  type PlatformChoice,
  type PlatformOutcome,
} from './platforms/compare';
export type * from './platforms/decisions';
export type { Platform } from './platforms/schema';
export { EKS_CONTROL_PLANE_PER_HOUR } from './platforms';
export { APP_RUNNER_PRICE } from './platforms/app-runner';
export { PREDICTIVE } from './predictive';
export type { PredictiveScalingPolicy } from './predictive-schema';
export * as limits from './limits';
export { ecsNameProblem, showUnsafe, stepAlarmName, unsafeCharacter } from './names';
export type { DeploymentBasis, DeploymentEventName, RolloutEvent, ShiftStage } from './rollout-types';
export type { Deployment, DeploymentConfiguration, Incident, Revision } from './rollout-schema';
export { SPOT_WARNING_SECONDS } from './incidents';
export { THROTTLE_MAX_SECONDS, circuitBreakerThreshold } from './deployments';
