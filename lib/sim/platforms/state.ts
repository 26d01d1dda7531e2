/** The EKS and App Runner scalers' state, plain data inside SimState (structured-clone-able). */

export interface HpaState {
  /** [t, recommendation] of recent syncs, oldest first (the stabilization windows read them). */
  recommendations: number[];
  /** [t, change in replicas] of recent scale events (the scaling policies' periods read them). */
  scaleEvents: number[];
  /** cumCpuPerServing at the last two metric-resolution boundaries: the metrics window. */
  sampleAt: number;
  sampleCum: number;
  windowCpu: number | null;
  /** The last not-scaled reason said ('' after an activity), so each is said once. */
  lastOutcome: string;
}

export interface NodeState {
  /** Node id → when it became unneeded (Cluster Autoscaler) or consolidatable (Karpenter); absent = needed. */
  unneededSince: Record<number, number>;
  /** The last node scale-up (Cluster Autoscaler's scale-down-delay-after-add). */
  lastScaleUpAt: number;
  /** Karpenter batching: when the current batch of pending pods was first seen. */
  batchSince: number;
  /** Sum of the nodes' prices per second (billing). */
  pricePerSecond: number;
  /** The last "at max size" said, so it is said once. */
  lastOutcome: string;
}

export interface AppRunnerState {
  /** Requests in flight now (Little's law), measured each second. */
  lastOutcome: string;
  /** When the instance count last went down or up (scale-in waits). */
  lastChangeAt: number;
}

export interface PlatformState {
  hpa: HpaState | null;
  nodes: NodeState | null;
  appRunner: AppRunnerState | null;
  /** Control plane (EKS) per second, USD. */
  fixedPricePerSecond: number;
}
