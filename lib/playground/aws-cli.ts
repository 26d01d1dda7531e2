/**
 * "Copy as AWS CLI": a bash/zsh script that builds this scenario in a real account, end to end —
 * cluster, task definition, EC2 capacity (launch template, Auto Scaling group, capacity provider),
 * service, scalable target, scaling policies with their alarms, scheduled actions. Shapes follow the
 * AWS CLI and API references; every command passes the AWS CLI's parameter validation (tested
 * against the real CLI). Values a scenario cannot know (subnets, image, target group) are shell
 * variables set once at the top; ARNs a later command needs are captured with --query … --output text.
 * The script is built as data (shell.ts) and rendered so that no value can become shell syntax.
 */
import {
  ecsNameProblem,
  stepAlarmName,
  TARGET_TRACKING_METRICS,
  type CapacityProviderStrategyItem,
  type PredictiveScalingPolicy,
  type Scenario,
  type StepScalingPolicy,
  type TargetTrackingPolicy,
} from '@/lib/sim';
import { renderScript, type Command, type Line, type Part, type Word } from './shell';

export interface CliOptions {
  cluster: string;
  service: string;
  /** Default value of the QUEUE_NAME placeholder (SQS backlog metrics). */
  queue: string;
  /** Update an existing service (update-service) instead of creating it. */
  existingService: boolean;
}

export interface CliScript {
  text: string;
  notes: string[];
  /** The script as data: what each command's arguments are before the shell sees them. */
  lines: Line[];
  /** The placeholder variables the script sets at its top, with their values. */
  placeholders: Record<string, string>;
  /** Set when no script is generated (EKS, App Runner): why, and what to use instead. The text is then empty. */
  unavailable?: string;
}

/** A name made of lower-case letters, digits and single hyphens, never ending in one. */
export function kebab(text: string, fallback: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return s || fallback;
}

const v = (variable: string): Part => ({ variable });

/** JSON with variables spliced in where `ref(NAME)` stands: '{"a":"'"${NAME}"'"}'. */
function json(value: unknown, refs: Record<string, string> = {}): Word {
  const text = JSON.stringify(value, null, 2);
  const token = /@@([A-Z][A-Z0-9_]*)@@/g;
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(token)) {
    if (!((m[1] as string) in refs)) throw new Error(`unexpected ${m[0]} in a JSON argument`);
    parts.push(text.slice(last, m.index), v(m[1] as string));
    last = (m.index as number) + m[0].length;
  }
  parts.push(text.slice(last));
  return parts.length === 1 ? text : parts;
}
const ref = (name: string) => `@@${name}@@`;

interface Names {
  cluster: string;
  service: string;
  asg: string;
  launchTemplate: string;
}

function checkName(what: string, name: string, problem: (n: string) => string | null): void {
  const p = problem(name);
  if (p) throw new Error(`${what} ${JSON.stringify(name)}: ${p}`);
}

function resolveNames(o: CliOptions): Names {
  checkName('cluster name', o.cluster, ecsNameProblem);
  checkName('service name', o.service, ecsNameProblem);
  const names = { cluster: o.cluster, service: o.service, asg: `${o.cluster}-asg`, launchTemplate: `${o.cluster}-ecs-instances` };
  if (names.launchTemplate.length > 128)
    throw new Error(`cluster name is too long to name its launch template (${names.launchTemplate.length} > 128)`);
  return names;
}

const aws = (comment: string[], argv: Word[], capture?: string): Line => ({
  kind: 'command',
  command: { comment, argv: ['aws', ...argv], ...(capture ? { capture } : {}) } satisfies Command,
});

const strategyWords = (items: readonly CapacityProviderStrategyItem[]): string[] =>
  items.map((i) => `capacityProvider=${i.capacityProvider},base=${i.base},weight=${i.weight}`);

/**
 * The service's 20-second metrics (ECS MonitoringConfiguration): the high-resolution predefined
 * metrics read CPUUtilization / MemoryUtilization at 20 s only when the service publishes them so.
 */
function highResolutionMetrics(sc: Scenario): string[] {
  const names = sc.autoScaling.policies.flatMap((p) => {
    if (p.policyType !== 'TargetTrackingScaling') return [];
    const m = TARGET_TRACKING_METRICS[p.predefinedMetricType];
    return m.periodSeconds === 20 ? [m.metric] : [];
  });
  return [...new Set(names)];
}

