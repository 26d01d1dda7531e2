/**
 * "Copy as AWS CLI": the Application Auto Scaling commands that would create this scenario's
 * scaling configuration in a real account (shapes checked against the AWS CLI and API references:
 * RegisterScalableTarget, PutScalingPolicy with TargetTrackingScalingPolicyConfiguration /
 * StepScalingPolicyConfiguration, PutScheduledAction with ScalableTargetAction, CloudWatch
 * PutMetricAlarm, ECS CreateCapacityProvider). Where a real account needs more than the scenario
 * says (an alarm for a step policy, a target group label, a metric math metric), a note says so.
 */
import type { Scenario } from '@/lib/sim';
import type { StepScalingPolicy, TargetTrackingPolicy } from '@/lib/sim';

export interface CliOptions {
  cluster: string;
  service: string;
  /** For SQS backlog metrics. */
  queue: string;
}

export interface CliScript {
  text: string;
  notes: string[];
}

/** A shell word in single quotes (safe for any text). */
export function shq(text: string): string {
  return /^[A-Za-z0-9_./:=,@%+-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

export function kebab(text: string, fallback: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
  return s || fallback;
}

function command(lines: string[]): string {
  return lines.map((l, i) => (i === 0 ? l : `  ${l}`)).join(' \\\n');
}

const json = (value: unknown) => shq(JSON.stringify(value, null, 2));

function target(o: CliOptions): string[] {
  return [
    '--service-namespace ecs',
    '--scalable-dimension ecs:service:DesiredCount',
    `--resource-id ${shq(`service/${o.cluster}/${o.service}`)}`,
  ];
}

function targetTrackingConfig(p: TargetTrackingPolicy, o: CliOptions, notes: string[]): Record<string, unknown> {
  const config: Record<string, unknown> = { TargetValue: p.targetValue };
  if (p.predefinedMetricType === 'SQSBacklogPerTask') {
    // Backlog per task is not a predefined metric: metric math over the queue depth and the running task count.
    config.CustomizedMetricSpecification = {
      Metrics: [
        {
          Id: 'm1',
          Label: 'Messages waiting in the queue',
          ReturnData: false,
          MetricStat: {
            Metric: {
              Namespace: 'AWS/SQS',
              MetricName: 'ApproximateNumberOfMessagesVisible',
              Dimensions: [{ Name: 'QueueName', Value: o.queue }],
            },
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
                { Name: 'ClusterName', Value: o.cluster },
                { Name: 'ServiceName', Value: o.service },
              ],
            },
            Stat: 'Average',
          },
        },
        { Id: 'e1', Label: 'Backlog per task', Expression: 'm1 / m2', ReturnData: true },
      ],
    };
    notes.push(
      `Policy ${p.name}: backlog per task is a customized metric (metric math m1 / m2). RunningTaskCount is published by CloudWatch Container Insights, which must be enabled on the cluster; the queue name "${o.queue}" is a placeholder.`,
    );
  } else {
    const spec: Record<string, string> = { PredefinedMetricType: p.predefinedMetricType };
    if (p.predefinedMetricType === 'ALBRequestCountPerTarget') {
      spec.ResourceLabel = `app/${o.service}-alb/0123456789abcdef/targetgroup/${o.service}-tg/0123456789abcdef`;
      notes.push(
        `Policy ${p.name}: ALBRequestCountPerTarget needs a ResourceLabel naming your load balancer and target group — the final parts of their ARNs joined by "/" (app/<alb-name>/<alb-id>/targetgroup/<tg-name>/<tg-id>). The one shown is a placeholder.`,
      );
    }
    config.PredefinedMetricSpecification = spec;
  }
  config.ScaleOutCooldown = p.scaleOutCooldown;
  config.ScaleInCooldown = p.scaleInCooldown;
  if (p.disableScaleIn) config.DisableScaleIn = true;
  return config;
}

