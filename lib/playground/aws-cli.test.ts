import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '@/lib/sim';
import { STEP_METRICS } from '@/lib/sim';
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
    expect(text).toContain(
      'aws application-autoscaling register-scalable-target \\\n  --service-namespace ecs \\\n  --scalable-dimension ecs:service:DesiredCount \\\n  --resource-id service/prod/web \\\n  --min-capacity 2 \\\n  --max-capacity 12',
    );
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
      Cooldown: 240,
      MetricAggregationType: 'Average',
    });
    expect(text).toContain(
      'aws cloudwatch put-metric-alarm \\\n  --alarm-name cpu-high-alarm \\\n  --namespace AWS/ECS \\\n  --metric-name CPUUtilization \\\n  --dimensions Name=ClusterName,Value=prod Name=ServiceName,Value=web',
    );
    expect(text).toContain('--comparison-operator LessThanOrEqualToThreshold');
    expect(notes.join(' ')).toMatch(/does nothing until a CloudWatch alarm invokes it/);
  });

  it('ALB request count needs a ResourceLabel; SQS backlog is metric math', () => {
    const alb = awsCliScript(preset('alb-request-count'));
    expect(
      (jsonArg(alb.text, '--target-tracking-scaling-policy-configuration') as { PredefinedMetricSpecification: { ResourceLabel: string } })
        .PredefinedMetricSpecification.ResourceLabel,
    ).toMatch(/^app\/.+\/targetgroup\/.+/);
    expect(alb.notes.join(' ')).toMatch(/ResourceLabel/);
    const sqs = awsCliScript(preset('sqs-backlog-worker'));
    const config = jsonArg(sqs.text, '--target-tracking-scaling-policy-configuration') as {
      CustomizedMetricSpecification: { Metrics: { Expression?: string }[] };
    };
    expect(config.CustomizedMetricSpecification.Metrics.at(-1)?.Expression).toBe('m1 / m2');
    expect(sqs.notes.join(' ')).toMatch(/Container Insights/);
  });

  it('scheduled actions and EC2 capacity providers', () => {
    const { text } = awsCliScript(preset('scheduled-morning'));
    expect(text).toContain("--schedule 'cron(45 7 ? * MON-FRI *)' \\\n  --scalable-target-action MinCapacity=6");
    const ec2 = awsCliScript(preset('cold-start-ec2'));
    expect(ec2.text).toContain(
      'managedScaling={status=ENABLED,targetCapacity=100,minimumScalingStepSize=1,maximumScalingStepSize=10000,instanceWarmupPeriod=300}',
    );
  });

  it('quotes shell words safely', () => {
    expect(shq('simple-name')).toBe('simple-name');
    expect(shq("it's")).toBe(`'it'\\''s'`);
  });
});

const PRESETS = readdirSync(new URL('../../content/scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** Every `aws cloudwatch put-metric-alarm` command in a script, as its flags and their arguments. */
function alarms(text: string): Map<string, string>[] {
  return text
    .split(/\n(?=aws |#|\n)/)
    .map((c) => c.trim())
    .filter((c) => c.startsWith('aws cloudwatch put-metric-alarm'))
    .map((c) => {
      const flags = new Map<string, string>();
      for (const m of c.matchAll(/--([a-z-]+)(?: ('[\s\S]*?'|\S+))?(?= \\\n|$)/g)) flags.set(m[1]!, m[2] ?? '');
      return flags;
    });
}

function expectComplete(alarm: Map<string, string>, where: string) {
  for (const flag of ['alarm-name', 'evaluation-periods', 'threshold', 'comparison-operator', 'alarm-actions'])
    expect(alarm.has(flag), `${where}: --${flag}`).toBe(true);
  if (alarm.has('metrics')) {
    // Metric math: --statistic and --period are not allowed; every metric carries Stat and Period.
    expect(alarm.has('statistic') || alarm.has('period'), where).toBe(false);
    const metrics = JSON.parse(alarm.get('metrics')!.slice(1, -1).replace(/'\\''/g, "'")) as {
      MetricStat?: { Stat?: string; Period?: number };
    }[];
    for (const m of metrics.filter((x) => x.MetricStat)) {
      expect(m.MetricStat!.Stat, where).toMatch(/^(Average|Minimum|Maximum|Sum|SampleCount)$/);
      expect(m.MetricStat!.Period, where).toBe(60);
    }
  } else {
    expect(alarm.get('statistic') ?? alarm.get('extended-statistic'), `${where}: --statistic`).toMatch(
      /^(Average|Minimum|Maximum|Sum|SampleCount|p\d+(\.\d+)?)$/,
    );
    expect(alarm.get('period'), `${where}: --period`).toBe('60');
  }
}

describe('put-metric-alarm is complete', () => {
  it.each(PRESETS)('%s: every alarm has its statistic, period, evaluation periods, threshold and operator', (name) => {
    const sc = preset(name);
    const list = alarms(awsCliScript(sc).text);
    expect(list).toHaveLength(sc.autoScaling.policies.filter((p) => p.policyType === 'StepScaling').length);
    list.forEach((a, i) => expectComplete(a, `${name} alarm ${i}`));
  });

  it('step-scaling-cpu: the cpu-low alarm (no statistic in the YAML) carries --statistic Average, like cpu-high', () => {
    const list = alarms(awsCliScript(preset('step-scaling-cpu')).text);
    expect(list.map((a) => [a.get('alarm-name'), a.get('statistic'), a.get('period')])).toEqual([
      ['cpu-high-alarm', 'Average', '60'],
      ['cpu-low-alarm', 'Average', '60'],
    ]);
  });

  it.each(
    STEP_METRICS.flatMap((metric) => (['Average', 'Minimum', 'Maximum', 'Sum'] as const).map((statistic) => [metric, statistic] as const)),
  )('a %s alarm with %s is complete', (metric, statistic) => {
    const sc = structuredClone(preset('step-scaling-cpu'));
    for (const p of sc.autoScaling.policies) if (p.policyType === 'StepScaling') p.alarm = { ...p.alarm, metric, statistic };
    const list = alarms(awsCliScript(sc).text);
    expect(list).toHaveLength(2);
    list.forEach((a, i) => {
      expectComplete(a, `${metric} ${statistic} alarm ${i}`);
      if (!a.has('metrics')) expect(a.get('statistic')).toBe(statistic);
    });
  });
});
