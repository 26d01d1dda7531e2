/**
 * Rules that span fields. Each adds an issue at the field a learner has to change, with a reason
 * they can act on. Runs once the shape is valid (zod runs refinements after the shape parses).
 */
import type { z } from 'zod';
import { FARGATE_PROVIDERS, serviceCapacity } from './capacity';
import { fargateSizeProblem } from './fargate';
import { ALARM_NAME_MAX, stepAlarmName } from './names';
import { EC2_INSTANCE_TYPES, resolveInstanceType } from './prices';
import { checkPlatform } from './platforms/checks';
import { parseSchedule } from './schedule-expressions';
import { checkRollout } from './rollout-checks';
import type { Scenario, StepAdjustment, StepScalingPolicy } from './schema';

export type Path = (string | number)[];
export type Add = (path: Path, message: string) => void;

const UTC_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.0+)?Z$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Why `text` is not a real UTC time (Date.parse rolls 2026-02-30 over to March 2), or null. */
function utcTimeProblem(text: string): string | null {
  const m = UTC_TIME.exec(text);
  if (!m) return 'must be a UTC time in whole seconds, like 2026-01-05T11:00:00Z';
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12) return `${String(month).padStart(2, '0')} is not a month (01–12)`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${m[1]}-${m[2]}-${m[3]} is not a date: ${MONTHS[month - 1]} ${year} has ${days} days`;
  if (hour > 23 || minute > 59 || second > 59) return `${m[4]}:${m[5]}:${m[6]} is not a time of day (00:00:00–23:59:59)`;
  return null;
}

const isFargateProvider = (name: string) => (FARGATE_PROVIDERS as readonly string[]).includes(name);

/** launchType or capacityProviderStrategy (never both), and a strategy AWS would accept. False when unusable. */
function checkCapacity(s: Scenario, add: Add): boolean {
  const { launchType, capacityProviderStrategy: strategy } = s.service;
  if (launchType && strategy) {
    add(
      ['service', 'capacityProviderStrategy'],
      'launchType and capacityProviderStrategy are mutually exclusive (AWS: with a capacity provider strategy, omit launchType); a service that sets launchType is ignored by capacity providers, so managed scaling never adds instances for its tasks',
    );
    return false;
  }
  if (!launchType && !strategy) {
    add(['service', 'launchType'], 'set launchType (FARGATE or EC2) or a capacityProviderStrategy');
    return false;
  }
  if (!strategy) return true;
  const cp = s.cluster?.capacityProviderName;
  const known = [...FARGATE_PROVIDERS, ...(cp ? [cp] : [])];
  let ok = true;
  const seen = new Set<string>();
  strategy.forEach((item, i) => {
    const path = ['service', 'capacityProviderStrategy', i, 'capacityProvider'];
    if (!known.includes(item.capacityProvider)) {
      add(
        path,
        `unknown capacity provider "${item.capacityProvider}": use FARGATE, FARGATE_SPOT${cp ? ` or the cluster's "${cp}"` : ', or add a cluster (its capacityProviderName) for EC2'}`,
      );
      ok = false;
    } else if (seen.has(item.capacityProvider)) {
      add(path, `"${item.capacityProvider}" is already in the strategy`);
      ok = false;
    }
    seen.add(item.capacityProvider);
  });
  if (!ok) return false;
  const fargate = strategy.filter((i) => isFargateProvider(i.capacityProvider)).length;
  if (fargate > 0 && fargate < strategy.length) {
    add(
      ['service', 'capacityProviderStrategy'],
      'a capacity provider strategy can contain Fargate capacity providers or Auto Scaling group capacity providers, not both',
    );
    ok = false;
  }
  const withBase = strategy.map((item, i) => ({ item, i })).filter((x) => x.item.base > 0);
  for (const x of withBase.slice(1))
    add(['service', 'capacityProviderStrategy', x.i, 'base'], 'only one capacity provider in a strategy can have a base');
  if (withBase.length > 1) ok = false;
  if (strategy.every((i) => i.weight === 0)) {
    add(
      ['service', 'capacityProviderStrategy'],
      'at least one capacity provider needs a weight greater than 0 (the default weight is 0, and a provider with weight 0 takes no tasks beyond its base)',
    );
    ok = false;
  }
  return ok;
}

function checkService(s: Scenario, add: Add): void {
  const time = utcTimeProblem(s.startTime);
  if (time) add(['startTime'], time);
  const start = s.service.taskStartSeconds;
  if (Array.isArray(start) && start[0] > start[1]) add(['service', 'taskStartSeconds'], 'the range must be [min, max] with min ≤ max');
  if (!checkPlatform(s, add)) return; // EKS and App Runner bring their own capacity (platforms/checks.ts)
  if (!checkCapacity(s, add)) return;
  const capacity = serviceCapacity(s.service);
  if (capacity?.kind === 'fargate') {
    const problem = fargateSizeProblem(s.service.cpu, s.service.memory);
    if (problem) add(['service', problem.field], problem.message); // §6
    if (s.cluster) add(['cluster'], 'only for EC2: Fargate provides the capacity, there are no instances to configure');
    // A Classic Load Balancer has no IP target type, and Fargate tasks (awsvpc) can only be IP targets.
    if (s.loadBalancer?.type === 'CLB')
      add(['loadBalancer', 'type'], 'a Classic Load Balancer does not support Fargate tasks; use ALB or NLB');
    return;
  }
  if (!s.cluster) {
    add(['cluster'], 'required for EC2: give the instance type and its Auto Scaling group');
    return;
  }
  const type = resolveInstanceType(s.cluster.instanceType);
  if (!type) {
    add(
      ['cluster', 'instanceType'],
      `unknown instance type ${JSON.stringify(s.cluster.instanceType)}; known: ${Object.keys(EC2_INSTANCE_TYPES).join(', ')}, or give { name, cpu, memory, pricePerHour }`,
    );
  } else {
    if (s.service.cpu > type.cpu)
      add(['service', 'cpu'], `a task needing ${s.service.cpu} CPU units never fits on ${type.name} (${type.cpu} CPU units)`);
    if (s.service.memory > type.registeredMemory)
      add(
        ['service', 'memory'],
        `a task needing ${s.service.memory} MiB never fits on ${type.name}: it registers ${type.registeredMemory} of its ${type.memory} MiB for tasks (the rest is kernel and platform overhead)`,
      );
  }
  const asg = s.cluster.autoScalingGroup;
  if (asg.minSize > asg.maxSize) add(['cluster', 'autoScalingGroup', 'minSize'], `must be ≤ maxSize (${asg.maxSize})`);
  else if (asg.desiredCapacity < asg.minSize || asg.desiredCapacity > asg.maxSize) {
    add(['cluster', 'autoScalingGroup', 'desiredCapacity'], `must be between minSize (${asg.minSize}) and maxSize (${asg.maxSize})`);
  }
  const ms = s.cluster.managedScaling;
  if (ms.minimumScalingStepSize > ms.maximumScalingStepSize) {
    add(['cluster', 'managedScaling', 'minimumScalingStepSize'], `must be ≤ maximumScalingStepSize (${ms.maximumScalingStepSize})`);
  }
}

function checkWorkload(s: Scenario, add: Add): void {
  const w = s.workload;
  const key = w.type === 'web' ? 'requestsPerSecond' : 'messagesPerSecond';
  const points = w.type === 'web' ? w.requestsPerSecond : w.messagesPerSecond;
  if (points[0] && points[0].at !== 0) add(['workload', key, 0, 'at'], 'the first point must be at 0');
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && p.at <= prev.at) add(['workload', key, i, 'at'], `must be after the previous point (${prev.at})`);
  });
  if (w.type === 'queue' && s.loadBalancer)
    add(['loadBalancer'], 'a queue worker takes its work from SQS, not from a load balancer; remove loadBalancer');
}

/** §2: contiguous ranges, no overlap, no gap, at most one open lower and one open upper bound. */
function checkSteps(steps: StepAdjustment[], add: Add, base: Path): void {
  const lower = (a: StepAdjustment) => a.metricIntervalLowerBound ?? -Infinity;
  const upper = (a: StepAdjustment) => a.metricIntervalUpperBound ?? Infinity;
  let bad = false;
  steps.forEach((a, i) => {
    if (a.metricIntervalLowerBound === undefined && a.metricIntervalUpperBound === undefined && steps.length > 1) {
      add([...base, i], 'only a single step may leave out both bounds');
      bad = true;
    } else if (lower(a) >= upper(a)) {
      add([...base, i, 'metricIntervalUpperBound'], 'must be greater than metricIntervalLowerBound');
      bad = true;
    }
  });
  if (steps.filter((a) => a.metricIntervalLowerBound === undefined).length > 1) {
    add(base, 'only one step may leave out metricIntervalLowerBound');
    bad = true;
  }
  if (steps.filter((a) => a.metricIntervalUpperBound === undefined).length > 1) {
    add(base, 'only one step may leave out metricIntervalUpperBound');
    bad = true;
  }
  if (bad) return;
  const order = steps.map((a, i) => ({ a, i })).sort((x, y) => lower(x.a) - lower(y.a));
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1] as { a: StepAdjustment; i: number };
    const cur = order[k] as { a: StepAdjustment; i: number };
    if (lower(cur.a) < upper(prev.a))
      add([...base, cur.i, 'metricIntervalLowerBound'], `overlaps step ${prev.i}; step ranges can't overlap`);
    else if (lower(cur.a) > upper(prev.a))
      add(
        [...base, cur.i, 'metricIntervalLowerBound'],
        `leaves a gap after step ${prev.i} (which ends at ${upper(prev.a)}); step ranges can't have a gap`,
      );
  }
}