const monitoringWords = (metrics: string[]): Word[] =>
  metrics.length === 0
    ? []
    : ['--monitoring-configuration', json({ metricConfigurations: [{ metricNames: metrics, resolutionSeconds: 20 }] })];

const target = (n: Names): string[] => [
  '--service-namespace',
  'ecs',
  '--scalable-dimension',
  'ecs:service:DesiredCount',
  '--resource-id',
  `service/${n.cluster}/${n.service}`,
];

const CONFIG_FLAG = {
  StepScaling: '--step-scaling-policy-configuration',
  TargetTrackingScaling: '--target-tracking-scaling-policy-configuration',
  PredictiveScaling: '--predictive-scaling-policy-configuration',
} as const;

const putScalingPolicy = (n: Names, name: string, type: keyof typeof CONFIG_FLAG, config: Word): Word[] => [
  'application-autoscaling',
  'put-scaling-policy',
  ...target(n),
  '--policy-name',
  name,
  '--policy-type',
  type,
  CONFIG_FLAG[type],
  config,
];

/**
 * PredictiveScalingPolicyConfiguration (Application Auto Scaling API): one MetricSpecification with
 * a TargetValue and a PredefinedMetricPairSpecification (ALBRequestCount needs the target group's
 * ResourceLabel), Mode, SchedulingBufferTime, MaxCapacityBreachBehavior and, only with
 * IncreaseMaxCapacity, MaxCapacityBuffer.
 */
export function predictiveConfig(p: PredictiveScalingPolicy): Record<string, unknown> {
  return {
    MetricSpecifications: [
      {
        TargetValue: p.targetValue,
        PredefinedMetricPairSpecification: {
          PredefinedMetricType: p.metricPair,
          ...(p.metricPair === 'ALBRequestCount' ? { ResourceLabel: `${ref('LOAD_BALANCER_LABEL')}/${ref('TARGET_GROUP_LABEL')}` } : {}),
        },
      },
    ],
    Mode: p.mode,
    SchedulingBufferTime: p.schedulingBufferTime,
    MaxCapacityBreachBehavior: p.maxCapacityBreachBehavior,
    ...(p.maxCapacityBreachBehavior === 'IncreaseMaxCapacity' ? { MaxCapacityBuffer: p.maxCapacityBuffer ?? 0 } : {}),
  };
}

/** Why the script is ECS-only, for a scenario on another platform. */
const NOT_ECS: Record<'EKS' | 'APP_RUNNER', string> = {
  EKS: 'This scenario runs on Amazon EKS: its scaling is a Kubernetes HorizontalPodAutoscaler and Cluster Autoscaler or Karpenter, configured with kubectl, Helm or eksctl, not with ECS and Application Auto Scaling commands. The playground generates AWS CLI scripts for ECS scenarios only; switch the platform to ECS (or run the comparison) to get one.',
  APP_RUNNER:
    'This scenario runs on AWS App Runner, which has been closed to new customers since April 30, 2026; AWS points new customers to Amazon ECS Express Mode. The playground generates AWS CLI scripts for ECS scenarios only.',
};

const usesRunningTaskCount = (sc: Scenario) =>
  sc.autoScaling.policies.some((p) =>
    p.policyType === 'TargetTrackingScaling' ? p.predefinedMetricType === 'SQSBacklogPerTask' : p.alarm.metric === 'BacklogPerTask',
  );
const usesAlbLabels = (sc: Scenario) =>
  sc.autoScaling.predictiveScaling?.metricPair === 'ALBRequestCount' ||
  sc.autoScaling.policies.some((p) =>
    p.policyType === 'TargetTrackingScaling'
      ? p.predefinedMetricType === 'ALBRequestCountPerTarget'
      : p.alarm.metric === 'RequestCountPerTarget',
  );
const usesQueue = (sc: Scenario) =>
  sc.autoScaling.policies.some((p) =>
    p.policyType === 'TargetTrackingScaling'
      ? p.predefinedMetricType === 'SQSBacklogPerTask'
      : p.alarm.metric === 'BacklogPerTask' || p.alarm.metric === 'ApproximateNumberOfMessagesVisible',
  );

