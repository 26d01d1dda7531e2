/** createSimulation: the state at t = 0, in steady state (SIMULATOR.md "Exact semantics" 1). */
import { newPolicyState } from './autoscaling';
import { managedScalingAlarms, newManagedScalingState } from './managed-scaling';
import { policyAlarms } from './policies';
import { TARGET_TRACKING_METRICS } from './policies/target-tracking';
import { serviceCapacity } from './capacity';
import { tasksPerInstance } from './capacity-provider';
import { addSteadyInstance } from './instances';
import { HISTOGRAM_SIZE } from './latency';
import { newMinuteAcc } from './metrics';
import { type ParseResult, parseScenario } from './parse';
import { fargateTaskPricePerSecond, registeredMemory, resolveInstanceType } from './prices';
import { compileProfile } from './profile';
import { compileSchedule, runScheduledActions } from './scheduled-actions';
import type { Scenario, ScenarioInput } from './schema';
import { createPlatform, platformCapacity } from './platforms';
import { createPredictive } from './predictive';
import { markServing } from './health';
import { markRunning, reconcile } from './tasks';
import { newRolloutState } from './deployments';
import type { Derived, SimState } from './types';

/** Thrown by simulate / createSimulation for input parseScenario rejects; carries every error. */
export class InvalidScenarioError extends Error {
  constructor(public readonly errors: Extract<ParseResult, { ok: false }>['errors']) {
    super(`invalid scenario: ${errors.map((e) => `${e.path || '(scenario)'}: ${e.message}`).join('; ')}`);
    this.name = 'InvalidScenarioError';
  }
}

function derive(sc: Scenario): Derived {
  const other = platformCapacity(sc); // EKS or App Runner (platforms/index.ts)
  const capacity = other
    ? { kind: other.fargate ? 'fargate' : 'ec2', viaCapacityProvider: false, providers: other.providers }
    : (serviceCapacity(sc.service) ?? { kind: 'fargate', viaCapacityProvider: false, providers: [] }); // parse has checked it
  const fargate = capacity.kind === 'fargate';
  const start = other?.start ?? sc.service.taskStartSeconds ?? (fargate ? [20, 90] : 5); // §6 / SIMULATOR.md defaults
  const instance = sc.cluster ? resolveInstanceType(sc.cluster.instanceType) : undefined;
  const node = other?.instance ? { cpu: other.instance.cpu, registeredMemory: registeredMemory(other.instance.memory) } : undefined;
  const workload = sc.workload;
  return {
    vcpu: sc.service.cpu / 1024,
    taskCpu: sc.service.cpu,
    taskMemory: sc.service.memory,
    startRange: typeof start === 'number' ? [start, start] : [start[0], start[1]],
    profile: compileProfile(workload.type === 'web' ? workload.requestsPerSecond : workload.messagesPerSecond),
    schedule: compileSchedule(sc),
    hasLoadBalancer: sc.loadBalancer !== undefined,
    isAlb: sc.loadBalancer?.type === 'ALB',
    fargate,
    providers: capacity.providers,
    viaCapacityProvider: capacity.viaCapacityProvider,
    // App Runner and EKS nodes are billed by platforms/ (their own prices), not here.
    taskPricePerSecond: capacity.providers.map((p) =>
      fargate && !other ? fargateTaskPricePerSecond(sc.service.cpu, sc.service.memory, p.spot) : 0,
    ),
    instanceCpu: instance?.cpu ?? node?.cpu ?? 0,
    instanceMemory: instance?.registeredMemory ?? node?.registeredMemory ?? 0,
    instancePricePerSecond: (instance?.pricePerHour ?? 0) / 3600,
    tasksPerInstance: instance ? tasksPerInstance(sc.service.cpu, sc.service.memory, instance.cpu, instance.registeredMemory) : 0,
    alarmSpecs: policyAlarms(sc),
    managedAlarmSpecs: sc.cluster ? managedScalingAlarms(sc.cluster) : [],
    highResolution: sc.autoScaling.policies.some(
      (p) => p.policyType === 'TargetTrackingScaling' && TARGET_TRACKING_METRICS[p.predefinedMetricType].periodSeconds === 20,
    ),
    platform: sc.platform.type,
  };
}

/**
 * Parses `input` (throws InvalidScenarioError when invalid) and returns the state at t = 0:
 * desiredCount tasks RUNNING and healthy, desiredCapacity instances registered and warm, then the
 * scheduled actions due at t = 0 applied.
 */
export function createSimulation(input: ScenarioInput | Scenario): SimState {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new InvalidScenarioError(parsed.errors);
  const sc = parsed.scenario;
  const d = derive(sc);
  const s: SimState = {
    scenario: sc,
    d,
    t: 0,
    done: false,
    rng: sc.seed | 0,
    desired: sc.service.desiredCount,
    minCapacity: sc.autoScaling.minCapacity,
    maxCapacity: sc.autoScaling.maxCapacity,
    tasks: [],
    nextTaskId: 1,
    instances: [],
    nextInstanceId: 1,
    nActive: 0,
    nRunning: 0,
    nServing: 0,
    nDraining: 0,
    nStopping: 0,
    drainBacklog: 0,
    providerCounts: d.providers.map(() => 0),
    billed: d.providers.map(() => 0),
    nextTaskEventAt: Infinity,
    nextInstanceEventAt: Infinity,
    profileCursor: 0,
    scheduleCursor: 0,
    webQueue: 0,
    cumCpuPerServing: 0,
    cumMemPerServing: 0,
    visible: sc.workload.type === 'queue' ? sc.workload.initialBacklog : 0,
    acc: newMinuteAcc(),
    ro: newRolloutState(sc, d.startRange),
    acc20: { cpuUsed: 0, cpuReserved: 0, memUsed: 0, memReserved: 0 },
    pendingMinute: [],
    pending20: [],
    policies: d.alarmSpecs.map((specs) => newPolicyState(specs.length)),
    managed: newManagedScalingState(),
    alarmHistory: [],
    notesSeen: [],
    cost: 0,
    totals: {
      offered: 0,
      served: 0,
      failed: 0,
      processed: 0,
      maxQueueVisible: sc.workload.type === 'queue' ? sc.workload.initialBacklog : 0,
      maxRunning: 0,
      maxDesired: sc.service.desiredCount,
      maxInstances: 0,
      scaleOuts: 0,
      scaleIns: 0,
      firstScaleOutAt: -1,
      latencyHistogram: sc.workload.type === 'web' ? new Array<number>(HISTOGRAM_SIZE).fill(0) : [],
    },
    minutes: [],
    events: [],
    platformState: null,
    predictive: null,
  };
  s.platformState = createPlatform(s);
  const asg = sc.cluster?.autoScalingGroup;
  for (let k = 0; k < (asg?.desiredCapacity ?? 0); k++) addSteadyInstance(s);
  reconcile(s, 0);
  // The steady state: placed tasks have long been RUNNING and healthy (they were launched before
  // t = 0, so no start time, no events and no Fargate minimum).
  for (const task of s.tasks) {
    task.launchedAt = -3600;
    if (task.status !== 'PENDING') continue;
    markRunning(s, task, 0, true);
    if (!task.serving) markServing(s, task, 0);
  }
  s.events = s.events.filter((e) => e.type !== 'TaskStateChange' || e.lastStatus !== 'PENDING');
  s.nextTaskEventAt = Infinity;
  s.totals.maxRunning = s.nRunning;
  runScheduledActions(s, 0);
  s.predictive = createPredictive(s);
  return s;
}
