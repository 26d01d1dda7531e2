import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '@/lib/sim';
import { awsCliScript, shq } from './aws-cli';

function preset(name: string): Scenario {
  const parsed = parseScenario(parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('invalid preset');
  return parsed.scenario;
}

/** The JSON argument following a flag, unquoted. */
function jsonArg(text: string, flag: string): unknown {
  const m = new RegExp(`${flag} '([\\s\\S]*?)'(?: \\\\|$)`, 'm').exec(text);
  if (!m) throw new Error(`no ${flag}`);
  return JSON.parse(m[1]!.replace(/'\\''/g, "'"));
}

describe('awsCliScript', () => {
  it('registers the scalable target and a target tracking policy with its configuration', () => {
    const { text } = awsCliScript(preset('lunch-spike-fargate'), { cluster: 'prod', service: 'web' });
    expect(text).toContain('aws application-autoscaling register-scalable-target \\\n  --service-namespace ecs \\\n  --scalable-dimension ecs:service:DesiredCount \\\n  --resource-id service/prod/web \\\n  --min-capacity 2 \\\n  --max-capacity 12');
    expect(text).toContain('--policy-type TargetTrackingScaling');
    expect(jsonArg(text, '--target-tracking-scaling-policy-configuration')).toEqual({
      TargetValue: 50,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
      ScaleOutCooldown: 300,
      ScaleInCooldown: 300,
    });
  });

  it('step scaling: the policy JSON, the CloudWatch alarm and a note that the alarm is needed', () => {
    const { text, notes } = awsCliScript(preset('step-scaling-cpu'), { cluster: 'prod', service: 'web' });
    expect(jsonArg(text, '--step-scaling-policy-configuration')).toEqual({
      AdjustmentType: 'ChangeInCapacity',
      StepAdjustments: [
        { MetricIntervalLowerBound: 0, MetricIntervalUpperBound: 15, ScalingAdjustment: 1 },
        { MetricIntervalLowerBound: 15, MetricIntervalUpperBound: 25, ScalingAdjustment: 2 },
        { MetricIntervalLowerBound: 25, ScalingAdjustment: 3 },
      ],
      Cooldown: 60,
      MetricAggregationType: 'Average',
    });
    expect(text).toContain('aws cloudwatch put-metric-alarm \\\n  --alarm-name cpu-high-alarm \\\n  --namespace AWS/ECS \\\n  --metric-name CPUUtilization \\\n  --dimensions Name=ClusterName,Value=prod Name=ServiceName,Value=web');
    expect(text).toContain('--comparison-operator LessThanOrEqualToThreshold');
    expect(notes.join(' ')).toMatch(/does nothing until a CloudWatch alarm invokes it/);
  });

  it('ALB request count needs a ResourceLabel; SQS backlog is metric math', () => {
    const alb = awsCliScript(preset('alb-request-count'));
    expect((jsonArg(alb.text, '--target-tracking-scaling-policy-configuration') as { PredefinedMetricSpecification: { ResourceLabel: string } }).PredefinedMetricSpecification.ResourceLabel).toMatch(/^app\/.+\/targetgroup\/.+/);
    expect(alb.notes.join(' ')).toMatch(/ResourceLabel/);
    const sqs = awsCliScript(preset('sqs-backlog-worker'));
    const config = jsonArg(sqs.text, '--target-tracking-scaling-policy-configuration') as { CustomizedMetricSpecification: { Metrics: { Expression?: string }[] } };
    expect(config.CustomizedMetricSpecification.Metrics.at(-1)?.Expression).toBe('m1 / m2');
    expect(sqs.notes.join(' ')).toMatch(/Container Insights/);
  });

  it('scheduled actions and EC2 capacity providers', () => {
    const { text } = awsCliScript(preset('scheduled-morning'));
    expect(text).toContain("--schedule 'cron(45 7 ? * MON-FRI *)' \\\n  --scalable-target-action MinCapacity=6");
    const ec2 = awsCliScript(preset('cold-start-ec2'));
    expect(ec2.text).toContain('managedScaling={status=ENABLED,targetCapacity=100,minimumScalingStepSize=1,maximumScalingStepSize=10000,instanceWarmupPeriod=300}');
  });

  it('quotes shell words safely', () => {
    expect(shq('simple-name')).toBe('simple-name');
    expect(shq("it's")).toBe(`'it'\\''s'`);
  });
});