/** Backlog per task as metric math: the queue's visible messages over Container Insights' running tasks. */
function backlogMetrics(n: Names, withPeriod: boolean): unknown[] {
  const period = withPeriod ? { Period: 60 } : {};
  return [
    {
      Id: 'm1',
      Label: 'Messages waiting in the queue',
      ReturnData: false,
      MetricStat: {
        Metric: {
          Namespace: 'AWS/SQS',
          MetricName: 'ApproximateNumberOfMessagesVisible',
          Dimensions: [{ Name: 'QueueName', Value: ref('QUEUE_NAME') }],
        },
        ...period,
        Stat: 'Sum',
      },
    },
    {
      Id: 'm2',
      Label: 'Running tasks',
      ReturnData: false,
      MetricStat: {
        Metric: {
          Namespace: 'ECS/ContainerInsights',
          MetricName: 'RunningTaskCount',
          Dimensions: [
            { Name: 'ClusterName', Value: n.cluster },
            { Name: 'ServiceName', Value: n.service },
          ],
        },
        ...period,
        Stat: 'Average',
      },
    },
    { Id: 'e1', Label: 'Backlog per task', Expression: 'm1 / m2', ReturnData: true },
  ];
}

const REFS = { QUEUE_NAME: '', LOAD_BALANCER_LABEL: '', TARGET_GROUP_LABEL: '', INSTANCE_PROFILE: '', IMAGE: '' };

function targetTrackingConfig(p: TargetTrackingPolicy, n: Names): Record<string, unknown> {
  const config: Record<string, unknown> = { TargetValue: p.targetValue };
  if (p.predefinedMetricType === 'SQSBacklogPerTask') config.CustomizedMetricSpecification = { Metrics: backlogMetrics(n, false) };
  else {
    const spec: Record<string, string> = { PredefinedMetricType: p.predefinedMetricType };
    if (p.predefinedMetricType === 'ALBRequestCountPerTarget')
      spec.ResourceLabel = `${ref('LOAD_BALANCER_LABEL')}/${ref('TARGET_GROUP_LABEL')}`;
    config.PredefinedMetricSpecification = spec;
  }
  config.ScaleOutCooldown = p.scaleOutCooldown;
  config.ScaleInCooldown = p.scaleInCooldown;
  if (p.disableScaleIn) config.DisableScaleIn = true;
  return config;
}

const ECS_DIMENSIONS = (n: Names): Word[] => [`Name=ClusterName,Value=${n.cluster}`, `Name=ServiceName,Value=${n.service}`];
const ALARM_METRIC: Record<string, { namespace: string; dimensions: (n: Names) => Word[] } | undefined> = {
  CPUUtilization: { namespace: 'AWS/ECS', dimensions: ECS_DIMENSIONS },
  MemoryUtilization: { namespace: 'AWS/ECS', dimensions: ECS_DIMENSIONS },
  RequestCountPerTarget: {
    namespace: 'AWS/ApplicationELB',
    dimensions: () => [['Name=TargetGroup,Value=', v('TARGET_GROUP_LABEL')]],
  },
  ApproximateNumberOfMessagesVisible: { namespace: 'AWS/SQS', dimensions: () => [['Name=QueueName,Value=', v('QUEUE_NAME')]] },
};

export const policyArnVariable = (index: number) => `POLICY_ARN_${index + 1}`;

