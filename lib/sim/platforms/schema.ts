/**
 * Where the service runs (`platform`): Amazon ECS (the default; capacity from launchType or a
 * capacity provider strategy), Amazon EKS (a Deployment scaled by the Horizontal Pod Autoscaler, on
 * nodes from Cluster Autoscaler or Karpenter) or AWS App Runner (concurrency-based scaling).
 * Defaults are the documented ones, with sources in lib/sim/README.md ("Other platforms").
 */
import * as z from '../../zod';
import * as L from '../limits';

const int = () => z.number().int();

// HPAScalingRules (autoscaling/v2): "policies ... If not set, use the default values: For scale up:
// allow doubling the number of pods, or an absolute change of 4 pods in a 15s window. For scale
// down: allow all pods to be removed in a 15s window"; stabilizationWindowSeconds 0–3600, default
// 0 up and 300 down; selectPolicy default Max.
const hpaPolicy = z.strictObject({
  type: z.enum(['Pods', 'Percent']),
  value: int().positive().max(100000),
  periodSeconds: int().min(1).max(1800),
});
const rules = (window: number, policies: z.input<typeof hpaPolicy>[]) =>
  z
    .strictObject({
      stabilizationWindowSeconds: int().min(0).max(3600).default(window),
      selectPolicy: z.enum(['Max', 'Min', 'Disabled']).default('Max'),
      policies: z.array(hpaPolicy).min(1).max(10).default(policies),
    })
    .default({ stabilizationWindowSeconds: window, selectPolicy: 'Max', policies });

export const DEFAULT_SCALE_UP_POLICIES = [
  { type: 'Percent' as const, value: 100, periodSeconds: 15 },
  { type: 'Pods' as const, value: 4, periodSeconds: 15 },
];
export const DEFAULT_SCALE_DOWN_POLICIES = [{ type: 'Percent' as const, value: 100, periodSeconds: 15 }];

const hpa = z.strictObject({
  /** The Resource metric target: averageUtilization of the pods' CPU requests (service.cpu), percent. */
  targetCPUUtilizationPercentage: int().min(1).max(1000),
  /** kube-controller-manager --horizontal-pod-autoscaler-sync-period: default 15 s. */
  syncPeriodSeconds: int().min(1).max(300).default(15),
  /** --horizontal-pod-autoscaler-tolerance: default 0.1. */
  tolerance: z.number().min(0).max(1).default(0.1),
  /** metrics-server --metric-resolution: its own manifests set 15 s. */
  metricResolutionSeconds: int().min(10).max(300).default(15),
  behavior: z.strictObject({ scaleUp: rules(0, DEFAULT_SCALE_UP_POLICIES), scaleDown: rules(300, DEFAULT_SCALE_DOWN_POLICIES) }).default({
    scaleUp: { stabilizationWindowSeconds: 0, selectPolicy: 'Max', policies: DEFAULT_SCALE_UP_POLICIES },
    scaleDown: { stabilizationWindowSeconds: 300, selectPolicy: 'Max', policies: DEFAULT_SCALE_DOWN_POLICIES },
  }),
});

const instanceType = z.union(
  [
    z.string().min(1).max(L.MAX_INSTANCE_TYPE_NAME),
    z.strictObject({
      name: z.string().min(1).max(L.MAX_INSTANCE_TYPE_NAME),
      cpu: int().positive().max(L.MAX_INSTANCE_CPU),
      memory: int().positive().max(L.MAX_INSTANCE_MEMORY),
      pricePerHour: z.number().min(0).max(L.MAX_PRICE_PER_HOUR),
    }),
  ],
  { error: 'must be an instance type name such as m5.large, or { name, cpu, memory, pricePerHour }' },
);
const nodeCount = () => int().min(0).max(L.MAX_INSTANCES, `must be ≤ ${L.MAX_INSTANCES}`);

export const KARPENTER_DEFAULT_TYPES = ['c5.large', 'm5.large', 'r5.large', 'c5.xlarge', 'm5.xlarge', 'm5.2xlarge'];

const nodes = z.strictObject({
  provisioner: z.enum(['ClusterAutoscaler', 'Karpenter']),
  /** Cluster Autoscaler: the node group's instance type; Karpenter: the type of the nodes at t = 0. */
  instanceType: instanceType.default('m5.large'),
  /** The node group's sizes (Cluster Autoscaler); with Karpenter, nodes at t = 0 and a cap on nodes. */
  minSize: nodeCount().default(0),
  maxSize: nodeCount().default(20),
  desiredCapacity: nodeCount(),
  /** From launch to a Ready node that takes pods (INFERRED: 90 s, like ECS registration; Karpenter default 55 s, "under a minute"). */
  nodeReadySeconds: int().min(0).max(L.MAX_START_SECONDS).optional(),
  clusterAutoscaler: z
    .strictObject({
      scanIntervalSeconds: int().min(1).max(600).default(10),
      scaleDownUnneededTimeSeconds: int().min(0).max(86400).default(600),
      scaleDownDelayAfterAddSeconds: int().min(0).max(86400).default(600),
      scaleDownUtilizationThreshold: z.number().min(0).max(1).default(0.5),
    })
    .default({
      scanIntervalSeconds: 10,
      scaleDownUnneededTimeSeconds: 600,
      scaleDownDelayAfterAddSeconds: 600,
      scaleDownUtilizationThreshold: 0.5,
    }),
  karpenter: z
    .strictObject({
      /** The NodePool's node.kubernetes.io/instance-type requirement. */
      instanceTypes: z.array(z.string().min(1).max(L.MAX_INSTANCE_TYPE_NAME)).min(1).max(20).default(KARPENTER_DEFAULT_TYPES),
      consolidationPolicy: z.enum(['WhenEmptyOrUnderutilized', 'WhenEmpty']).default('WhenEmptyOrUnderutilized'),
      consolidateAfterSeconds: int().min(0).max(86400).default(0),
    })
    .default({ instanceTypes: KARPENTER_DEFAULT_TYPES, consolidationPolicy: 'WhenEmptyOrUnderutilized', consolidateAfterSeconds: 0 }),
});

const eks = z.strictObject({
  type: z.literal('EKS'),
  /** Control plane: $0.10 per cluster-hour in standard support, $0.60 in extended support. */
  supportType: z.enum(['STANDARD', 'EXTENDED']).default('STANDARD'),
  hpa,
  nodes,
});

const appRunner = z.strictObject({
  type: z.literal('APP_RUNNER'),
  /** AutoScalingConfiguration MaxConcurrency: default 100 (1–200). MinSize / MaxSize come from autoScaling. */
  maxConcurrency: int().min(1).max(200).default(100),
});

export const platformSchema = z
  .discriminatedUnion('type', [z.strictObject({ type: z.literal('ECS') }), eks, appRunner])
  .default({ type: 'ECS' });

export type Platform = z.output<typeof platformSchema>;
export type EksPlatform = z.output<typeof eks>;
export type AppRunnerPlatform = z.output<typeof appRunner>;
export type HpaRules = EksPlatform['hpa']['behavior']['scaleUp'];