const ALARM_METRIC: Record<string, { namespace: string; dimensions: (o: CliOptions) => string[] } | undefined> = {
  CPUUtilization: {
    namespace: 'AWS/ECS',
    dimensions: (o) => [`Name=ClusterName,Value=${o.cluster}`, `Name=ServiceName,Value=${o.service}`],
  },
  MemoryUtilization: {
    namespace: 'AWS/ECS',
    dimensions: (o) => [`Name=ClusterName,Value=${o.cluster}`, `Name=ServiceName,Value=${o.service}`],
  },
  RequestCountPerTarget: {
    namespace: 'AWS/ApplicationELB',
    dimensions: (o) => [`Name=TargetGroup,Value=targetgroup/${o.service}-tg/0123456789abcdef`],
  },
  ApproximateNumberOfMessagesVisible: { namespace: 'AWS/SQS', dimensions: (o) => [`Name=QueueName,Value=${o.queue}`] },
};

function stepPolicy(p: StepScalingPolicy, o: CliOptions, notes: string[]): string[] {
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
  const out = [
    `# Step scaling policy ${p.name}. The command prints its PolicyARN: the alarm below needs it.`,
    command([
      'aws application-autoscaling put-scaling-policy',
      ...target(o),
      `--policy-name ${shq(p.name)}`,
      '--policy-type StepScaling',
      `--step-scaling-policy-configuration ${json(config)}`,
    ]),
  ];
  const a = p.alarm;
  const metric = ALARM_METRIC[a.metric];
  // Every alarm names its statistic and period (§2: an unset statistic is Average). A metric math
  // alarm cannot take --statistic or --period: each of its metrics carries its own Stat and Period.
  const statistic = a.statistic ?? 'Average';
  const alarmLines = [
    'aws cloudwatch put-metric-alarm',
    `--alarm-name ${shq(`${p.name}-alarm`)}`,
    ...(metric
      ? [
          `--namespace ${metric.namespace}`,
          `--metric-name ${a.metric}`,
          `--dimensions ${metric.dimensions(o).join(' ')}`,
          `--statistic ${statistic}`,
          '--period 60',
        ]
      : []),
    `--evaluation-periods ${a.evaluationPeriods}`,
    ...(a.datapointsToAlarm !== undefined ? [`--datapoints-to-alarm ${a.datapointsToAlarm}`] : []),
    `--threshold ${a.threshold}`,
    `--comparison-operator ${a.comparisonOperator}`,
    `--alarm-actions ${shq(`<PolicyARN of ${p.name}>`)}`,
  ];
  if (!metric) {
    alarmLines.splice(
      2,
      0,
      `--metrics ${json([
        {
          Id: 'm1',
          ReturnData: false,
          MetricStat: {
            Metric: {
              Namespace: 'AWS/SQS',
              MetricName: 'ApproximateNumberOfMessagesVisible',
              Dimensions: [{ Name: 'QueueName', Value: o.queue }],
            },
            Period: 60,
            Stat: 'Sum',
          },
        },
        {
          Id: 'm2',
          ReturnData: false,
          MetricStat: {
            Metric: {
              Namespace: 'ECS/ContainerInsights',
              MetricName: 'RunningTaskCount',
              Dimensions: [
                { Name: 'ClusterName', Value: o.cluster },
                { Name: 'ServiceName', Value: o.service },
              ],
            },
            Period: 60,
            Stat: 'Average',
          },
        },
        { Id: 'e1', Label: 'Backlog per task', Expression: 'm1 / m2', ReturnData: true },
      ])}`,
    );
    notes.push(
      `Policy ${p.name}: backlog per task is metric math over ApproximateNumberOfMessagesVisible and Container Insights' RunningTaskCount.`,
    );
  }
  notes.push(
    `Policy ${p.name}: a step policy does nothing until a CloudWatch alarm invokes it — create the alarm with put-metric-alarm and put the PolicyARN from put-scaling-policy in --alarm-actions.`,
  );
  out.push(`# The CloudWatch alarm that invokes ${p.name}`, command(alarmLines));
  return out;
}