function checkStepPolicy(s: Scenario, p: StepScalingPolicy, add: Add, base: Path): void {
  // The policy's alarm is named after it (names.ts stepAlarmName), and CloudWatch caps alarm names.
  const alarm = stepAlarmName(p.name);
  if (alarm.length > ALARM_NAME_MAX)
    add(
      [...base, 'name'],
      `must be at most ${ALARM_NAME_MAX - (alarm.length - p.name.length)} characters for a step scaling policy: its CloudWatch alarm, named after it with "-alarm", must fit CloudWatch's ${ALARM_NAME_MAX}`,
    );
  const m = p.alarm.metric;
  if (m === 'RequestCountPerTarget') {
    if (s.loadBalancer?.type !== 'ALB')
      add([...base, 'alarm', 'metric'], 'RequestCountPerTarget is an Application Load Balancer metric: add loadBalancer.type ALB');
    // §7: "The only valid statistic is Sum. This represents the average not the sum."
    if (p.alarm.statistic !== 'Sum')
      add(
        [...base, 'alarm', 'statistic'],
        'the only valid statistic for RequestCountPerTarget is Sum (it already is the per-target average)',
      );
  }
  if ((m === 'ApproximateNumberOfMessagesVisible' || m === 'BacklogPerTask') && s.workload.type !== 'queue') {
    add([...base, 'alarm', 'metric'], `${m} needs a queue workload`);
  }
  if (p.alarm.datapointsToAlarm !== undefined && p.alarm.datapointsToAlarm > p.alarm.evaluationPeriods) {
    add([...base, 'alarm', 'datapointsToAlarm'], `must be ≤ evaluationPeriods (${p.alarm.evaluationPeriods})`);
  }
  if (p.minAdjustmentMagnitude !== undefined && p.adjustmentType !== 'PercentChangeInCapacity') {
    add([...base, 'minAdjustmentMagnitude'], 'only applies with adjustmentType PercentChangeInCapacity');
  }
  if (p.adjustmentType === 'ExactCapacity') {
    p.stepAdjustments.forEach((a, i) => {
      if (a.scalingAdjustment < 0)
        add([...base, 'stepAdjustments', i, 'scalingAdjustment'], 'with ExactCapacity this is the new task count, so it must be ≥ 0');
    });
  }
  checkSteps(p.stepAdjustments, add, [...base, 'stepAdjustments']);
}