function stepPolicy(p: StepScalingPolicy, index: number, n: Names): Line[] {
  const config: Record<string, unknown> = {
    AdjustmentType: p.adjustmentType,
    StepAdjustments: p.stepAdjustments.map((s) => ({
      ...(s.metricIntervalLowerBound === undefined ? {} : { MetricIntervalLowerBound: s.metricIntervalLowerBound }),
      ...(s.metricIntervalUpperBound === undefined ? {} : { MetricIntervalUpperBound: s.metricIntervalUpperBound }),
      ScalingAdjustment: s.scalingAdjustment,
    })),
    Cooldown: p.cooldown,
  };
  // MetricAggregationType accepts Average, Minimum, Maximum (the alarm itself may use Sum).
  if (p.alarm.statistic !== 'Sum') config.MetricAggregationType = p.alarm.statistic ?? 'Average';
  if (p.minAdjustmentMagnitude !== undefined) config.MinAdjustmentMagnitude = p.minAdjustmentMagnitude;
  const arn = policyArnVariable(index);
  const a = p.alarm;
  const metric = ALARM_METRIC[a.metric];
  // A metric math alarm cannot take --statistic or --period: each of its metrics has its own.
  const source: Word[] = metric
    ? [
        '--namespace',
        metric.namespace,
        '--metric-name',
        a.metric,
        '--dimensions',
        ...metric.dimensions(n),
        '--statistic',
        a.statistic ?? 'Average',
        '--period',
        '60',
      ]
    : ['--metrics', json(backlogMetrics(n, true), REFS)];
  return [
    { kind: 'blank' },
    aws(
      [`Step scaling policy ${p.name}; its ARN goes into the alarm below (${arn}).`],
      [...putScalingPolicy(n, p.name, 'StepScaling', json(config)), '--query', 'PolicyARN', '--output', 'text'],
      arn,
    ),
    aws(
      [`The CloudWatch alarm that invokes ${p.name}.`],
      [
        'cloudwatch',
        'put-metric-alarm',
        '--alarm-name',
        stepAlarmName(p.name),
        ...source,
        '--evaluation-periods',
        String(a.evaluationPeriods),
        ...(a.datapointsToAlarm !== undefined ? ['--datapoints-to-alarm', String(a.datapointsToAlarm)] : []),
        '--threshold',
        String(a.threshold),
        '--comparison-operator',
        a.comparisonOperator,
        '--alarm-actions',
        [v(arn)],
      ],
    ),
  ];
}

interface Placeholder {
  variable: string;
  value: string;
  comment: string;
}

function placeholdersFor(sc: Scenario, o: CliOptions): Placeholder[] {
  const fargate = !sc.cluster;
  const lb = sc.loadBalancer;
  const out: Placeholder[] = [
    { variable: 'IMAGE', value: 'public.ecr.aws/nginx/nginx:stable', comment: 'Your container image (this one serves port 80).' },
    {
      variable: 'SUBNETS',
      value: 'subnet-0123456789abcdef0,subnet-0fedcba987654321f',
      comment: 'Subnets for the tasks and instances, comma-separated.',
    },
  ];
  if (fargate)
    out.push(
      { variable: 'SECURITY_GROUP', value: 'sg-0123456789abcdef0', comment: "The tasks' security group." },
      {
        variable: 'ASSIGN_PUBLIC_IP',
        value: 'ENABLED',
        comment: 'ENABLED in public subnets (the default VPC), DISABLED behind a NAT gateway: tasks need a route to pull the image.',
      },
    );
  else
    out.push({
      variable: 'INSTANCE_PROFILE',
      value: 'ecsInstanceRole',
      comment: 'The instance profile with the AmazonEC2ContainerServiceforEC2Role policy.',
    });
  if (lb && lb.type !== 'CLB')
    out.push({
      variable: 'TARGET_GROUP_ARN',
      value: `arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/${fargate ? 'web-ip' : 'web-instance'}/0123456789abcdef`,
      comment: `Your ${lb.type}'s target group (target type ${fargate ? 'ip' : 'instance'}, port 80).`,
    });
  if (usesAlbLabels(sc))
    out.push(
      { variable: 'LOAD_BALANCER_LABEL', value: 'app/web-alb/0123456789abcdef', comment: "The end of the load balancer's ARN, from app/." },
      {
        variable: 'TARGET_GROUP_LABEL',
        value: 'targetgroup/web-ip/0123456789abcdef',
        comment: "The end of the target group's ARN, from targetgroup/.",
      },
    );
  if (usesQueue(sc)) out.push({ variable: 'QUEUE_NAME', value: o.queue, comment: 'The SQS queue the workers read.' });
  return out;
}

/**
 * The cluster's capacity providers with their default strategy: the service's strategy, or for a
 * service with launchType EC2 the cluster's own provider (its tasks bypass it; managed scaling still
 * manages the group). Null for Fargate with a launch type: nothing to attach.
 */
function clusterStrategy(sc: Scenario): readonly CapacityProviderStrategyItem[] | null {
  if (sc.service.capacityProviderStrategy) return sc.service.capacityProviderStrategy;
  return sc.cluster ? [{ capacityProvider: sc.cluster.capacityProviderName, base: 0, weight: 1 }] : null;
}

