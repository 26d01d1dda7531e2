/**
 * Why the engine decided: every alarm transition, scaling activity, not-scaled invocation and
 * managed-scaling decision carries its basis as plain data. The playground's narration and event
 * log render these and do no scaling arithmetic of their own.
 */

export type ComparisonOperator =
  'GreaterThanOrEqualToThreshold' | 'GreaterThanThreshold' | 'LessThanThreshold' | 'LessThanOrEqualToThreshold';
export type Statistic = 'Average' | 'Minimum' | 'Maximum' | 'Sum';
export type AlarmStateValue = 'OK' | 'ALARM' | 'INSUFFICIENT_DATA';

/** A datapoint an alarm evaluated: the end of its period and its value (null = missing). */
export interface EvaluatedDatapoint {
  end: number;
  value: number | null;
  /** ECS service metrics: how many tasks reported in the period (its SampleCount). */
  tasks: number | null;
}

/** One alarm evaluation: what the alarm watches and what it saw. */
export interface AlarmBasis {
  alarm: string;
  /** The role of an alarm Application Auto Scaling creates (target tracking, managed scaling); null for a learner's own. */
  role: 'AlarmHigh' | 'AlarmLow' | null;
  /** CloudWatch metric name (CPUUtilization, CapacityProviderReservation, …). */
  metric: string;
  statistic: Statistic;
  periodSeconds: number;
  comparisonOperator: ComparisonOperator;
  threshold: number;
  /** A target tracking alarm's threshold is factor × targetValue (AlarmHigh factor 1, AlarmLow 0.9). */
  thresholdFrom: { targetValue: number; factor: number } | null;
  evaluationPeriods: number;
  datapointsToAlarm: number;
  /** The datapoints in the evaluation window, oldest first. */
  datapoints: EvaluatedDatapoint[];
  /** How many of them breach the threshold. */
  breaching: number;
  /** The newest datapoint was published at its period's end plus this delay. */
  publicationDelaySeconds: number;
}

/** What the policy started from. */
export interface ScalingBase {
  count: number;
  /** running: RUNNING tasks now; beforeCooldown: the count a step policy's scale-out cooldown carries; none: ExactCapacity. */
  kind: 'running' | 'beforeCooldown' | 'none';
}

/** How a policy computed its raw proposal. */
export type ScalingRule =
  /** Target tracking: ceil(base × value ÷ targetValue). */
  | { kind: 'proportional'; targetValue: number }
  /** Target tracking from 0 running tasks: "the minimum possible amount", 1 task. */
  | { kind: 'fromZero'; targetValue: number }
  /** Step scaling: the step whose bounds hold value − threshold; `change` tasks (ExactCapacity: the new count). */
  | {
      kind: 'step';
      /** value − threshold, and the side of the threshold it counts as (the alarm's operator decides at 0). */
      delta: number;
      above: boolean;
      adjustmentType: 'ChangeInCapacity' | 'PercentChangeInCapacity' | 'ExactCapacity';
      lowerBound: number | null;
      upperBound: number | null;
      scalingAdjustment: number;
      change: number;
      minAdjustmentMagnitude: number | null;
    }
  /** Step scaling: value − threshold falls in no step. */
  | { kind: 'noStep' }
  /** The alarm is in ALARM but its newest datapoint is missing: no policy acts on missing data. */
  | { kind: 'noData' };

/** Something that changed or blocked a raw proposal, in the order the engine applied it. */
export type Constraint =
  | { kind: 'minCapacity'; value: number }
  | { kind: 'maxCapacity'; value: number }
  /** A scale-out applies only above the desired count (tasks already added count through it). */
  | { kind: 'notAboveDesired'; desired: number; scaleOutCooldownUntil: number | null }
  /** A scale-in applies only below the desired count. */
  | { kind: 'notBelowDesired'; desired: number }
  | { kind: 'scaleInCooldown'; until: number }
  /** Target tracking scales in only when every policy with scale-in enabled is ready. */
  | { kind: 'waitingForPolicies'; policies: string[] }
  /** Several target tracking policies ready to scale in: the largest remaining capacity wins. */
  | { kind: 'largestScaleIn'; policy: string; to: number }
  /** Another proposal gave more capacity at the same evaluation (AWS: "precedence to the policy that provides the largest capacity"). */
  | { kind: 'largerProposal'; policy: string; to: number }
  /** Predictive scaling's forecast for the hour: no scale-in below it (predictive.ts). */
  | { kind: 'forecastCapacity'; policy: string; capacity: number };