export function awsCliScript(sc: Scenario, options: Partial<CliOptions> = {}): CliScript {
  const name = kebab(sc.name ?? 'web', 'web');
  const o: CliOptions = {
    cluster: options.cluster ?? 'stevedore',
    service: options.service ?? name,
    queue: options.queue ?? `${name}-queue`,
  };
  const notes: string[] = [];
  const parts: string[] = [
    `# ${sc.name ?? 'Scenario'}: service auto scaling for ECS service ${o.service} in cluster ${o.cluster}.`,
    '# Replace the cluster, service and other placeholder names with your own.',
    '',
    "# 1. Register the service's desired count as a scalable target.",
    command([
      'aws application-autoscaling register-scalable-target',
      ...target(o),
      `--min-capacity ${sc.autoScaling.minCapacity}`,
      `--max-capacity ${sc.autoScaling.maxCapacity}`,
    ]),
  ];
  sc.autoScaling.policies.forEach((p, i) => {
    parts.push('', `# ${i + 2}. ${p.policyType === 'TargetTrackingScaling' ? 'Target tracking' : 'Step scaling'} policy ${p.name}`);
    if (p.policyType === 'TargetTrackingScaling') {
      parts.push(
        command([
          'aws application-autoscaling put-scaling-policy',
          ...target(o),
          `--policy-name ${shq(p.name)}`,
          '--policy-type TargetTrackingScaling',
          `--target-tracking-scaling-policy-configuration ${json(targetTrackingConfig(p, o, notes))}`,
        ]),
      );
    } else parts.push(...stepPolicy(p, o, notes));
  });
  for (const a of sc.autoScaling.scheduledActions) {
    const action = [
      a.minCapacity === undefined ? '' : `MinCapacity=${a.minCapacity}`,
      a.maxCapacity === undefined ? '' : `MaxCapacity=${a.maxCapacity}`,
    ]
      .filter(Boolean)
      .join(',');
    parts.push(
      '',
      `# Scheduled action ${a.name} (UTC)`,
      command([
        'aws application-autoscaling put-scheduled-action',
        ...target(o),
        `--scheduled-action-name ${shq(a.name)}`,
        `--schedule ${shq(a.schedule)}`,
        ...(action ? [`--scalable-target-action ${action}`] : []),
      ]),
    );
  }
  if (sc.autoScaling.scheduledActions.length > 0)
    notes.push('Scheduled actions run in UTC unless you add --timezone; the playground models UTC only.');
  if (sc.cluster) {
    const ms = sc.cluster.managedScaling;
    const asg = `${o.cluster}-asg`;
    parts.push(
      '',
      '# EC2 capacity: a capacity provider with managed scaling on your Auto Scaling group, attached to the cluster.',
      command([
        'aws ecs create-capacity-provider',
        `--name ${shq(`${o.cluster}-cp`)}`,
        `--auto-scaling-group-provider ${shq(`autoScalingGroupArn=<ARN of ${asg}>,managedScaling={status=${ms.status},targetCapacity=${ms.targetCapacity},minimumScalingStepSize=${ms.minimumScalingStepSize},maximumScalingStepSize=${ms.maximumScalingStepSize},instanceWarmupPeriod=${ms.instanceWarmupPeriod}},managedTerminationProtection=DISABLED`)}`,
      ]),
      command([
        'aws ecs put-cluster-capacity-providers',
        `--cluster ${shq(o.cluster)}`,
        `--capacity-providers ${shq(`${o.cluster}-cp`)}`,
        `--default-capacity-provider-strategy ${shq(`capacityProvider=${o.cluster}-cp,weight=1`)}`,
      ]),
    );
    const type = typeof sc.cluster.instanceType === 'string' ? sc.cluster.instanceType : sc.cluster.instanceType.name;
    const g = sc.cluster.autoScalingGroup;
    notes.push(
      `EC2: create the Auto Scaling group ${asg} first (launch template with the ECS-optimized AMI and ${type}, min ${g.minSize}, max ${g.maxSize}, desired ${g.desiredCapacity}); the capacity provider needs its ARN. Placement (${sc.cluster.placementStrategy}) is set on the service with --placement-strategy.`,
    );
  }
  if (sc.autoScaling.policies.length === 0 && sc.autoScaling.scheduledActions.length === 0)
    notes.push('This scenario has no scaling policies or scheduled actions: the scalable target alone only fixes the bounds.');
  return { text: parts.join('\n'), notes };
}
