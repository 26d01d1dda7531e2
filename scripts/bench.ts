/**
 * Engine benchmarks (SIMULATOR.md "Performance"), in process. Each case is warmed up, then timed
 * several times; the median is printed as
 *   bench <case>: <simulated seconds> simulated in <ms> ms (<ratio>x real time)
 * Then every preset is stretched to a day (its load profile holds its last value); the busiest,
 * the one whose day has the most events (task starts and stops, alarms, activities), is timed the
 * same way.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { simulate, type ScenarioInput } from '../lib/sim';

const DAY = 86400;

/** A day of web traffic: night trough, morning ramp, lunch peak, evening decline (requests/s). */
const dailyTraffic = [
  { at: 0, value: 300 },
  { at: 6 * 3600, value: 2000, rampSeconds: 2 * 3600 },
  { at: 11 * 3600, value: 9000, rampSeconds: 3600 },
  { at: 13 * 3600, value: 5000, rampSeconds: 3600 },
  { at: 18 * 3600, value: 2500, rampSeconds: 2 * 3600 },
  { at: 22 * 3600, value: 400, rampSeconds: 2 * 3600 },
];

const cases: Record<string, ScenarioInput> = {
  'ec2-web-24h': {
    version: 1,
    seed: 11,
    durationSeconds: DAY,
    service: {
      capacityProviderStrategy: [{ capacityProvider: 'ec2-capacity-provider', weight: 1 }],
      cpu: 512,
      memory: 1024,
      desiredCount: 10,
    },
    loadBalancer: { type: 'ALB' },
    cluster: {
      instanceType: 'm5.xlarge',
      autoScalingGroup: { minSize: 1, maxSize: 60, desiredCapacity: 2 },
      managedScaling: { targetCapacity: 90 },
    },
    workload: { type: 'web', requestsPerSecond: dailyTraffic, cpuSecondsPerRequest: 0.01, noise: 0.1 },
    autoScaling: {
      minCapacity: 4,
      maxCapacity: 200,
      policies: [
        { name: 'cpu60', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: 60 },
        {
          name: 'cpu-burst',
          policyType: 'StepScaling',
          alarm: { metric: 'CPUUtilization', comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 85, evaluationPeriods: 2 },
          adjustmentType: 'PercentChangeInCapacity',
          minAdjustmentMagnitude: 2,
          stepAdjustments: [{ metricIntervalLowerBound: 0, scalingAdjustment: 30 }],
          cooldown: 120,
        },
      ],
      scheduledActions: [
        { name: 'morning', schedule: 'cron(0 7 * * ? *)', minCapacity: 40 },
        { name: 'evening', schedule: 'cron(0 20 * * ? *)', minCapacity: 4 },
      ],
    },
  },
  'fargate-web-24h': {
    version: 1,
    seed: 5,
    durationSeconds: DAY,
    service: { launchType: 'FARGATE', cpu: 1024, memory: 2048, desiredCount: 4 },
    loadBalancer: { type: 'ALB' },
    workload: { type: 'web', requestsPerSecond: dailyTraffic, cpuSecondsPerRequest: 0.02, noise: 0.05 },
    autoScaling: {
      minCapacity: 2,
      maxCapacity: 300,
      policies: [
        { name: 'cpu50', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ECSServiceAverageCPUUtilization', targetValue: 50 },
        { name: 'rps', policyType: 'TargetTrackingScaling', predefinedMetricType: 'ALBRequestCountPerTarget', targetValue: 3000 },
      ],
    },
  },
  'queue-worker-24h': {
    version: 1,
    seed: 3,
    durationSeconds: DAY,
    service: { launchType: 'FARGATE', cpu: 512, memory: 1024, desiredCount: 2 },
    workload: {
      type: 'queue',
      messagesPerSecond: [
        { at: 0, value: 5 },
        { at: 8 * 3600, value: 60, rampSeconds: 3600 },
        { at: 17 * 3600, value: 10, rampSeconds: 3600 },
      ],
      secondsPerMessage: 2,
      initialBacklog: 500,
      noise: 0.2,
    },
    autoScaling: {
      minCapacity: 1,
      maxCapacity: 200,
      policies: [{ name: 'backlog', policyType: 'TargetTrackingScaling', predefinedMetricType: 'SQSBacklogPerTask', targetValue: 30 }],
    },
  },
};

// EKS over the same day: up to 200 pods (0.5 vCPU) under the HPA, on Cluster Autoscaler nodes and on Karpenter.
const eksDay = (provisioner: 'ClusterAutoscaler' | 'Karpenter'): ScenarioInput => ({
  version: 1,
  seed: 11,
  durationSeconds: DAY,
  service: { cpu: 512, memory: 1024, desiredCount: 10 },
  loadBalancer: { type: 'ALB' },
  workload: { type: 'web', requestsPerSecond: dailyTraffic, cpuSecondsPerRequest: 0.01, noise: 0.1 },
  platform: {
    type: 'EKS',
    hpa: { targetCPUUtilizationPercentage: 60 },
    nodes: { provisioner, instanceType: 'm5.xlarge', minSize: 1, maxSize: 60, desiredCapacity: 2 },
  },
  autoScaling: { minCapacity: 4, maxCapacity: 200 },
});
cases['eks-web-24h'] = eksDay('ClusterAutoscaler');
cases['eks-karpenter-web-24h'] = eksDay('Karpenter');
// The 24-hour, 200-task case with a rolling deployment (a revision that needs more CPU, with the
// circuit breaker) in the morning ramp and an Availability Zone outage at the lunch peak (issue 15).
const ec2 = cases['ec2-web-24h'] as ScenarioInput;
cases['ec2-web-24h-deploy-incident'] = {
  ...ec2,
  availabilityZones: ['us-east-1a', 'us-east-1b', 'us-east-1c'],
  deploymentConfiguration: { minimumHealthyPercent: 100, maximumPercent: 200, deploymentCircuitBreaker: { enable: true, rollback: true } },
  deployments: [{ at: 8 * 3600, name: 'v2', revision: { cpuPerRequestFactor: 1.2 } }],
  incidents: [
    { type: 'AvailabilityZoneOutage', at: 12 * 3600, durationSeconds: 3600, availabilityZone: 'us-east-1b' },
    { type: 'TaskCrash', at: 15 * 3600, count: 20 },
  ],
};

const RUNS = 15;
const WARM_UP = 3;

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** The median wall time of simulating `scenario`, after warm-up runs. */
function time(scenario: ScenarioInput, runs = RUNS): { ms: number; seconds: number } {
  for (let k = 0; k < WARM_UP; k++) simulate(scenario);
  const times: number[] = [];
  let seconds = 0;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    const result = simulate(scenario);
    times.push(performance.now() - start);
    seconds = result.minutes.at(-1)?.t ?? 0;
  }
  return { ms: median(times), seconds };
}

const line = (name: string, { ms, seconds }: { ms: number; seconds: number }) =>
  `bench ${name}: ${seconds} simulated in ${ms.toFixed(1)} ms (${Math.round((seconds * 1000) / ms)}x real time)`;

for (const [name, scenario] of Object.entries(cases)) console.log(line(name, time(scenario)));

const dir = new URL('../content/scenarios/', import.meta.url);
let busiest: { name: string; scenario: ScenarioInput; events: number } | undefined;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
  const preset = parse(readFileSync(new URL(file, dir), 'utf8')) as ScenarioInput;
  const scenario = { ...preset, durationSeconds: DAY };
  const events = simulate(scenario).events.length;
  if (!busiest || events > busiest.events) busiest = { name: file.replace(/\.yaml$/, ''), scenario, events };
}
if (busiest) console.log(line(`busiest preset over a day (${busiest.name}, ${busiest.events} events)`, time(busiest.scenario)));
