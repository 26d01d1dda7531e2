/**
 * Why the other platforms' scalers decided, as plain data (like lib/sim/decisions.ts for ECS): the
 * Horizontal Pod Autoscaler, Cluster Autoscaler and Karpenter on EKS, App Runner's concurrency
 * scaling, and ECS predictive scaling. The narration renders these and computes nothing.
 */

/** One HPA sync (the replica calculator, then the behavior's stabilization and rate limits). */
export interface HpaBasis {
  /** Average CPU utilisation of the ready pods over the metrics window, % of their request; null without metrics. */
  utilization: number | null;
  target: number;
  /** utilization ÷ target. */
  ratio: number | null;
  tolerance: number;
  readyPods: number;
  /** Pods not ready yet (Pending, starting, not yet passing readiness): counted at 0 % when scaling up. */
  unreadyPods: number;
  /** spec.replicas before the sync. */
  currentReplicas: number;
  /** What the replica calculator asks for (ceil(ratio × pods)), before the behavior. */
  recommendation: number;
  /** The unready pods were counted at 0 % (a scale-up with pods still starting), and the utilisation over all the pods then. */
  unreadyCountedAtZero: boolean;
  utilizationAllPods: number | null;
  /** The stabilization window's choice: the highest recommendation of the last scaleDown window, the lowest of the scaleUp window. */
  stabilizationWindowSeconds: number;
  stabilized: number;
  /** The scaling policy limit that held the change (Percent / Pods per period), or null. */
  rateLimit: { type: 'Pods' | 'Percent'; value: number; periodSeconds: number; limit: number } | null;
  minReplicas: number;
  maxReplicas: number;
  final: number;
}

export type HpaNotScaledReason =
  'WithinTolerance' | 'ScaleDownStabilized' | 'AtMaxReplicas' | 'AtMinReplicas' | 'NoMetrics' | 'ScalingDisabled';

/** A node decision of Cluster Autoscaler or Karpenter. */
export interface NodeBasis {
  provisioner: 'ClusterAutoscaler' | 'Karpenter';
  /** Pods that no node can schedule (Pending, unschedulable). */
  pendingPods: number;
  /** Pods the nodes already booting will take. */
  podsForBootingNodes: number;
  /** Pods one node of the chosen type holds (by CPU and memory requests). */
  podsPerNode: number;
  instanceType: string;
  /** Scale-down: the node's requested share of its allocatable CPU / memory (the larger), and the threshold. */
  utilization: number | null;
  threshold: number | null;
  /** How long the node had been unneeded / consolidatable, seconds. */
  unneededSeconds: number | null;
  nodesBefore: number;
  nodesAfter: number;
  /** Why, in one of a fixed set of words the narration explains. */
  rule: 'scaleUp' | 'scaleDownUnderutilized' | 'scaleDownEmpty' | 'consolidateEmpty' | 'consolidateUnderutilized' | 'atMaxSize';
}

export interface AppRunnerBasis {
  /** Requests in flight across the service (Little's law: served per second × latency, plus the queue). */
  concurrency: number;
  maxConcurrency: number;
  /** ceil(concurrency ÷ maxConcurrency). */
  wanted: number;
  minSize: number;
  maxSize: number;
  final: number;
}

export interface PredictiveHour {
  /** Simulated second the wall-clock hour starts (may be before 0 for the hour in progress at the start). */
  start: number;
  /** Forecast load: average requests per second in the hour. */
  load: number;
  /** Forecast capacity: tasks needed at the target. */
  capacity: number;
}

export interface PredictiveForecastBasis {
  policy: string;
  metricPair: string;
  targetValue: number;
  /** Days of load history the forecast used: assumed days before the run and days observed in it. */
  historyDays: number;
  observedDays: number;
  /** The forecast's hours inside the run (AWS forecasts 48 hours). */
  hours: PredictiveHour[];
}

export interface PredictiveScalingBasis {
  policy: string;
  mode: 'ForecastOnly' | 'ForecastAndScale';
  hour: PredictiveHour;
  schedulingBufferTime: number;
  /** The capacity the forecast asks for, after the maximum capacity rule. */
  capacity: number;
  maxCapacityBreachBehavior: 'HonorMaxCapacity' | 'IncreaseMaxCapacity';
  maxCapacity: number;
  desiredBefore: number;
  final: number;
}
