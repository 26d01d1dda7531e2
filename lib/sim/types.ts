/** The engine's output (SIMULATOR.md "Result (output)") and its plain-data simulation state. */
import type { AlarmRuntime, AlarmSpec } from './alarm';
import type { ProviderSlot } from './capacity';
import type { Datapoint } from './cloudwatch';
import type {
  AlarmBasis,
  AlarmStateValue,
  ManagedNotScaledReason,
  ManagedScalingBasis,
  ModelNote,
  NotScaledReason,
  ScalingBasis,
  ScheduledBasis,
} from './decisions';
import type { PlatformState } from './platforms/state';
import type {
  AppRunnerBasis,
  HpaBasis,
  HpaNotScaledReason,
  NodeBasis,
  PredictiveForecastBasis,
  PredictiveScalingBasis,
} from './platforms/decisions';
import type { PredictiveState } from './predictive';
import type { CompiledProfile } from './profile';
import type { Scenario } from './schema';
import type { RolloutEvent, RolloutState } from './rollout-types';

/** One CloudWatch-style datapoint per simulated minute, at t = 60, 120, ... (state after (a), (b)). */
export interface MinuteRow {
  t: number;
  desiredCount: number;
  runningCount: number;
  /** PROVISIONING + PENDING */
  pendingCount: number;
  /** The bounds in force (scheduled actions change them). */
  minCapacity: number;
  maxCapacity: number;
  cpuUtilization: number | null;
  memoryUtilization: number | null;
  requestsPerSecond: number | null;
  requestCountPerTarget: number | null;
  p95LatencyMs: number | null;
  errors5xx: number | null;
  messagesPerSecond: number | null;
  queueVisible: number | null;
  backlogPerTask: number | null;
  instances: number | null;
  capacityProviderReservation: number | null;
  /** Cost so far, USD. */
  costUsd: number;
  /** Predictive scaling: the forecast capacity in force (the floor it schedules); null without a policy. */
  forecastCapacity: number | null;
  /** RUNNING tasks of the revision being deployed and of the others; null without deployments. */
  newRevisionRunning: number | null;
  oldRevisionRunning: number | null;
  /** Share of requests sent to the revision being deployed (100 outside a deployment); null without deployments. */
  newRevisionTrafficPercent: number | null;
}

export type AlarmState = AlarmStateValue;
export type TaskStatus = 'PROVISIONING' | 'PENDING' | 'RUNNING' | 'DEACTIVATING' | 'STOPPING' | 'STOPPED';
export type InstanceStatus = 'Pending' | 'InService';

export type SimEvent =
  | { t: number; type: 'AlarmStateChange'; alarm: string; from: AlarmState; to: AlarmState; reason: string; basis: AlarmBasis }
  | {
      t: number;
      type: 'ScalingActivity';
      policy: string | null;
      scheduledAction: string | null;
      from: number;
      to: number;
      cause: string;
      basis: ScalingBasis | ScheduledBasis;
    }
  /** A policy was invoked (its alarm in ALARM) and the desired count stayed: why. Once per reason until the outcome changes. */
  | { t: number; type: 'NotScaled'; policy: string; reason: NotScaledReason; basis: ScalingBasis }
  | { t: number; type: 'ScheduledActionExecuted'; scheduledAction: string; minCapacity: number; maxCapacity: number }
  | {
      t: number;
      type: 'TaskStateChange';
      taskId: string;
      lastStatus: TaskStatus;
      instanceId: string | null;
      /** The capacity provider the task was placed through; null with a launch type. */
      capacityProvider: string | null;
      stoppedReason: string | null;
      /** ECS's stopCode when a task stops or is told to (SpotInterruption, TaskFailedToStart, …); null otherwise. */
      stopCode: string | null;
    }
  | { t: number; type: 'InstanceStateChange'; instanceId: string; state: InstanceStatus | 'Terminated' }
  | { t: number; type: 'ManagedScaling'; from: number; to: number; cause: string; basis: ManagedScalingBasis }
  | { t: number; type: 'ManagedScalingNotScaled'; reason: ManagedNotScaledReason; basis: ManagedScalingBasis }
  | { t: number; type: 'ServiceEvent'; message: string }
  /** The run reaches a model simplification (README) that no decision's basis names: once per run and note. */
  | { t: number; type: 'ModelNote'; note: ModelNote }
  /** EKS: the Horizontal Pod Autoscaler changed spec.replicas, or held it (once per reason). */
  | { t: number; type: 'HpaScaling'; from: number; to: number; basis: HpaBasis }
  | { t: number; type: 'HpaNotScaled'; reason: HpaNotScaledReason; basis: HpaBasis }
  /** EKS: Cluster Autoscaler or Karpenter launched, drained or removed nodes. */
  | { t: number; type: 'NodeScaling'; action: 'launch' | 'drain' | 'terminate'; nodes: string[]; basis: NodeBasis }
  /** App Runner: the instance count followed the concurrency. */
  | { t: number; type: 'AppRunnerScaling'; from: number; to: number; basis: AppRunnerBasis }
  /** ECS predictive scaling: a forecast (every 6 hours), and the capacity it schedules before each hour. */
  | { t: number; type: 'PredictiveForecast'; basis: PredictiveForecastBasis }
  | { t: number; type: 'PredictiveScaling'; from: number; to: number; basis: PredictiveScalingBasis }
  /** Deployments, traffic shifts and incidents (rollout-types.ts). */
  | RolloutEvent;