function capacityLines(sc: Scenario, n: Names, notes: string[]): Line[] {
  const lines: Line[] = [];
  const cluster = sc.cluster;
  if (cluster) {
    const ms = cluster.managedScaling;
    const g = cluster.autoScalingGroup;
    const type = typeof cluster.instanceType === 'string' ? cluster.instanceType : cluster.instanceType.name;
    // The engine terminates only empty instances: managed termination protection, which needs managed scaling.
    const protect = ms.status === 'ENABLED';
    const userData = `#!/bin/bash\necho ECS_CLUSTER=${n.cluster} >> /etc/ecs/ecs.config\n`;
    lines.push(
      { kind: 'blank' },
      { kind: 'comment', text: 'EC2 capacity: instances from the ECS-optimized AMI that join the cluster.' },
      aws(
        [],
        [
          'ec2',
          'create-launch-template',
          '--launch-template-name',
          n.launchTemplate,
          '--launch-template-data',
          json(
            {
              ImageId: 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id',
              InstanceType: type,
              IamInstanceProfile: { Name: ref('INSTANCE_PROFILE') },
              UserData: btoa(userData),
            },
            REFS,
          ),
        ],
      ),
      aws(
        protect
          ? [
              'New instances start protected from scale-in: managed termination protection (below) needs it,',
              'and ECS lifts the protection once an instance runs no tasks, so only empty instances are terminated.',
            ]
          : ['Managed scaling is off, so managed termination protection is off too (it needs managed scaling).'],
        [
          'autoscaling',
          'create-auto-scaling-group',
          '--auto-scaling-group-name',
          n.asg,
          '--launch-template',
          `LaunchTemplateName=${n.launchTemplate},Version=$Latest`,
          '--min-size',
          String(g.minSize),
          '--max-size',
          String(g.maxSize),
          '--desired-capacity',
          String(g.desiredCapacity),
          '--vpc-zone-identifier',
          [v('SUBNETS')],
          ...(protect ? ['--new-instances-protected-from-scale-in'] : []),
        ],
      ),
      aws(
        [],
        [
          'autoscaling',
          'describe-auto-scaling-groups',
          '--auto-scaling-group-names',
          n.asg,
          '--query',
          'AutoScalingGroups[0].AutoScalingGroupARN',
          '--output',
          'text',
        ],
        'ASG_ARN',
      ),
      aws(
        [`Capacity provider ${cluster.capacityProviderName}: managed scaling drives the group from CapacityProviderReservation.`],
        [
          'ecs',
          'create-capacity-provider',
          '--name',
          cluster.capacityProviderName,
          '--auto-scaling-group-provider',
          json(
            {
              autoScalingGroupArn: ref('ASG_ARN'),
              managedScaling: {
                status: ms.status,
                targetCapacity: ms.targetCapacity,
                minimumScalingStepSize: ms.minimumScalingStepSize,
                maximumScalingStepSize: ms.maximumScalingStepSize,
                instanceWarmupPeriod: ms.instanceWarmupPeriod,
              },
              managedTerminationProtection: protect ? 'ENABLED' : 'DISABLED',
            },
            { ASG_ARN: '' },
          ),
        ],
      ),
    );
    if (typeof cluster.instanceType !== 'string')
      notes.push(`EC2: ${type} is the scenario's own instance type; put a real instance type in the launch template.`);
  }
  const strategy = clusterStrategy(sc);
  if (strategy) {
    const providers = strategy.map((i) => i.capacityProvider);
    lines.push(
      { kind: 'blank' },
      aws(
        [
          "WARNING: put-cluster-capacity-providers REPLACES the cluster's whole list of capacity providers and its",
          'default strategy. A provider the cluster has now and that is not listed here is removed from it (and the',
          'call fails while tasks still use it). Check with: aws ecs describe-clusters --clusters ' + n.cluster + ' --include ATTACHMENTS',
          'and add the ones you keep to --capacity-providers.',
          ...(sc.service.launchType
            ? [
                `The service sets launchType ${sc.service.launchType}, so its tasks bypass this default strategy and the provider:`,
                'managed scaling adds no instance for a task that does not fit (it fails to be placed instead).',
              ]
            : []),
        ],
        [
          'ecs',
          'put-cluster-capacity-providers',
          '--cluster',
          n.cluster,
          '--capacity-providers',
          ...providers,
          '--default-capacity-provider-strategy',
          ...strategyWords(strategy),
        ],
      ),
    );
  }
  return lines;
}

