/** scripts/sim.ts end to end, as a learner or CI would run it. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { resultJson, terminalSafe } from '../../scripts/sim-output';
import { MAX_POLICIES } from './limits';
import { simulate } from './simulate';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sim = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/sim.ts', ...args], { cwd: root, encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'sim-cli-'));
let files = 0;
/** A scenario file (YAML text, or an object written as JSON). */
function scenarioFile(content: string | object): string {
  const file = join(dir, `s${files++}.${typeof content === 'string' ? 'yaml' : 'json'}`);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}
const web = (extra: string[] = [], autoScaling = ['  minCapacity: 1', '  maxCapacity: 4']) =>
  [
    'version: 1',
    'durationSeconds: 600',
    'service: { launchType: FARGATE, cpu: 256, memory: 512, desiredCount: 1 }',
    'workload: { type: web, requestsPerSecond: [{ at: 0, value: 10 }] }',
    ...extra,
    'autoScaling:',
    ...autoScaling,
  ].join('\n');

/** One line on stderr, no stack trace. */
function expectOneLine(stderr: string) {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}

describe('npm run sim', () => {
  it('exits 2 and lists every error with its path for an invalid scenario, printing no result', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(
      file,
      [
        'version: 1',
        'durationSeconds: 600',
        'service: { launchType: FARGATE, cpu: 1024, memory: 1024, desiredCount: 2, colour: blue }',
        'loadBalancer: { type: CLB }',
        'workload: { type: web, requestsPerSecond: [{ at: 0, value: 10 }] }',
        'autoScaling:',
        '  minCapacity: 1',
        '  maxCapacity: 4',
        '  scheduledActions: [{ name: m, schedule: "rate(1 minutes)", minCapacity: 2 }]',
      ].join('\n'),
    );
    const r = sim(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('service.colour: unknown field');
    // The cross-field rules run once the shape is valid; fix the unknown key and they all appear.
    writeFileSync(file, readFileSync(file, 'utf8').replace(', colour: blue', ''));
    const again = sim(file);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('service.memory: 1024 MiB is not a valid Fargate size');
    expect(again.stderr).toContain('loadBalancer.type: a Classic Load Balancer does not support Fargate tasks');
    expect(again.stderr).toContain('autoScaling.scheduledActions[0].schedule: with a value of 1 the unit is singular');
  }, 30000);

  it('prints the result of a preset as JSON', () => {
    const r = sim('content/scenarios/steady-fargate-cpu.yaml');
    expect(r.status).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result.version).toBe(1);
    expect(result.minutes).toHaveLength(60);
  }, 30000);

  it('prints a readable summary with --summary', () => {
    const r = sim('content/scenarios/lunch-spike-fargate.yaml', '--summary');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Scaling activities:');
    expect(r.stdout).toMatch(/cpu50: 3 → \d+ tasks/);
  }, 30000);

  it('lists the HPA and Cluster Autoscaler in --summary for EKS, with a nodes column, and deployments when there are some', () => {
    const eks = sim('content/scenarios/eks-cluster-autoscaler.yaml', '--summary');
    expect(eks.status).toBe(0);
    expect(eks.stdout).toMatch(/^ +time +desired +running +pending .* 5xx +nodes +cost \$$/m);
    expect(eks.stdout).toMatch(/^ {2}00:32 {2}HPA: 3 → 4 pods \(CPU [\d.]+ % vs 50 %\)$/m);
    expect(eks.stdout).toMatch(/^ {2}\d\d:\d\d {2}Cluster Autoscaler: 2 → 3 nodes \(launch m5\.large i-3; scaleUp\)$/m);
    expect(eks.stdout).not.toContain('Deployments and incidents:');
    const canary = sim('content/scenarios/deploy-canary.yaml', '--summary');
    expect(canary.stdout).toMatch(/Deployments and incidents:\n {2}00:10 {2}SERVICE_DEPLOYMENT_IN_PROGRESS rev-1 → /);
  }, 30000);

  it('fails clearly on a missing file', () => {
    const r = sim('no/such/scenario.yaml');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('cannot read no/such/scenario.yaml: no such file');
  }, 30000);

  it('streams the same JSON as the result, and refuses a number that is not finite instead of printing null', () => {
    const input = parse(readFileSync(join(root, 'content/scenarios/cold-start-ec2.yaml'), 'utf8'));
    const r = sim('content/scenarios/cold-start-ec2.yaml');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.stringify(simulate(input), null, 2)}\n`);
    const result = simulate(input);
    expect([...resultJson(result, 100)].join('')).toBe(r.stdout);
    const broken = { ...result, minutes: [{ ...result.minutes[0]!, costUsd: Infinity }] };
    expect(() => [...resultJson(broken)]).toThrow('minutes[0].costUsd is Infinity, not a finite number');
  }, 30000);

  it('`| head` ends cleanly: no EPIPE stack trace, status 0', () => {
    const r = spawnSync(
      'bash',
      ['-c', 'set -o pipefail; npx tsx scripts/sim.ts content/scenarios/scheduled-morning.yaml | head -c 200 > /dev/null'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 30000);
});

describe('npm run sim: limits and hostile input', () => {
  it("the issue's 9-line scenario (a scheduled action with minCapacity 50000000) is rejected at once", () => {
    const r = sim(
      scenarioFile(
        web(
          [],
          [
            '  minCapacity: 1',
            '  maxCapacity: 4',
            '  scheduledActions: [{ name: big, schedule: "rate(5 minutes)", minCapacity: 50000000 }]',
          ],
        ),
      ),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'autoScaling.scheduledActions[0].minCapacity: must be ≤ 1000: the simulator runs at most 1000 tasks in a service',
    );
    expect(r.stdout).toBe('');
  }, 30000);

  it('counts are capped with the AWS quota named', () => {
    const policy = (i: number) => ({
      name: `p${i}`,
      policyType: 'TargetTrackingScaling',
      predefinedMetricType: 'ECSServiceAverageCPUUtilization',
      targetValue: 50,
    });
    const input = parse(web());
    input.autoScaling.policies = Array.from({ length: MAX_POLICIES + 1 }, (_, i) => policy(i));
    const r = sim(scenarioFile(input));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('autoScaling.policies: has more than 50 policies (the AWS quota)');
  }, 30000);

  it('a run that records too many events stops with one line and status 2 (no RangeError, no stack trace)', () => {
    const file = scenarioFile(
      [
        'version: 1',
        'durationSeconds: 604800',
        'service: { launchType: FARGATE, cpu: 256, memory: 512, desiredCount: 1, taskStartSeconds: 0 }',
        'loadBalancer: { type: ALB, deregistrationDelaySeconds: 0, healthCheckIntervalSeconds: 5 }',
        'workload: { type: web, requestsPerSecond: [{ at: 0, value: 100000 }] }',
        'autoScaling:',
        '  minCapacity: 0',
        '  maxCapacity: 1000',
        '  scheduledActions:',
        '    - { name: up, schedule: "cron(0/2 * * * ? *)", minCapacity: 1000, maxCapacity: 1000 }',
        '    - { name: down, schedule: "cron(1/2 * * * ? *)", minCapacity: 0, maxCapacity: 0 }',
      ].join('\n'),
    );
    const r = sim(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr);
    expect(r.stderr).toMatch(/the run recorded more than 200,000 events by \d+:\d\d of simulated time/);
    // The same churn with an hour of deregistration delay piles up draining tasks: stopped sooner.
    const draining = sim(
      scenarioFile(
        readFileSync(file, 'utf8')
          .replace('deregistrationDelaySeconds: 0', 'deregistrationDelaySeconds: 3600')
          .replace('value: 100000 }]', 'value: 1000000 }], cpuSecondsPerRequest: 3600, timeoutSeconds: 3600'),
      ),
    );
    expect(draining.status).toBe(2);
    expectOneLine(draining.stderr);
    expect(draining.stderr).toContain('more than 2,000 tasks were alive at once');
  }, 60000);

  it('the heaviest valid scenario runs to the end with finite numbers everywhere', () => {
    const steps = Array.from({ length: 20 }, (_, k) => ({
      metricIntervalLowerBound: k * 5,
      ...(k < 19 ? { metricIntervalUpperBound: (k + 1) * 5 } : {}),
      scalingAdjustment: 1,
    }));
    const r = sim(
      scenarioFile({
        version: 1,
        durationSeconds: 604800,
        service: { launchType: 'EC2', cpu: 256, memory: 512, desiredCount: 1000, taskStartSeconds: [0, 3600] },
        loadBalancer: { type: 'ALB', healthCheckIntervalSeconds: 5, deregistrationDelaySeconds: 0 },
        cluster: {
          instanceType: { name: 'tiny.one', cpu: 256, memory: 1024, pricePerHour: 10000 },
          autoScalingGroup: { minSize: 0, maxSize: 1000, desiredCapacity: 1000 },
          managedScaling: { instanceWarmupPeriod: 0 },
          placementStrategy: 'spread',
        },
        workload: {
          type: 'web',
          requestsPerSecond: Array.from({ length: 10080 }, (_, i) => ({
            at: i * 60,
            value: 1000000 - (i % 97) * 1000,
            ...(i ? { rampSeconds: 30 } : {}),
          })),
          cpuSecondsPerRequest: 3600,
          noise: 0.99,
          timeoutSeconds: 3600,
          baseLatencyMs: 3600000,
          memoryMiB: { base: 1048576, perInFlightRequest: 1048576 },
        },
        autoScaling: {
          minCapacity: 0,
          maxCapacity: 1000,
          policies: Array.from({ length: 50 }, (_, i) =>
            i % 2
              ? {
                  name: `tt-${i}`,
                  policyType: 'TargetTrackingScaling',
                  predefinedMetricType: i % 4 === 1 ? 'ALBRequestCountPerTarget' : 'ECSServiceAverageCPUUtilization',
                  targetValue: 50,
                  scaleOutCooldown: 0,
                  scaleInCooldown: 0,
                  disableScaleIn: true,
                }
              : {
                  name: `step-${i}`,
                  policyType: 'StepScaling',
                  alarm: {
                    metric: 'CPUUtilization',
                    statistic: 'Maximum',
                    comparisonOperator: 'GreaterThanOrEqualToThreshold',
                    threshold: 50,
                    evaluationPeriods: 60,
                    datapointsToAlarm: 30,
                  },
                  adjustmentType: 'PercentChangeInCapacity',
                  stepAdjustments: steps.map((x) => ({ ...x, scalingAdjustment: 1000000 })),
                  cooldown: 0,
                },
          ),
          scheduledActions: Array.from({ length: 200 }, (_, i) => ({
            name: `daily-${i}`,
            schedule: `cron(${i % 60} ${Math.floor(i / 60)} * * ? *)`,
            minCapacity: 1,
          })),
        },
      }),
      '--summary',
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\bnull\b|NaN|Infinity/);
    expect(r.stdout).toMatch(/totalCostUsd: \d+(\.\d+)?\n/);
  }, 120000);

  it('.inf, .nan and numbers too large for a double get a message that says so', () => {
    const r = sim(
      scenarioFile(
        web()
          .replace('value: 10 }', 'value: .inf }')
          .replace('desiredCount: 1 }', 'desiredCount: 1, taskStartSeconds: .nan }')
          .replace('maxCapacity: 4', 'maxCapacity: 1e999'),
      ),
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('workload.requestsPerSecond[0].value: must be a finite number, not infinite (.inf, or a number too large)');
    expect(r.stderr).toContain('autoScaling.maxCapacity: must be a finite number, not infinite (.inf, or a number too large)');
    expect(r.stderr).not.toContain('not a number, not');
  }, 30000);

  it('startTime must be a real date and time (2026-02-30 is not rolled over to March 2)', () => {
    const r = sim(scenarioFile(web(['startTime: "2026-02-30T00:00:00Z"'])));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('startTime: 2026-02-30 is not a date: February 2026 has 28 days');
    const leap = sim(scenarioFile(web(['startTime: "2028-02-29T23:59:59Z"'])));
    expect(leap.status).toBe(0);
    const hour = sim(scenarioFile(web(['startTime: "2026-01-05T24:00:00Z"'])));
    expect(hour.stderr).toContain('startTime: 24:00:00 is not a time of day');
  }, 30000);

  it('names reach the terminal escaped: in --summary, and in errors that quote the input', () => {
    expect(terminalSafe('a\u001b[2Jb\u202ec\u2028d\u0085')).toBe('a\\u{1b}[2Jb\\u{202e}c\\u{2028}d\\u{85}');
    const input = parse(readFileSync(join(root, 'content/scenarios/scheduled-morning.yaml'), 'utf8'));
    input.name = 'Morning ☀ 早上';
    const summary = sim(scenarioFile(input), '--summary');
    expect(summary.status).toBe(0);
    expect(summary.stdout.split('\n')[0]).toBe('Morning ☀ 早上');
    input.name = 'Morning\u001b]0;pwned\u0007';
    const bad = sim(scenarioFile(input), '--summary');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('name: must be one line of visible text; it contains a control character (U+001B)');
    const ec2 = parse(readFileSync(join(root, 'content/scenarios/cold-start-ec2.yaml'), 'utf8'));
    ec2.cluster.instanceType = 'm5\u001b[2J';
    const echoed = sim(scenarioFile(ec2));
    expect(echoed.status).toBe(2);
    expect(echoed.stderr).toContain('unknown instance type "m5\\u001b[2J"');
    expect(echoed.stderr).not.toContain('\u001b');
    const yamlError = sim(scenarioFile('version: 1\nname: [\u001b[31m'));
    expect(yamlError.status).toBe(2);
    expect(yamlError.stderr).not.toContain('\u001b');
  }, 60000);

  it('a file too large to be a scenario is refused before it is parsed', () => {
    const r = sim(scenarioFile(`# ${'x'.repeat(5 * 1024 * 1024)}\n${web()}`));
    expect(r.status).toBe(2);
    expectOneLine(r.stderr);
    expect(r.stderr).toMatch(/is \d+ bytes; a scenario is at most 4194304 bytes/);
  }, 30000);
});
