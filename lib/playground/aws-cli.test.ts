import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { describeAlarms, parseScenario, STEP_METRICS, stepAlarmName, type Scenario, type ScenarioInput } from '@/lib/sim';
import { awsCliScript, kebab, type CliScript } from './aws-cli';
import { bashSyntaxError, fakeOutput, intendedCalls, isAllowedCommand, runWithFakeAws } from './aws-cli.harness';
import { renderComment, shq, UnsafeTextError } from './shell';

const presetInput = (name: string): ScenarioInput =>
  parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')) as ScenarioInput;

function scenario(input: ScenarioInput): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(`invalid scenario: ${JSON.stringify(parsed.errors)}`);
  return parsed.scenario;
}
const preset = (name: string): Scenario => scenario(presetInput(name));

const PRESETS = readdirSync(new URL('../../content/scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** The calls of a script, each as its "service operation" and its flags with their values. */
function calls(s: CliScript): { op: string; flags: Map<string, string[]> }[] {
  return intendedCalls(s).map((argv) => {
    const flags = new Map<string, string[]>();
    let current = '';
    for (const a of argv.slice(2)) {
      if (a.startsWith('--')) flags.set((current = a.slice(2)), []);
      else flags.get(current)?.push(a);
    }
    return { op: `${argv[0]} ${argv[1]}`, flags };
  });
}
const callsOf = (s: CliScript, op: string) => calls(s).filter((c) => c.op === op);
const flag = (c: { flags: Map<string, string[]> }, name: string) => c.flags.get(name)?.join(' ');

/** Runs the script with the fake aws and checks it did exactly what it means to, and nothing else. */
function expectRunsAsIntended(s: CliScript, where: string): string[][] {
  expect(bashSyntaxError(s.text), where).toBeNull();
  const run = runWithFakeAws(s.text);
  expect(run.stderr, where).toBe('');
  expect(run.status, where).toBe(0);
  expect(
    run.commands.filter((c) => !isAllowedCommand(c)),
    `${where}: commands other than aws`,
  ).toEqual([]);
  expect(run.strayFiles, where).toEqual([]);
  expect(run.calls, where).toEqual(intendedCalls(s));
  return run.calls;
}

describe('awsCliScript, end to end with a fake aws', () => {
  it.each(PRESETS)('%s: parses, runs only aws, and passes every argument as intended', (name) => {
    const sc = preset(name);
    for (const existingService of [false, true]) {
      const s = awsCliScript(sc, { existingService });
      const recorded = expectRunsAsIntended(s, `${name}${existingService ? ' (update-service)' : ''}`);
      // The scenario's own names reach AWS unchanged.
      const values = (f: string) => recorded.flatMap((argv) => argv.flatMap((a, i) => (argv[i - 1] === f ? [a] : [])));
      const predictive = sc.autoScaling.predictiveScaling ? [sc.autoScaling.predictiveScaling.name] : [];
      expect(values('--policy-name')).toEqual(
        sc.platform.type === 'ECS' ? [...sc.autoScaling.policies.map((p) => p.name), ...predictive] : [],
      );
      expect(values('--scheduled-action-name')).toEqual(sc.autoScaling.scheduledActions.map((a) => a.name));
      expect(values('--alarm-name')).toEqual(
        sc.autoScaling.policies.filter((p) => p.policyType === 'StepScaling').map((p) => stepAlarmName(p.name)),
      );
      // … and the alarms are the ones the engine evaluates.
      expect(values('--alarm-name')).toEqual(
        describeAlarms(sc)
          .filter((a) => a.role === null)
          .map((a) => a.name),
      );
    }
  });

  it('EKS and App Runner get no ECS script, and say why', () => {
    for (const name of ['eks-cluster-autoscaler', 'eks-karpenter', 'app-runner-concurrency']) {
      const s = awsCliScript(preset(name));
      expect([s.text, s.lines]).toEqual(['', []]);
      expect(s.unavailable).toMatch(name.startsWith('eks') ? /EKS.*HorizontalPodAutoscaler/ : /App Runner.*April 30, 2026.*Express Mode/);
    }
  });

  it('predictive scaling: put-scaling-policy --policy-type PredictiveScaling with the API’s configuration shape', () => {
    const s = awsCliScript(preset('predictive-morning'));
    const predictive = callsOf(s, 'application-autoscaling put-scaling-policy').find((c) => flag(c, 'policy-type') === 'PredictiveScaling');
    expect(JSON.parse(flag(predictive!, 'predictive-scaling-policy-configuration')!)).toEqual({
      MetricSpecifications: [{ TargetValue: 50, PredefinedMetricPairSpecification: { PredefinedMetricType: 'ECSServiceCPUUtilization' } }],
      Mode: 'ForecastAndScale',
      SchedulingBufferTime: 300,
      MaxCapacityBreachBehavior: 'HonorMaxCapacity',
    });
  });

  it('step scaling: the alarm invokes the ARN that put-scaling-policy printed (--query PolicyARN --output text)', () => {
    const s = awsCliScript(preset('step-scaling-cpu'), { cluster: 'prod', service: 'web' });
    const recorded = expectRunsAsIntended(s, 'step-scaling-cpu');
    const policyCalls = recorded.map((argv, i) => ({ argv, n: i + 1 })).filter(({ argv }) => argv[1] === 'put-scaling-policy');
    const alarms = recorded.filter((argv) => argv[1] === 'put-metric-alarm');
    expect(policyCalls).toHaveLength(2);
    expect(alarms).toHaveLength(2);
    policyCalls.forEach(({ argv, n }, i) => {
      expect(argv.slice(-4)).toEqual(['--query', 'PolicyARN', '--output', 'text']);
      const alarm = alarms[i] as string[];
      expect(alarm[alarm.indexOf('--alarm-actions') + 1]).toBe(fakeOutput(n));
    });
    expect(s.text).not.toMatch(/<PolicyARN/);
  });

  it('EC2: managed termination protection with new instances protected from scale-in, and a strategy instead of a launch type', () => {
    const s = awsCliScript(preset('cold-start-ec2'), { cluster: 'prod', service: 'web' });
    const [asg] = callsOf(s, 'autoscaling create-auto-scaling-group');
    expect(asg?.flags.has('new-instances-protected-from-scale-in')).toBe(true);
    const [cp] = callsOf(s, 'ecs create-capacity-provider');
    const provider = JSON.parse(flag(cp!, 'auto-scaling-group-provider')!) as Record<string, unknown>;
    expect(provider).toMatchObject({
      autoScalingGroupArn: fakeOutput(5),
      managedTerminationProtection: 'ENABLED',
      managedScaling: {
        status: 'ENABLED',
        targetCapacity: 100,
        minimumScalingStepSize: 1,
        maximumScalingStepSize: 10000,
        instanceWarmupPeriod: 300,
      },
    });
    expect(intendedCalls(s)[4]?.slice(0, 2)).toEqual(['autoscaling', 'describe-auto-scaling-groups']);
    const [service] = callsOf(s, 'ecs create-service');
    expect(service?.flags.has('launch-type')).toBe(false);
    // The scenario's own strategy and its cluster's capacityProviderName, whatever the cluster is called.
    expect(flag(service!, 'capacity-provider-strategy')).toBe('capacityProvider=ec2-capacity-provider,base=0,weight=1');
    expect(flag(service!, 'placement-strategy')).toBe('type=binpack,field=cpu');
    expect(flag(cp!, 'name')).toBe('ec2-capacity-provider');
    const [put] = callsOf(s, 'ecs put-cluster-capacity-providers');
    expect(flag(put!, 'capacity-providers')).toBe('ec2-capacity-provider');
    expect(flag(put!, 'default-capacity-provider-strategy')).toBe('capacityProvider=ec2-capacity-provider,base=0,weight=1');
    expect(s.text).toMatch(
      /# WARNING: put-cluster-capacity-providers REPLACES the cluster's whole list[\s\S]*?\naws ecs put-cluster-capacity-providers/,
    );
  });

  it('EC2 with managed scaling off: no termination protection (it needs managed scaling)', () => {
    const input = presetInput('cold-start-ec2');
    const parsed = parseScenario({ ...input, cluster: { ...input.cluster!, managedScaling: { status: 'DISABLED' } } });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const s = awsCliScript(parsed.scenario);
    expect(callsOf(s, 'autoscaling create-auto-scaling-group')[0]?.flags.has('new-instances-protected-from-scale-in')).toBe(false);
    expect(JSON.parse(flag(callsOf(s, 'ecs create-capacity-provider')[0]!, 'auto-scaling-group-provider')!)).toMatchObject({
      managedTerminationProtection: 'DISABLED',
      managedScaling: { status: 'DISABLED' },
    });
  });

  it('existing EC2 service: update-service moves it onto the strategy with a new deployment', () => {
    const s = awsCliScript(preset('cold-start-ec2'), { cluster: 'prod', service: 'web', existingService: true });
    expect(callsOf(s, 'ecs create-service')).toHaveLength(0);
    const [update] = callsOf(s, 'ecs update-service');
    expect(flag(update!, 'capacity-provider-strategy')).toBe('capacityProvider=ec2-capacity-provider,base=0,weight=1');
    expect(update?.flags.has('force-new-deployment')).toBe(true);
    expect(update?.flags.has('launch-type')).toBe(false);
  });

  it("takes the scenario's capacity provider strategy when it has one (FARGATE_SPOT with a FARGATE base)", () => {
    const input = presetInput('lunch-spike-fargate');
    const withStrategy = scenario({
      ...input,
      service: {
        ...input.service,
        launchType: undefined,
        capacityProviderStrategy: [
          { capacityProvider: 'FARGATE', base: 2, weight: 1 },
          { capacityProvider: 'FARGATE_SPOT', weight: 3 },
        ],
      },
    });
    const s = awsCliScript(withStrategy, { cluster: 'prod', service: 'web' });
    expectRunsAsIntended(s, 'strategy');
    const [service] = callsOf(s, 'ecs create-service');
    expect(service?.flags.get('capacity-provider-strategy')).toEqual([
      'capacityProvider=FARGATE,base=2,weight=1',
      'capacityProvider=FARGATE_SPOT,base=0,weight=3',
    ]);
    expect(service?.flags.has('launch-type')).toBe(false);
    expect(flag(callsOf(s, 'ecs put-cluster-capacity-providers')[0]!, 'capacity-providers')).toBe('FARGATE FARGATE_SPOT');
  });

  it('Fargate without a strategy: --launch-type FARGATE and the awsvpc network configuration', () => {
    const s = awsCliScript(preset('lunch-spike-fargate'), { cluster: 'prod', service: 'web' });
    const [service] = callsOf(s, 'ecs create-service');
    expect(flag(service!, 'launch-type')).toBe('FARGATE');
    expect(flag(service!, 'network-configuration')).toBe(
      `awsvpcConfiguration={subnets=[${s.placeholders.SUBNETS}],securityGroups=[${s.placeholders.SECURITY_GROUP}],assignPublicIp=ENABLED}`,
    );
    expect(callsOf(s, 'ecs put-cluster-capacity-providers')).toHaveLength(0);
  });

  it('ALB request count needs the load balancer and target group labels; SQS backlog is metric math with Container Insights', () => {
    const alb = awsCliScript(preset('alb-request-count'));
    const [tt] = callsOf(alb, 'application-autoscaling put-scaling-policy');
    const config = JSON.parse(flag(tt!, 'target-tracking-scaling-policy-configuration')!) as {
      PredefinedMetricSpecification: { ResourceLabel: string };
    };
    expect(config.PredefinedMetricSpecification.ResourceLabel).toBe(
      `${alb.placeholders.LOAD_BALANCER_LABEL}/${alb.placeholders.TARGET_GROUP_LABEL}`,
    );
    const sqs = awsCliScript(preset('sqs-backlog-worker'));
    const [policy] = callsOf(sqs, 'application-autoscaling put-scaling-policy');
    const metrics = (
      JSON.parse(flag(policy!, 'target-tracking-scaling-policy-configuration')!) as {
        CustomizedMetricSpecification: { Metrics: { Expression?: string }[] };
      }
    ).CustomizedMetricSpecification.Metrics;
    expect(metrics.at(-1)?.Expression).toBe('m1 / m2');
    expect(JSON.stringify(metrics)).toContain(`"Value":"${sqs.placeholders.QUEUE_NAME}"`);
    expect(flag(callsOf(sqs, 'ecs create-cluster')[0]!, 'settings')).toBe('name=containerInsights,value=enabled');
  });

  it('scheduled actions carry their schedule and bounds', () => {
    const [action] = callsOf(awsCliScript(preset('scheduled-morning')), 'application-autoscaling put-scheduled-action');
    expect(flag(action!, 'schedule')).toBe('cron(45 7 ? * MON-FRI *)');
    expect(flag(action!, 'scalable-target-action')).toMatch(/^MinCapacity=6/);
  });

  it('names derived from the scenario never end in "-" and stay valid ECS names', () => {
    expect(kebab(`${'a'.repeat(47)} b`, 'web')).toBe('a'.repeat(47));
    expect(kebab('Lunch-time spike on Fargate!', 'web')).toBe('lunch-time-spike-on-fargate');
    expect(kebab('日本語', 'web')).toBe('web');
    expect(kebab('--x--', 'web')).toBe('x');
    const s = awsCliScript({ ...preset('cold-start-ec2'), name: `${'word '.repeat(9)}and more` });
    expect(flag(callsOf(s, 'ecs create-service')[0]!, 'service-name')).toMatch(/^[a-z0-9-]*[a-z0-9]$/);
  });

  it("the capacity provider is the scenario's cluster.capacityProviderName; the parser refuses reserved prefixes, the script refuses invalid cluster or service names", () => {
    const input = presetInput('cold-start-ec2');
    const named = (name: string): ScenarioInput => ({
      ...input,
      service: { ...input.service, capacityProviderStrategy: [{ capacityProvider: name, weight: 1 }] },
      cluster: { ...input.cluster!, capacityProviderName: name },
    });
    const s = awsCliScript(scenario(named('web_asg-1')), { cluster: 'ecs-prod' });
    expect(flag(callsOf(s, 'ecs create-capacity-provider')[0]!, 'name')).toBe('web_asg-1');
    expect(flag(callsOf(s, 'ecs create-service')[0]!, 'capacity-provider-strategy')).toBe('capacityProvider=web_asg-1,base=0,weight=1');
    for (const reserved of ['ecs-prod', 'AWSprod', 'fargate-x']) {
      const parsed = parseScenario(named(reserved));
      expect(parsed.ok).toBe(false);
      if (!parsed.ok)
        expect(parsed.errors).toContainEqual({
          path: 'cluster.capacityProviderName',
          message: expect.stringMatching(/"aws", "ecs" or "fargate"/),
        });
    }
    expect(() => awsCliScript(preset('cold-start-ec2'), { cluster: 'prod; rm -rf ~' })).toThrow(/cluster name .*letters, digits/);
    expect(() => awsCliScript(preset('cold-start-ec2'), { service: 'web\n' })).toThrow(/service name/);
  });

  it('launchType EC2: --launch-type EC2, and the provider is still created and attached (its tasks bypass it, as the engine models)', () => {
    const input = presetInput('cold-start-ec2');
    const sc = scenario({ ...input, service: { ...input.service, capacityProviderStrategy: undefined, launchType: 'EC2' } });
    for (const existingService of [false, true]) {
      const s = awsCliScript(sc, { existingService });
      expectRunsAsIntended(s, `launchType EC2${existingService ? ' (update-service)' : ''}`);
      expect(flag(callsOf(s, 'ecs create-capacity-provider')[0]!, 'name')).toBe('ec2-capacity-provider');
      const [put] = callsOf(s, 'ecs put-cluster-capacity-providers');
      expect(flag(put!, 'default-capacity-provider-strategy')).toBe('capacityProvider=ec2-capacity-provider,base=0,weight=1');
      expect(s.text).toMatch(/# The service sets launchType EC2, so its tasks bypass this default strategy/);
      if (existingService) {
        const [update] = callsOf(s, 'ecs update-service');
        expect(update?.flags.has('capacity-provider-strategy')).toBe(false);
        expect(update?.flags.has('force-new-deployment')).toBe(false);
        expect(flag(update!, 'placement-strategy')).toBe('type=binpack,field=cpu');
      } else {
        const [service] = callsOf(s, 'ecs create-service');
        expect(flag(service!, 'launch-type')).toBe('EC2');
        expect(service?.flags.has('capacity-provider-strategy')).toBe(false);
      }
    }
  });

  it("the task definition's container carries the scenario's stopTimeout (default 30 s)", () => {
    const container = (sc: Scenario) =>
      (
        JSON.parse(flag(callsOf(awsCliScript(sc), 'ecs register-task-definition')[0]!, 'container-definitions')!) as {
          stopTimeout: number;
        }[]
      )[0];
    expect(container(preset('steady-fargate-cpu'))?.stopTimeout).toBe(30);
    const input = presetInput('steady-fargate-cpu');
    expect(container(scenario({ ...input, service: { ...input.service, stopTimeout: 120 } }))?.stopTimeout).toBe(120);
  });

  it('high-resolution target tracking: the service publishes the metrics it reads at 20 s (--monitoring-configuration)', () => {
    const input = presetInput('lunch-spike-fargate');
    const highRes = (types: string[]): Scenario =>
      scenario({
        ...input,
        autoScaling: {
          ...input.autoScaling,
          policies: types.map((predefinedMetricType, i) => ({
            name: `p${i}`,
            policyType: 'TargetTrackingScaling' as const,
            predefinedMetricType: predefinedMetricType as 'ECSServiceAverageCPUUtilization',
            targetValue: 50,
          })),
        },
      });
    const monitoring = (s: CliScript, op: string) => {
      const value = flag(callsOf(s, op)[0]!, 'monitoring-configuration');
      return value === undefined ? undefined : (JSON.parse(value) as unknown);
    };
    const cpu = highRes(['ECSServiceAverageCPUUtilizationHighResolution', 'ECSServiceAverageCPUUtilization']);
    const created = awsCliScript(cpu);
    expectRunsAsIntended(created, 'high-resolution CPU');
    expect(monitoring(created, 'ecs create-service')).toEqual({
      metricConfigurations: [{ metricNames: ['CPUUtilization'], resolutionSeconds: 20 }],
    });
    expect(created.notes.join('\n')).toMatch(/--monitoring-configuration/);
    const updated = awsCliScript(cpu, { existingService: true });
    expectRunsAsIntended(updated, 'high-resolution CPU (update-service)');
    expect(monitoring(updated, 'ecs update-service')).toEqual({
      metricConfigurations: [{ metricNames: ['CPUUtilization'], resolutionSeconds: 20 }],
    });
    expect(callsOf(updated, 'ecs update-service')[0]?.flags.has('launch-type')).toBe(false);
    const both = awsCliScript(
      highRes([
        'ECSServiceAverageMemoryUtilizationHighResolution',
        'ECSServiceAverageCPUUtilizationHighResolution',
        'ECSServiceAverageCPUUtilizationHighResolution',
      ]),
    );
    expect(monitoring(both, 'ecs create-service')).toEqual({
      metricConfigurations: [{ metricNames: ['MemoryUtilization', 'CPUUtilization'], resolutionSeconds: 20 }],
    });
    expect(monitoring(awsCliScript(preset('lunch-spike-fargate')), 'ecs create-service')).toBeUndefined();
    expect(callsOf(awsCliScript(preset('lunch-spike-fargate'), { existingService: true }), 'ecs update-service')).toHaveLength(0);
  });
});

describe('put-metric-alarm is complete', () => {
  function expectComplete(alarm: Map<string, string[]>, where: string) {
    for (const f of ['alarm-name', 'evaluation-periods', 'threshold', 'comparison-operator', 'alarm-actions'])
      expect(alarm.has(f), `${where}: --${f}`).toBe(true);
    if (alarm.has('metrics')) {
      expect(alarm.has('statistic') || alarm.has('period'), where).toBe(false);
      const metrics = JSON.parse(alarm.get('metrics')!.join(' ')) as { MetricStat?: { Stat?: string; Period?: number } }[];
      for (const m of metrics.filter((x) => x.MetricStat)) {
        expect(m.MetricStat!.Stat, where).toMatch(/^(Average|Minimum|Maximum|Sum|SampleCount)$/);
        expect(m.MetricStat!.Period, where).toBe(60);
      }
    } else {
      expect(alarm.get('statistic')?.[0], where).toMatch(/^(Average|Minimum|Maximum|Sum|SampleCount)$/);
      expect(alarm.get('period'), where).toEqual(['60']);
    }
  }

  it.each(
    STEP_METRICS.flatMap((metric) => (['Average', 'Minimum', 'Maximum', 'Sum'] as const).map((statistic) => [metric, statistic] as const)),
  )('a %s alarm with %s is complete', (metric, statistic) => {
    const sc = structuredClone(preset('step-scaling-cpu'));
    for (const p of sc.autoScaling.policies) if (p.policyType === 'StepScaling') p.alarm = { ...p.alarm, metric, statistic };
    const list = callsOf(awsCliScript(sc), 'cloudwatch put-metric-alarm');
    expect(list).toHaveLength(2);
    list.forEach((a, i) => {
      expectComplete(a.flags, `${metric} ${statistic} alarm ${i}`);
      if (!a.flags.has('metrics')) expect(flag(a, 'statistic')).toBe(statistic);
    });
  });
});

/** Characters that end comments and quotes, expand, chain commands or talk to the terminal. */
const HOSTILE = [
  "'",
  '"',
  '$',
  '(',
  ')',
  '`',
  ';',
  '&',
  '|',
  '\\',
  '\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u001b',
  '\u0000',
  '\u007f',
  '!',
  '*',
  '?',
  '[',
  ']',
  '#',
  '~',
  '{',
  '}',
  '<',
  '>',
  '=',
  ' ',
  '\t',
  'a',
  'Z',
  '9',
  '-',
  '_',
  '%',
  ':',
  '/',
  '\u202e',
  '\u200b',
  'é',
  '好',
  '🙂',
  '\ud800',
];

const HOSTILE_NAMES = [
  "it's",
  'x"; touch pwned; echo "',
  "x'; touch pwned; echo '",
  '$(touch pwned)',
  '`touch pwned`',
  '${HOME}',
  'a; rm -rf ~',
  'cpu\ntouch pwned',
  'cpu\r\ntouch pwned',
  'cpu\u2028touch pwned',
  'cpu\u2029touch pwned',
  'cpu\u0085touch pwned',
  'cpu\u001b[201~touch pwned\n',
  'a\u202eb',
  '!!',
  '*',
  '-rf',
  '--policy-name',
  ' leading space',
  '# not a comment',
  '\\',
];

/** A scenario with the given names in every name field that reaches the script. */
function withNames(policyName: string, actionName: string, scenarioName: string): ScenarioInput {
  const base = presetInput('step-scaling-cpu');
  const [high, low] = base.autoScaling.policies as NonNullable<ScenarioInput['autoScaling']['policies']>;
  return {
    ...base,
    name: scenarioName,
    autoScaling: {
      ...base.autoScaling,
      policies: [
        { ...high!, name: policyName },
        { ...low!, name: `${policyName}2` },
        {
          name: `${policyName}3`,
          policyType: 'TargetTrackingScaling',
          predefinedMetricType: 'ECSServiceAverageCPUUtilization',
          targetValue: 50,
        },
      ],
      scheduledActions: [{ name: actionName, schedule: 'cron(0 8 * * ? *)', minCapacity: 2 }],
    },
  };
}

/** Accepted and inert, or rejected with an error at a name field. */
function expectRejectedOrInert(input: ScenarioInput): 'rejected' | 'inert' {
  const parsed = parseScenario(input);
  if (!parsed.ok) {
    expect(parsed.errors.length).toBeGreaterThan(0);
    for (const e of parsed.errors) expect(e.path).toMatch(/(^name$|\.name$|capacityProviderName$|\.capacityProvider$)/);
    return 'rejected';
  }
  expectRunsAsIntended(awsCliScript(parsed.scenario), JSON.stringify(input.name));
  return 'inert';
}

describe('hostile names are rejected at parse time or reach AWS as inert text', () => {
  it.each(HOSTILE_NAMES)('%j as policy, scheduled action and scenario name', (name) => {
    for (const input of [withNames(name, 'ok', 'ok'), withNames('ok', name, 'ok'), withNames('ok', 'ok', name)])
      expectRejectedOrInert(input);
  });

  it('line breaks, control and invisible characters are rejected with an error naming the field', () => {
    const bad = parseScenario(withNames('cpu\ntouch pwned', 'a\u2028b', 'T\u001b[2J'));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors).toEqual(
      expect.arrayContaining([
        { path: 'autoScaling.policies[0].name', message: expect.stringMatching(/printable ASCII.*a line break/) },
        { path: 'autoScaling.scheduledActions[0].name', message: expect.stringMatching(/line separator \(U\+2028\)/) },
        { path: 'name', message: expect.stringMatching(/control character \(U\+001B\)/) },
      ]),
    );
  });

  it('quotes, $(), backticks and ";" are valid AWS policy names and stay literal', () => {
    const parsed = parseScenario(withNames(`x'; $(touch a) \`touch b\`; echo "c"`, 'morning', 'Demo'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(expectRejectedOrInert(withNames(`x'; $(touch a) \`touch b\`; echo "c"`, 'morning', 'Demo'))).toBe('inert');
  });

  it('the renderer refuses what validation would have rejected, and comments show it escaped', () => {
    expect(() => shq('a\u001bb')).toThrow(UnsafeTextError);
    expect(() => shq('a\u2028b')).toThrow(UnsafeTextError);
    expect(renderComment('a\nb\u2028c\u202e')).toBe('# a\\u{a}b\\u{2028}c\\u{202e}');
  });

  it('property: for any scenario the parser accepts, the script parses, runs only aws, with the intended arguments', () => {
    // Mostly shell metacharacters AWS accepts, so that many scenarios pass; then anything at all.
    const printable = HOSTILE.filter((c) => /^[\x21-\x7e]$/.test(c) && !':/|'.includes(c));
    const name = fc.oneof(
      { arbitrary: fc.string({ unit: fc.constantFrom(...printable), minLength: 1, maxLength: 12 }), weight: 4 },
      { arbitrary: fc.string({ unit: fc.constantFrom(...HOSTILE), minLength: 1, maxLength: 12 }), weight: 1 },
      { arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }), weight: 1 },
    );
    // Capacity provider names: mostly ones AWS accepts (letters, digits, "_", "-"), then the same as above.
    const provider = fc.oneof({ arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/), weight: 3 }, { arbitrary: name, weight: 1 });
    let accepted = 0;
    fc.assert(
      fc.property(
        name,
        name,
        name,
        fc.constantFrom('FARGATE', 'EC2', 'provider'),
        provider,
        (policy, action, title, capacity, providerName) => {
          const input = withNames(policy, action, title);
          const cluster = { ...presetInput('cold-start-ec2').cluster!, capacityProviderName: providerName };
          const full: ScenarioInput =
            capacity === 'FARGATE'
              ? input
              : capacity === 'EC2'
                ? { ...input, service: { ...input.service, launchType: 'EC2' }, cluster }
                : {
                    ...input,
                    service: {
                      ...input.service,
                      launchType: undefined,
                      capacityProviderStrategy: [{ capacityProvider: providerName, weight: 1 }],
                    },
                    cluster,
                  };
          if (expectRejectedOrInert(full) === 'inert') accepted++;
        },
      ),
      { numRuns: 100 },
    );
    expect(accepted).toBeGreaterThan(20);
  }, 120000);
});