/** Model simplifications a decision relies on (listed in lib/sim/README.md). */
export type ModelNote =
  | 'targetTrackingFormulaInferred'
  | 'scaleInMagnitudeUnsourced'
  | 'alarmShapeObserved'
  | 'highResolutionAlarmShapeInferred'
  | 'publicationDelayFromBenchmark'
  | 'cpuCappedAt100'
  | 'managedScalingOneInstanceType'
  | 'fargateSpotNotInterrupted'
  | 'provisioningWaitsIndefinitely'
  | 'predictiveForecastModel'
  | 'appRunnerTimingInferred'
  | 'hpaReadinessSimplified'
  | 'podsBinpacked'
  | 'karpenterNoReplace'
  | 'throttleBackoffInferred'
  | 'circuitBreakerRoundingInferred'
  | 'alarmBakeTimeInferred'
  | 'revisionsShareOneQueue';

export interface ScalingBasis {
  policyType: 'TargetTrackingScaling' | 'StepScaling';
  direction: 'out' | 'in';
  alarm: AlarmBasis;
  /** The datapoint the policy acted on (the alarm's newest). */
  value: number | null;
  base: ScalingBase;
  rule: ScalingRule;
  /** The count the rule asks for, before bounds and cooldowns (null when it asks for nothing). */
  raw: number | null;
  desiredBefore: number;
  minCapacity: number;
  maxCapacity: number;
  constraints: Constraint[];
  /** The desired count after the decision (desiredBefore when nothing changed). */
  final: number;
  /** The cooldown an applied activity started (null when none started or nothing was applied). */
  cooldown: { direction: 'out' | 'in'; seconds: number; until: number } | null;
  notes: ModelNote[];
}

export interface ScheduledBasis {
  policyType: 'ScheduledAction';
  schedule: string;
  minCapacity: number;
  maxCapacity: number;
  desiredBefore: number;
  final: number;
}

/**
 * Why an invocation changed nothing. The first three are AWS's own NotScaledReason codes
 * (DescribeScalingActivities with IncludeNotScaledActivities); the others name the rule that held.
 */
export type NotScaledReason =
  | 'AlreadyAtMaxCapacity'
  | 'AlreadyAtMinCapacity'
  | 'AlreadyAtDesiredCapacity'
  | 'ScaleInCooldown'
  | 'WaitingForOtherPolicies'
  | 'LargerProposalApplied'
  | 'NoStepMatched'
  | 'StepAdjustmentZero'
  | 'NoDatapoint'
  /** Predictive scaling's forecast capacity for the hour holds the scale-in. */
  | 'ForecastCapacity'
  /** "Application Auto Scaling turns off scale-in processes while Amazon ECS deployments are in progress." */
  | 'DeploymentInProgress';

export type ManagedConstraint =
  | { kind: 'minimumScalingStepSize'; value: number }
  | { kind: 'maximumScalingStepSize'; value: number }
  | { kind: 'maxSize'; value: number }
  | { kind: 'minSize'; value: number }
  /** "Further scale-out is blocked for Instances that are within the instanceWarmupPeriod". */
  | { kind: 'instanceWarmup'; until: number }
  /** Only empty instances are terminated (managed termination protection). */
  | { kind: 'emptyInstancesOnly'; empty: number };

export interface ManagedScalingBasis {
  direction: 'out' | 'in';
  alarm: AlarmBasis;
  /** At the datapoint: instances needed for every task (M) and instances in the group (N). */
  instancesNeeded: number;
  instancesInGroup: number;
  reservation: number;
  targetCapacity: number;
  /** ceil(M × 100 ÷ targetCapacity). */
  wanted: number;
  /** Instances in the group when the datapoint was acted on. */
  instancesNow: number;
  constraints: ManagedConstraint[];
  final: number;
  notes: ModelNote[];
}

export type ManagedNotScaledReason = 'InstanceWarmup' | 'AtMaxSize' | 'AlreadyAtCapacity' | 'AtMinSize' | 'NoEmptyInstance';