function checkAutoScaling(s: Scenario, add: Add): void {
  const a = s.autoScaling;
  if (a.minCapacity > a.maxCapacity) add(['autoScaling', 'minCapacity'], `must be ≤ maxCapacity (${a.maxCapacity})`);
  else if (s.service.desiredCount < a.minCapacity || s.service.desiredCount > a.maxCapacity) {
    add(['service', 'desiredCount'], `must be between autoScaling.minCapacity (${a.minCapacity}) and maxCapacity (${a.maxCapacity})`);
  }
  const names = new Set<string>();
  a.policies.forEach((p, i) => {
    const base: Path = ['autoScaling', 'policies', i];
    if (names.has(p.name)) add([...base, 'name'], `another policy is already named "${p.name}"`);
    names.add(p.name);
    if (p.policyType === 'StepScaling') {
      checkStepPolicy(s, p, add, base);
      return;
    }
    if (p.predefinedMetricType === 'ALBRequestCountPerTarget' && s.loadBalancer?.type !== 'ALB') {
      add([...base, 'predefinedMetricType'], 'ALBRequestCountPerTarget needs an Application Load Balancer: add loadBalancer.type ALB');
    }
    if (p.predefinedMetricType === 'SQSBacklogPerTask' && s.workload.type !== 'queue') {
      add([...base, 'predefinedMetricType'], 'SQSBacklogPerTask needs a queue workload');
    }
  });
  const actionNames = new Set<string>();
  a.scheduledActions.forEach((sa, i) => {
    const base: Path = ['autoScaling', 'scheduledActions', i];
    if (actionNames.has(sa.name)) add([...base, 'name'], `another scheduled action is already named "${sa.name}"`);
    actionNames.add(sa.name);
    const parsed = parseSchedule(sa.schedule);
    if (!parsed.ok) add([...base, 'schedule'], parsed.reason);
    if (sa.minCapacity === undefined && sa.maxCapacity === undefined) add([...base], 'set minCapacity, maxCapacity or both');
    if (sa.minCapacity !== undefined && sa.maxCapacity !== undefined && sa.minCapacity > sa.maxCapacity) {
      add([...base, 'minCapacity'], `must be ≤ maxCapacity (${sa.maxCapacity})`);
    }
  });
}

export function checkScenario(s: Scenario, ctx: z.RefinementCtx): void {
  const add: Add = (path, message) => ctx.addIssue({ code: 'custom', path, message });
  checkService(s, add);
  checkWorkload(s, add);
  checkAutoScaling(s, add);
  checkRollout(s, add);
}