/** An alarm's progress, recorded when its state or its count of breaching datapoints changes. */
export interface AlarmProgress {
  t: number;
  alarm: string;
  state: AlarmState;
  breaching: number;
  datapointsToAlarm: number;
}

export interface Summary {
  maxDesiredCount: number;
  maxRunningCount: number;
  finalDesiredCount: number;
  scaleOutActivities: number;
  scaleInActivities: number;
  firstScaleOutAt: number | null;
  maxInstances: number | null;
  totalCostUsd: number;
  /** Web: requests offered = served + failed + still in flight at the end. */
  requestsOffered: number | null;
  requestsServed: number | null;
  requestsFailed: number | null;
  requestsInFlight: number | null;
  p95LatencyMs: number | null;
  messagesProcessed: number | null;
  maxQueueVisible: number | null;
}

export interface Result {
  version: 1;
  minutes: MinuteRow[];
  events: SimEvent[];
  /** Every alarm's progress towards or away from ALARM (what the narration's "Now:" line reads). */
  alarmHistory: AlarmProgress[];
  summary: Summary;
}

export interface Task {
  id: number;
  status: TaskStatus;
  /** Index into Derived.providers (0 with a launch type). */
  provider: number;
  /** Instance id on EC2 (0 = not placed / Fargate). */
  instance: number;
  launchedAt: number;
  runningAt: number;
  healthyAt: number;
  /** Receiving traffic (healthy behind the load balancer, or RUNNING without one). */
  serving: boolean;
  /** DEACTIVATING: when the deregistration delay ends; STOPPING: when the stop timeout ends. */
  stopAt: number;
  /** Requests a draining task still has to finish. */
  backlog: number;
  /** Task definition revision (rollout-types.ts; 0 = the service's own) and Availability Zone index (−1: not placed). */
  revision: number;
  az: number;
  /** When the load balancer marks it unhealthy and ECS acts (−1: never), when its container exits (−1: never). */
  unhealthyAt: number;
  exitAt: number;
  /** Marked unhealthy: replaced, and out of the live count, but registered (the ALB fails open to it). */
  unhealthy: boolean;
  /** A Spot interruption: stopped at this time whatever its state (−1: none). */
  deadline: number;
  /** Why it is being stopped, for its STOPPED event (null: a scale-in). */
  stopReason: string | null;
  stopCode: string | null;
  /** Utilisation segment (metrics.ts): start time and the per-serving-task counters then. */
  segStart: number;
  segCpu: number;
  segMem: number;
  /** This minute so far: RUNNING seconds, vCPU-seconds and MiB-seconds used. */
  minSeconds: number;
  minCpu: number;
  minMem: number;
}

export interface Instance {
  id: number;
  /** EKS nodes of their own size (Karpenter right-sizes them); otherwise the cluster's type (Derived). */
  cpu?: number;
  memory?: number;
  pricePerSecond?: number;
  typeName?: string;
  /** Cordoned (being drained by Cluster Autoscaler or Karpenter): no new pods. */
  cordoned?: boolean;
  status: InstanceStatus;
  launchedAt: number;
  registerAt: number;
  cpuUsed: number;
  memoryUsed: number;
  taskCount: number;
  /** Availability Zone index. */
  az: number;
  /** A Spot interruption: draining, terminated at this time (−1: none). */
  terminateAt: number;
}

export interface PolicyState {
  /** One runtime per alarm, in the order of the policy kind's alarms(). */
  alarms: AlarmRuntime[];
  /** Scale-out cooldown in effect for t < outUntil; outBase is the base a step policy carries (§2). */
  outUntil: number;
  outBase: number;
  inUntil: number;
  /** Target tracking: its scale-in ask from its latest invocation (for the all-ready rule, §1.8). */
  inProposal: ScalingBasis | null;
  /** The last not-scaled reason per direction ('' none, 'scaled' after an activity), so each is said once. */
  lastOutcome: { out: string; in: string };
}

