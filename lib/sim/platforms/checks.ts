/**
 * Cross-field rules for `platform` and the predictive scaling policy (called from schema-checks.ts).
 * ECS keeps its own capacity rules; EKS and App Runner bring their own capacity and scaling, so the
 * ECS-only keys are refused with the key that replaces them (and deployments and incidents, which
 * the engine models for ECS services only).
 */
import { EC2_INSTANCE_TYPES, resolveInstanceType } from '../prices';
import type { Scenario } from '../schema';

type Add = (path: (string | number)[], message: string) => void;

/** App Runner InstanceConfiguration: the vCPU / memory pairs AWS offers (API reference, CDK's Memory class). */
export const APP_RUNNER_SIZES: Readonly<Record<number, readonly number[]>> = {
  256: [512, 1024],
  512: [1024],
  1024: [2048, 3072, 4096],
  2048: [4096, 6144],
  4096: [8192, 10240, 12288],
};

/** App Runner MinSize and MaxSize are 1–25 (AutoScalingConfiguration; default MaxSize 25). */
export const APP_RUNNER_MAX_SIZE = 25;

function ecsOnly(s: Scenario, add: Add, platform: string, instead: string): void {
  if (s.service.launchType) add(['service', 'launchType'], `only for ECS: on ${platform} ${instead}`);
  if (s.service.capacityProviderStrategy) add(['service', 'capacityProviderStrategy'], `only for ECS: on ${platform} ${instead}`);
  if (s.cluster) add(['cluster'], `only for ECS: on ${platform} ${instead}`);
  if (s.autoScaling.policies.length > 0)
    add(['autoScaling', 'policies'], `Application Auto Scaling policies scale ECS services; on ${platform} ${instead}`);
  if (s.autoScaling.scheduledActions.length > 0)
    add(['autoScaling', 'scheduledActions'], `the model runs scheduled actions on ECS only; on ${platform} ${instead}`);
  if (s.autoScaling.predictiveScaling) add(['autoScaling', 'predictiveScaling'], 'predictive scaling is an ECS service policy');
  // Deployments and incidents model the ECS service scheduler (rollout-schema.ts), not a Kubernetes
  // Deployment's rolling update or App Runner's own deployments.
  const rollout = `the simulator models ECS deployments and incidents only; on ${platform} they are not modelled`;
  if (s.deploymentConfiguration) add(['deploymentConfiguration'], rollout);
  if (s.deployments.length > 0) add(['deployments'], rollout);
  if (s.incidents.length > 0) add(['incidents'], rollout);
}

function checkInstanceType(spec: Parameters<typeof resolveInstanceType>[0], s: Scenario, add: Add, path: (string | number)[]): void {
  const type = resolveInstanceType(spec);
  if (!type) {
    add(
      path,
      `unknown instance type ${JSON.stringify(spec)}; known: ${Object.keys(EC2_INSTANCE_TYPES).join(', ')}, or give { name, cpu, memory, pricePerHour }`,
    );
    return;
  }
  if (s.service.cpu > type.cpu || s.service.memory > type.registeredMemory)
    add(
      path,
      `a pod requesting ${s.service.cpu} CPU units and ${s.service.memory} MiB never fits on ${type.name} (${type.cpu} CPU units, ${type.registeredMemory} MiB allocatable)`,
    );
}

function checkEks(s: Scenario, add: Add): void {
  if (s.platform.type !== 'EKS') return;
  ecsOnly(s, add, 'EKS', 'the Horizontal Pod Autoscaler (platform.hpa) scales the pods and platform.nodes gives the nodes');
  const n = s.platform.nodes;
  const base = ['platform', 'nodes'];
  checkInstanceType(n.instanceType, s, add, [...base, 'instanceType']);
  if (n.minSize > n.maxSize) add([...base, 'minSize'], `must be ≤ maxSize (${n.maxSize})`);
  else if (n.desiredCapacity < n.minSize || n.desiredCapacity > n.maxSize)
    add([...base, 'desiredCapacity'], `must be between minSize (${n.minSize}) and maxSize (${n.maxSize})`);
  if (n.provisioner === 'Karpenter')
    n.karpenter.instanceTypes.forEach((t, i) => {
      const type = EC2_INSTANCE_TYPES[t];
      if (!type)
        add(
          [...base, 'karpenter', 'instanceTypes', i],
          `unknown instance type "${t}"; known: ${Object.keys(EC2_INSTANCE_TYPES).join(', ')}`,
        );
    });
}

function checkAppRunner(s: Scenario, add: Add): void {
  if (s.platform.type !== 'APP_RUNNER') return;
  ecsOnly(s, add, 'App Runner', 'it scales on concurrent requests per instance (platform.maxConcurrency)');
  if (s.loadBalancer) add(['loadBalancer'], 'App Runner has its own load balancer; remove loadBalancer');
  if (s.workload.type !== 'web') add(['workload', 'type'], 'App Runner runs web services (it scales on concurrent requests)');
  const memories = APP_RUNNER_SIZES[s.service.cpu];
  if (!memories) add(['service', 'cpu'], 'App Runner offers 256, 512, 1024, 2048 or 4096 CPU units (0.25–4 vCPU)');
  else if (!memories.includes(s.service.memory))
    add(['service', 'memory'], `with ${s.service.cpu} CPU units App Runner offers ${memories.join(', ')} MiB`);
  const a = s.autoScaling;
  if (a.minCapacity < 1 || a.minCapacity > APP_RUNNER_MAX_SIZE)
    add(['autoScaling', 'minCapacity'], `App Runner's MinSize is 1–${APP_RUNNER_MAX_SIZE}`);
  if (a.maxCapacity > APP_RUNNER_MAX_SIZE)
    add(['autoScaling', 'maxCapacity'], `App Runner's MaxSize is at most ${APP_RUNNER_MAX_SIZE} (the default)`);
}

function checkPredictive(s: Scenario, add: Add): void {
  const p = s.autoScaling.predictiveScaling;
  if (!p || s.platform.type !== 'ECS') return;
  const base = ['autoScaling', 'predictiveScaling'];
  if (s.workload.type !== 'web') add([...base, 'metricPair'], 'the model forecasts request load: use a web workload');
  if (p.metricPair === 'ALBRequestCount' && s.loadBalancer?.type !== 'ALB')
    add([...base, 'metricPair'], 'ALBRequestCount needs an Application Load Balancer: add loadBalancer.type ALB');
  if (p.maxCapacityBuffer !== undefined && p.maxCapacityBreachBehavior !== 'IncreaseMaxCapacity')
    add([...base, 'maxCapacityBuffer'], 'only with maxCapacityBreachBehavior IncreaseMaxCapacity (AWS: "cannot be used otherwise")');
  if (p.maxCapacityBreachBehavior === 'IncreaseMaxCapacity' && p.maxCapacityBuffer === undefined)
    add([...base, 'maxCapacityBuffer'], 'required with IncreaseMaxCapacity (a percentage of the forecast, 0–100)');
}

/** True when the ECS capacity rules apply (the platform is ECS). */
export function checkPlatform(s: Scenario, add: Add): boolean {
  checkEks(s, add);
  checkAppRunner(s, add);
  checkPredictive(s, add);
  return s.platform.type === 'ECS';
}