function serviceLines(sc: Scenario, n: Names, o: CliOptions, notes: string[]): Line[] {
  const fargate = !sc.cluster;
  const lb = sc.loadBalancer;
  const strategy = sc.service.capacityProviderStrategy;
  const launch: Word[] = strategy
    ? ['--capacity-provider-strategy', ...strategyWords(strategy)]
    : ['--launch-type', sc.service.launchType ?? 'FARGATE'];
  const placement: Word[] = sc.cluster
    ? ['--placement-strategy', sc.cluster.placementStrategy === 'spread' ? 'type=spread,field=instanceId' : 'type=binpack,field=cpu']
    : [];
  const highResolution = highResolutionMetrics(sc);
  const monitoring = monitoringWords(highResolution);
  if (highResolution.length > 0)
    notes.push(
      `The high-resolution target tracking metrics read ${highResolution.join(' and ')} at 20-second resolution, which the service publishes only with --monitoring-configuration (ECS, June 2026; billed like detailed monitoring). The AWS CLI must be newer than that: aws-cli 2.9.19 and 1.45.11 do not know the option.`,
    );
  if (o.existingService) {
    const changes: Word[] = [...(strategy ? launch : []), ...placement, ...monitoring];
    if (changes.length === 0) {
      notes.push('An existing Fargate service keeps its launch type: the script only adds its auto scaling.');
      return [];
    }
    return [
      { kind: 'blank' },
      aws(
        [
          strategy
            ? 'Move the existing service onto the capacity provider strategy (a new deployment replaces its tasks).'
            : `The existing service keeps its launch type (${sc.service.launchType ?? 'FARGATE'}); this sets what the scenario adds to it.`,
        ],
        [
          'ecs',
          'update-service',
          '--cluster',
          n.cluster,
          '--service',
          n.service,
          ...changes,
          ...(strategy ? ['--force-new-deployment'] : []),
        ],
      ),
    ];
  }
  const network: Word[] = fargate
    ? [
        '--network-configuration',
        [
          'awsvpcConfiguration={subnets=[',
          v('SUBNETS'),
          '],securityGroups=[',
          v('SECURITY_GROUP'),
          '],assignPublicIp=',
          v('ASSIGN_PUBLIC_IP'),
          '}',
        ],
      ]
    : [];
  const balancer: Word[] =
    lb && lb.type !== 'CLB'
      ? ['--load-balancers', ['targetGroupArn=', v('TARGET_GROUP_ARN'), `,containerName=${n.service},containerPort=80`]]
      : [];
  if (lb?.type === 'CLB')
    notes.push('Classic Load Balancer: add --load-balancers loadBalancerName=…,containerName=…,containerPort=80 to create-service.');
  notes.push(
    `To move an existing service instead of creating one, use update-service with the same ${strategy ? '--capacity-provider-strategy and --force-new-deployment' : 'settings'}.`,
  );
  return [
    { kind: 'blank' },
    aws(
      [
        `The service, ${sc.service.desiredCount} tasks${strategy ? ' placed through the capacity provider strategy (no launch type)' : ` with launch type ${sc.service.launchType ?? 'FARGATE'}`}.`,
      ],
      [
        'ecs',
        'create-service',
        '--cluster',
        n.cluster,
        '--service-name',
        n.service,
        '--task-definition',
        [v('TASK_DEFINITION')],
        '--desired-count',
        String(sc.service.desiredCount),
        ...launch,
        ...network,
        ...placement,
        ...balancer,
        ...monitoring,
      ],
    ),
  ];
}

function loadBalancerLines(sc: Scenario, notes: string[]): Line[] {
  const lb = sc.loadBalancer;
  if (!lb) return [];
  if (lb.type === 'CLB') {
    notes.push(
      `Classic Load Balancer: set its health check interval to ${lb.healthCheckIntervalSeconds} s and connection draining to ${lb.deregistrationDelaySeconds} s.`,
    );
    return [];
  }
  const attributes = [`Key=deregistration_delay.timeout_seconds,Value=${lb.deregistrationDelaySeconds}`];
  if (lb.type === 'ALB') attributes.push(`Key=load_balancing.algorithm.type,Value=${lb.loadBalancingAlgorithmType}`);
  return [
    { kind: 'blank' },
    aws(
      ['The target group as the scenario models it: health check interval, deregistration delay and algorithm.'],
      [
        'elbv2',
        'modify-target-group',
        '--target-group-arn',
        [v('TARGET_GROUP_ARN')],
        '--health-check-interval-seconds',
        String(lb.healthCheckIntervalSeconds),
      ],
    ),
    aws([], ['elbv2', 'modify-target-group-attributes', '--target-group-arn', [v('TARGET_GROUP_ARN')], '--attributes', ...attributes]),
  ];
}