/** Per-minute accumulators; reset at each minute boundary. */
export interface MinuteAcc {
  cpuUsed: number;
  cpuReserved: number;
  memUsed: number;
  memReserved: number;
  /** Least / most utilised task of the minute, and how many tasks ran in it (task samples). */
  cpuMin: number;
  cpuMax: number;
  memMin: number;
  memMax: number;
  taskSamples: number;
  offered: number;
  routed: number;
  failed: number;
  healthySeconds: number;
  visibleSum: number;
  runningSeconds: number;
  arrivals: number;
  /** Requests the tasks answered with a 5xx (a broken revision): HTTPCode_Target_5XX_Count. */
  targetErrors: number;
  /** Per-second latency samples (ms) and their weights (requests served), for the minute's p95. */
  latency: number[];
  weight: number[];
  samples: number;
}

/** Values fixed at creation, derived from the scenario. */
export interface Derived {
  vcpu: number;
  taskCpu: number;
  taskMemory: number;
  startRange: [number, number];
  profile: CompiledProfile;
  /** Scheduled firings in order: [t, action index] pairs flattened. */
  schedule: number[];
  hasLoadBalancer: boolean;
  isAlb: boolean;
  fargate: boolean;
  /** Launch type or capacity provider strategy, resolved (capacity.ts). */
  providers: ProviderSlot[];
  viaCapacityProvider: boolean;
  /** Fargate price of one task per second, per provider (FARGATE_SPOT discounted). */
  taskPricePerSecond: number[];
  instanceCpu: number;
  instanceMemory: number;
  instancePricePerSecond: number;
  tasksPerInstance: number;
  /** Each policy's alarms (policies/index.ts) and the capacity provider's (managed-scaling.ts). */
  alarmSpecs: AlarmSpec[][];
  managedAlarmSpecs: AlarmSpec[];
  /** Some policy uses a 20-second metric, so 20-second datapoints are kept. */
  highResolution: boolean;
  /** Where the service runs (platforms/): ECS, EKS (pods on nodes) or App Runner. */
  platform: 'ECS' | 'EKS' | 'APP_RUNNER';
}

/**
 * Everything a run needs, as plain data: structured-clone-able (a Web Worker can hold or post it)
 * and resumable. advance() mutates it in place.
 */
export interface SimState {
  scenario: Scenario;
  d: Derived;
  /** Seconds [0, t) have been served; the boundary work of second t is done. */
  t: number;
  done: boolean;
  rng: number;
  desired: number;
  minCapacity: number;
  maxCapacity: number;
  tasks: Task[];
  nextTaskId: number;
  instances: Instance[];
  nextInstanceId: number;
  nActive: number;
  nRunning: number;
  nServing: number;
  /** DEACTIVATING tasks (deregistering from the target group). */
  nDraining: number;
  /** STOPPING tasks (SIGTERM sent, within their stopTimeout). */
  nStopping: number;
  /** Requests the draining tasks still have to finish (so the per-second loop skips them at 0). */
  drainBacklog: number;
  /** Live tasks (PROVISIONING, PENDING, RUNNING) per provider, for the strategy's base and weights. */
  providerCounts: number[];
  /** Fargate tasks being billed (launched, not yet STOPPED) per provider. */
  billed: number[];
  nextTaskEventAt: number;
  nextInstanceEventAt: number;
  profileCursor: number;
  scheduleCursor: number;
  webQueue: number;
  /** What one serving task has used since t = 0: vCPU-seconds and MiB-seconds (metrics.ts segments). */
  cumCpuPerServing: number;
  cumMemPerServing: number;
  visible: number;
  acc: MinuteAcc;
  /** Deployments, revisions, health checks and incidents (rollout-types.ts). */
  ro: RolloutState;
  /** The current 20-second period (high-resolution metrics only). */
  acc20: { cpuUsed: number; cpuReserved: number; memUsed: number; memReserved: number };
  /** Datapoints closed but not yet published (cloudwatch.ts), oldest first, per period. */
  pendingMinute: Datapoint[];
  pending20: Datapoint[];
  policies: PolicyState[];
  managed: { alarms: AlarmRuntime[]; lastOutcome: string };
  alarmHistory: AlarmProgress[];
  /** Model notes already emitted (once per run). */
  notesSeen: ModelNote[];
  cost: number;
  totals: {
    offered: number;
    served: number;
    failed: number;
    processed: number;
    maxQueueVisible: number;
    maxRunning: number;
    maxDesired: number;
    maxInstances: number;
    scaleOuts: number;
    scaleIns: number;
    firstScaleOutAt: number;
    /** Request-weighted latency histogram for the run's p95 (latency.ts buckets). */
    latencyHistogram: number[];
  };
  minutes: MinuteRow[];
  events: SimEvent[];
  /** EKS or App Runner scaler state (null on ECS). */
  platformState: PlatformState | null;
  /** The predictive scaling policy's forecast and floor (null without one). */
  predictive: PredictiveState | null;
}
