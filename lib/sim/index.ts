/** The simulation engine's public API (see README.md). */
export { parseScenario, formatPath, type ParseResult, type ScenarioError } from './parse';
export { createSimulation, InvalidScenarioError } from './create';
export { advance, resultOf, simulate, snapshot, type Snapshot } from './simulate';
export { scenarioSchema, type Scenario, type ScenarioInput } from './schema';
export type { MinuteRow, Result, SimEvent, SimState, Summary } from './types';
export { FARGATE_PRICE, EC2_INSTANCE_TYPES, PRICES_AS_OF } from './prices';
export { FARGATE_SIZES, validFargateMemory } from './fargate';
export * as limits from './limits';
export {
  capacityProviderNameProblem,
  ecsNameProblem,
  FARGATE_CAPACITY_PROVIDERS,
  showUnsafe,
  stepAlarmName,
  unsafeCharacter,
} from './names';
export type { StepScalingPolicy, TargetTrackingPolicy } from './schema';