function scalingLines(sc: Scenario, n: Names): Line[] {
  const lines: Line[] = [
    { kind: 'blank' },
    aws(
      ["Service auto scaling: the service's desired count as a scalable target."],
      [
        'application-autoscaling',
        'register-scalable-target',
        ...target(n),
        '--min-capacity',
        String(sc.autoScaling.minCapacity),
        '--max-capacity',
        String(sc.autoScaling.maxCapacity),
      ],
    ),
  ];
  sc.autoScaling.policies.forEach((p, i) => {
    if (p.policyType === 'StepScaling') {
      lines.push(...stepPolicy(p, i, n));
      return;
    }
    lines.push(
      { kind: 'blank' },
      aws(
        [`Target tracking policy ${p.name} (it creates and manages its own CloudWatch alarms).`],
        putScalingPolicy(n, p.name, 'TargetTrackingScaling', json(targetTrackingConfig(p, n), REFS)),
      ),
    );
  });
  const predictive = sc.autoScaling.predictiveScaling;
  if (predictive)
    lines.push(
      { kind: 'blank' },
      aws(
        [`Predictive scaling policy ${predictive.name} (${predictive.mode}): it needs 24 hours of metric data before its first forecast.`],
        putScalingPolicy(n, predictive.name, 'PredictiveScaling', json(predictiveConfig(predictive), REFS)),
      ),
    );
  for (const a of sc.autoScaling.scheduledActions) {
    const action = [
      a.minCapacity === undefined ? '' : `MinCapacity=${a.minCapacity}`,
      a.maxCapacity === undefined ? '' : `MaxCapacity=${a.maxCapacity}`,
    ]
      .filter(Boolean)
      .join(',');
    lines.push(
      { kind: 'blank' },
      aws(
        [`Scheduled action ${a.name} (UTC).`],
        [
          'application-autoscaling',
          'put-scheduled-action',
          ...target(n),
          '--scheduled-action-name',
          a.name,
          '--schedule',
          a.schedule,
          '--scalable-target-action',
          action,
        ],
      ),
    );
  }
  return lines;
}

/**
 * Deployments and incidents are simulation inputs, not AWS calls: the script says what the run
 * assumes in comments (values through the comment helper, which shows any control character).
 */
function rolloutComments(sc: Scenario): Line[] {
  if (sc.deployments.length === 0 && sc.incidents.length === 0) return [];
  const lines: Line[] = [
    { kind: 'blank' },
    { kind: 'comment', text: 'Simulation only, not AWS calls: the playground run also has these deployments and incidents.' },
  ];
  const cfg = sc.deploymentConfiguration;
  if (cfg)
    lines.push({
      kind: 'comment',
      text: `Deployment strategy ${cfg.strategy}, minimumHealthyPercent ${cfg.minimumHealthyPercent}, maximumPercent ${cfg.maximumPercent}, circuit breaker ${cfg.deploymentCircuitBreaker.enable ? 'on' : 'off'}${cfg.deploymentCircuitBreaker.rollback ? ' with rollback' : ''}.`,
    });
  sc.deployments.forEach((d, i) =>
    lines.push({
      kind: 'comment',
      text: `At ${d.at} s: deploy ${d.name ?? `revision ${i + 2}`} (a new task definition revision; update-service --task-definition).`,
    }),
  );
  for (const inc of sc.incidents) lines.push({ kind: 'comment', text: `At ${inc.at} s: incident ${inc.type}.` });
  return lines;
}

