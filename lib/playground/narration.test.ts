import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Result, type Scenario, type ScalingBasis, type SimEvent } from '@/lib/sim';
import { entriesUpTo, logEntries } from './event-log';
import { clock, num } from './format';
import { lastEventAt, narrate, watching } from './narration';

function run(name: string): { sc: Scenario; r: Result } {
  const parsed = parseScenario(parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('invalid preset');
  return { sc: parsed.scenario, r: simulate(parsed.scenario) };
}

type Activity = Extract<SimEvent, { type: 'ScalingActivity' }>;
const activities = (r: Result) => r.events.filter((e): e is Activity => e.type === 'ScalingActivity');
const policyBasis = (e: Activity): ScalingBasis => {
  if (e.basis.policyType === 'ScheduledAction') throw new Error('scheduled');
  return e.basis;
};

const PRESETS = readdirSync(new URL('../../content/scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('narrate: target tracking, from the basis', () => {
  it('explains a scale-out with the engine’s own numbers', () => {
    const { r } = run('lunch-spike-fargate');
    const first = activities(r)[0]!;
    const b = policyBasis(first);
    const n = narrate(r, first.t + 30)!;
    expect(n.t).toBe(first.t);
    expect(n.headline).toBe(`3 datapoints above 50 % → AlarmHigh → desired 3 → 5 = ceil(${b.base.count} × ${num(b.value, 2)} / 50)`);
    expect(b).toMatchObject({ base: { kind: 'running', count: 3 }, raw: 5, final: 5 });
    expect(n.details[0]).toMatch(/^Datapoints \(one per minute, oldest first, each published 183 s after its period ended\): /);
  });

  it('says when the datapoint was measured on fewer tasks than run now (the overshoot of late datapoints)', () => {
    const { r } = run('lunch-spike-fargate');
    const third = activities(r)[2]!;
    const n = narrate(r, third.t)!;
    expect(n.headline).toMatch(/→ desired 7 → 12 = ceil\(7 × [\d.]+ \/ 50\) = 13, kept within 2–12$/);
    expect(n.details.join(' ')).toMatch(
      /The newest datapoint was measured on 3 tasks in the period ending 0:36; 7 are running at 0:39:03\./,
    );
  });

  it('explains the scale-in after fifteen datapoints below 0.9 × target', () => {
    const { r } = run('lunch-spike-fargate');
    const scaleIn = activities(r).find((e) => e.to < e.from)!;
    expect(narrate(r, scaleIn.t)!.headline).toMatch(
      /^15 datapoints below 45 % \(0\.9 × 50\) → AlarmLow → desired 12 → 8 = ceil\(12 × [\d.]+ \/ 50\)$/,
    );
  });

  it('says why an AlarmLow in the dead band removes nothing', () => {
    const { r } = run('steady-fargate-cpu');
    const n = narrate(r, 1083)!;
    expect(n.headline).toMatch(
      /^AlarmLow in ALARM, desired stays 3 — the policy asks for no change to the desired count: it asks for 3 = ceil\(3 × [\d.]+ \/ 50\)$/,
    );
    expect(n.details).toContain('A scale-in applies only below the desired count (3).');
  });

  it('names the model simplifications a decision relies on', () => {
    const { r } = run('lunch-spike-fargate');
    const scaleIn = activities(r).find((e) => e.to < e.from)!;
    expect(narrate(r, scaleIn.t)!.notes.join(' ')).toMatch(/how far AWS scales in at once is not documented/);
  });
});

describe('narrate: step scaling, scheduled actions, managed scaling', () => {
  it('explains a step scaling activity by its step', () => {
    const { r } = run('step-scaling-cpu');
    const two = activities(r).find((e) => e.to - e.from === 2)!;
    const n = narrate(r, two.t)!;
    expect(n.headline).toBe('CPUUtilization Average ≥ 70 for 2 of 2 datapoints → cpu-high-alarm → desired 4 → 6 = 4 running + 2');
    expect(n.details[1]).toMatch(/ − 70 = [\d.]+ falls in the step \[15, 25\) of the table\./);
  });

  it('within the step policy’s scale-out cooldown the step applies to the count before it (AWS: +2, then +3 adds 1)', () => {
    const { r } = run('step-scaling-cpu');
    const e = activities(r).find((x) => x.basis.policyType === 'StepScaling' && x.basis.base.kind === 'beforeCooldown')!;
    const n = narrate(r, e.t)!;
    expect(n.headline).toMatch(/→ desired 6 → 7 = 4 before the cooldown \+ 3$/);
    expect(n.details.join(' ')).toMatch(/the previous increase counts as part of the current capacity, so the step applies to 4/);
  });

  it('a scale-in step says what its cooldown does for scale-in', () => {
    const { r } = run('step-scaling-cpu');
    const ins = activities(r).filter((e) => e.to < e.from);
    expect(ins.length).toBeGreaterThan(1);
    for (const e of ins) {
      const n = narrate(r, e.t)!;
      expect(n.headline).toMatch(
        /^CPUUtilization Average ≤ 30 for 5 of 5 datapoints → cpu-low-alarm → desired \d+ → \d+ = \d+ running − 1$/,
      );
      expect(n.details.join(' ')).toContain(
        `Scale-in cooldown 300 s: no further scale-in until ${clock(e.t + 300, true)}, even while the alarm stays in ALARM; a scale-out during the cooldown goes ahead at once and ends it.`,
      );
      expect(n.details[1]).toMatch(/falls in the step \(−∞, 0\] of the table\./);
    }
    for (let k = 1; k < ins.length; k++) expect(ins[k]!.t - ins[k - 1]!.t).toBeGreaterThanOrEqual(300);
  });

  it('explains scheduled actions and managed scaling', () => {
    const sched = run('scheduled-morning');
    const act = activities(sched.r).find((e) => e.scheduledAction)!;
    expect(narrate(sched.r, act.t)!.headline).toBe(
      'Scheduled action before-the-rush (cron(45 7 ? * MON-FRI *)) → min 6, max 12 → desired 2 → 6',
    );
    const ec2 = run('cold-start-ec2');
    const managed = ec2.r.events.filter((e) => e.type === 'ManagedScaling');
    expect(managed.map((e) => e.t)).toEqual([1563, 1923, 4143]);
    const out = narrate(ec2.r, 1563)!;
    expect(out.headline).toBe(
      'CapacityProviderReservation 200 > 100: 4 instances needed for the tasks, 2 in the group → Auto Scaling group 2 → 4 instances',
    );
    expect(out.details[0]).toBe(
      'CapacityProviderReservation = instances needed for all tasks ÷ instances in the group × 100 = 4 ÷ 2 × 100; managed scaling asks for ceil(4 × 100 ÷ 100) = 4 instances.',
    );
    expect(narrate(ec2.r, 1623)!.headline).toMatch(/the group stays at 4 — an instance is warming up$/);
    expect(narrate(ec2.r, 4143)!.headline).toBe(
      'CapacityProviderReservation 67 < 100: 4 instances needed for the tasks, 6 in the group → Auto Scaling group 6 → 4 instances',
    );
  });

  it('is null before the first decision, and finds events by time', () => {
    const { r } = run('lunch-spike-fargate');
    expect(narrate(r, 0)).toBeNull();
    expect(lastEventAt(r.events, -1)).toBe(-1);
    expect(lastEventAt(r.events, 1e9)).toBe(r.events.length - 1);
  });
});

describe('watching', () => {
  it('counts datapoints building towards AlarmHigh, from the engine’s alarm history', () => {
    const { sc, r } = run('lunch-spike-fargate');
    const first = activities(r)[0]!;
    expect(watching(sc, r, first.t - 60)).toContain('cpu50: 2 of 3 datapoints above 50 % — AlarmHigh fires at 3.');
  });
});

describe('every decision of every preset is told from its basis', () => {
  it.each(PRESETS)('%s', (name) => {
    const { r } = run(name);
    for (const e of r.events) {
      if (e.type !== 'ScalingActivity' && e.type !== 'NotScaled' && e.type !== 'ManagedScaling') continue;
      const n = narrate(r, e.t)!;
      expect(n, `${name} at ${e.t}`).not.toBeNull();
      if (e.type !== 'ScalingActivity' || e.basis.policyType === 'ScheduledAction') continue;
      const b = e.basis;
      expect(n.headline).toContain(`desired ${e.from} → ${e.to}`);
      expect(b.final).toBe(e.to);
      if (b.rule.kind === 'proportional')
        expect(n.headline).toContain(`ceil(${b.base.count} × ${num(b.value, 2)} / ${num(b.rule.targetValue, 2)})`);
      expect(b.base.kind === 'running' ? b.base.count : 0).toBeGreaterThanOrEqual(0);
    }
  });

  it('the narration has no scaling arithmetic or engine constants of its own', () => {
    const src = readFileSync(new URL('./narration.ts', import.meta.url), 'utf8');
    expect(src).not.toMatch(/Math\.(ceil|floor|round|max|min)/);
    expect(src).not.toMatch(/\b0\.9\b|\b15\b/);
    expect(src).not.toMatch(/AlarmHigh\|AlarmLow/); // no parsing of alarm names
  });
});

describe('event log', () => {
  it('groups task events of one second like ECS service events and quotes CloudWatch', () => {
    const { r } = run('lunch-spike-fargate');
    const entries = logEntries(r.events, 'web', true);
    expect(entries.find((e) => e.kind === 'task')!.text).toBe('(service web) has started 2 tasks: (task task-4) (task task-5).');
    expect(entries.find((e) => e.kind === 'alarm')!.text).toMatch(
      /^Alarm TargetTracking-cpu50-AlarmLow updated from OK to ALARM\. Threshold Crossed: 15 out of the last 15 datapoints \[[\d., ]+\] were less than the threshold \(45\)/,
    );
    expect(entries.find((e) => e.kind === 'scaling' && e.text.startsWith('Setting'))!.text).toMatch(
      /^Setting desired count to 5\. Cause: monitor alarm TargetTracking-cpu50-AlarmHigh/,
    );
    expect(entries.find((e) => e.text.startsWith('Not scaled'))!.text).toBe(
      'Not scaled: cpu50 kept the desired count at 3 (AlreadyAtDesiredCapacity; asked for 3).',
    );
    expect(entriesUpTo(entries, entries[3]!.t)).toBeGreaterThanOrEqual(4);
    expect(entries.every((e, i) => i === 0 || e.t >= entries[i - 1]!.t)).toBe(true);
  });

  it('tells EKS pods and nodes in Kubernetes words, never as ECS tasks and container instances', () => {
    const { sc, r } = run('eks-cluster-autoscaler');
    const entries = logEntries(r.events, 'web', true, sc.platform.type);
    const text = entries.map((e) => e.text).join('\n');
    expect(text).not.toMatch(/\(task |\(service |ecs-svc|Container instance|EC2 instance|stopCode/);
    const waiting = r.events.find((e) => e.type === 'TaskStateChange' && e.lastStatus === 'PROVISIONING');
    const pod = waiting && waiting.type === 'TaskStateChange' ? waiting.taskId.replace('task-', 'web-') : '';
    expect(entries.find((e) => e.text.includes('FailedScheduling'))!.text).toBe(
      `(deployment web) created 1 pod: pod/${pod}. Pending: FailedScheduling, no node has room for the pod’s requests.`,
    );
    expect(text).toMatch(/^Node i-\d+ joined the cluster and is Ready\.$/m);
    expect(text).toMatch(
      /^\(deployment web\) deleted 1 pod: pod\/web-\d+\. Reason: Deleted by its ReplicaSet: the Deployment was scaled down\.$/m,
    );
  });

  it('says Evicted when Karpenter drains a node, and tells App Runner instances as instances', () => {
    const eks = run('eks-karpenter');
    const stops = eks.r.events.filter((e) => e.type === 'TaskStateChange' && e.lastStatus === 'STOPPED');
    expect(
      stops.some(
        (e) =>
          e.type === 'TaskStateChange' && /^Evicted by Karpenter: node i-\d+ is drained before it is removed$/.test(e.stoppedReason ?? ''),
      ),
    ).toBe(true);
    expect(stops.every((e) => e.type === 'TaskStateChange' && e.stopCode === null)).toBe(true);
    const ar = run('app-runner-concurrency');
    const text = logEntries(ar.r.events, 'web', false, ar.sc.platform.type).map((e) => e.text);
    expect(text).toContain('App Runner started 1 instance: instance-3.');
    expect(text.join('\n')).not.toMatch(/task|ecs-svc/);
  });
});