export function awsCliScript(sc: Scenario, options: Partial<CliOptions> = {}): CliScript {
  if (sc.platform.type !== 'ECS') {
    const why = NOT_ECS[sc.platform.type];
    return { text: '', notes: [], lines: [], placeholders: {}, unavailable: why };
  }
  const base = kebab(sc.name ?? 'web', 'web');
  const o: CliOptions = {
    cluster: options.cluster ?? 'stevedore',
    service: options.service ?? base,
    queue: options.queue ?? `${options.service ?? base}-queue`,
    existingService: options.existingService ?? false,
  };
  const n = resolveNames(o);
  const notes: string[] = [];
  const placeholders = placeholdersFor(sc, o);
  const fargate = !sc.cluster;
  const lines: Line[] = [
    { kind: 'comment', text: `${sc.name ?? 'Scenario'}: ECS service ${n.service} in cluster ${n.cluster}, with its auto scaling.` },
    { kind: 'comment', text: 'Run it in bash or zsh with AWS credentials and a Region (aws configure, or AWS_REGION).' },
    { kind: 'comment', text: 'First set these to your own values:' },
    ...placeholders.map((p): Line => ({ kind: 'set', set: { comment: [p.comment], variable: p.variable, value: p.value } })),
    { kind: 'blank' },
    aws(
      [
        usesRunningTaskCount(sc)
          ? 'The cluster, with Container Insights (its RunningTaskCount metric is used below).'
          : 'The cluster (skip this if it exists).',
      ],
      [
        'ecs',
        'create-cluster',
        '--cluster-name',
        n.cluster,
        ...(usesRunningTaskCount(sc) ? ['--settings', 'name=containerInsights,value=enabled'] : []),
      ],
    ),
    aws(
      [`The task definition: ${sc.service.cpu} CPU units and ${sc.service.memory} MiB, as in the scenario.`],
      [
        'ecs',
        'register-task-definition',
        '--family',
        n.service,
        '--requires-compatibilities',
        fargate ? 'FARGATE' : 'EC2',
        '--network-mode',
        fargate ? 'awsvpc' : 'bridge',
        '--cpu',
        String(sc.service.cpu),
        '--memory',
        String(sc.service.memory),
        '--container-definitions',
        json(
          [
            {
              name: n.service,
              image: ref('IMAGE'),
              essential: true,
              // SIGTERM, then SIGKILL this many seconds later (the engine's STOPPING time).
              stopTimeout: sc.service.stopTimeout,
              ...(sc.workload.type === 'web'
                ? { portMappings: [{ containerPort: 80, ...(fargate ? {} : { hostPort: 0 }), protocol: 'tcp' }] }
                : {}),
            },
          ],
          REFS,
        ),
        '--query',
        'taskDefinition.taskDefinitionArn',
        '--output',
        'text',
      ],
      'TASK_DEFINITION',
    ),
    ...capacityLines(sc, n, notes),
    ...serviceLines(sc, n, o, notes),
    ...loadBalancerLines(sc, notes),
    ...scalingLines(sc, n),
    ...rolloutComments(sc),
  ];
  if (usesAlbLabels(sc))
    notes.push(
      'ALBRequestCountPerTarget and RequestCountPerTarget name the load balancer and target group by the final parts of their ARNs (LOAD_BALANCER_LABEL, TARGET_GROUP_LABEL).',
    );
  if (usesRunningTaskCount(sc))
    notes.push(
      'Backlog per task is metric math (m1 / m2) over the queue depth and Container Insights’ RunningTaskCount; the script turns Container Insights on for the cluster. Metric math in a target tracking policy (2023) needs an AWS CLI released after it: Debian 12’s awscli 2.9.19 rejects it.',
    );
  if (sc.autoScaling.policies.some((p) => p.policyType === 'StepScaling'))
    notes.push(
      'Step scaling: a step policy does nothing until a CloudWatch alarm invokes it, so the script captures each PolicyARN (--query PolicyARN --output text) and puts it in the alarm’s --alarm-actions.',
    );
  if (sc.autoScaling.scheduledActions.length > 0)
    notes.push('Scheduled actions run in UTC unless you add --timezone; the playground models UTC only.');
  if (sc.autoScaling.predictiveScaling)
    notes.push(
      'Predictive scaling forecasts from the service’s CloudWatch history: a new service needs at least 24 hours of data before the first forecast, and ForecastOnly (the API default) only publishes forecasts. Check them with aws application-autoscaling get-predictive-scaling-forecast before switching to ForecastAndScale.',
    );
  if (sc.autoScaling.policies.length === 0 && sc.autoScaling.scheduledActions.length === 0 && !sc.autoScaling.predictiveScaling)
    notes.push('This scenario has no scaling policies or scheduled actions: the scalable target alone only fixes the bounds.');
  return {
    text: renderScript(lines),
    notes,
    lines,
    placeholders: Object.fromEntries(placeholders.map((p) => [p.variable, p.value])),
  };
}
