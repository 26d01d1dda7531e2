import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '@/lib/sim';
import { activitySteps, cpuScenario } from '@/lib/sim/test-fixtures';
import { entriesUpTo, logEntries } from './event-log';
import { clock } from './format';
import { lastEventAt, narrate, runningBefore, watching } from './narration';

function run(name: string): { sc: Scenario; r: ReturnType<typeof simulate> } {
  const parsed = parseScenario(parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('invalid preset');
  return { sc: parsed.scenario, r: simulate(parsed.scenario) };
}

function parseOrThrow(input: unknown): Scenario {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.scenario;
}

describe('narrate', () => {
  it('explains a target tracking scale-out with the engine’s own numbers', () => {
    const { sc, r } = run('lunch-spike-fargate');
    const first = r.events.find((e) => e.type === 'ScalingActivity')!;
    const row = r.minutes[first.t / 60 - 1]!;
    const n = narrate(sc, r, first.t + 30)!;
    expect(n.t).toBe(first.t);
    expect(n.headline).toBe(`3 datapoints above 50 % → AlarmHigh → desired 3 → 5 = ceil(${row.runningCount} × ${row.cpuUtilization} / 50)`);
    expect(Math.ceil((row.runningCount * row.cpuUtilization!) / 50)).toBe(5);
  });

  it('explains the scale-in after fifteen datapoints below 0.9 × target', () => {
    const { sc, r } = run('lunch-spike-fargate');
    const scaleIn = r.events.find((e) => e.type === 'ScalingActivity' && e.to < e.from)!;
    expect(narrate(sc, r, scaleIn.t)!.headline).toMatch(
      /^15 datapoints below 45 % \(0\.9 × 50\) → AlarmLow → desired 8 → 3 = ceil\(8 × [\d.]+ \/ 50\)$/,
    );
  });

  it('says why an AlarmLow in the dead band removes nothing', () => {
    const { sc, r } = run('steady-fargate-cpu');
    const low = r.events.find((e) => e.type === 'AlarmStateChange' && e.to === 'ALARM')!;
    const n = narrate(sc, r, low.t)!;
    expect(n.headline).toBe('TargetTracking-cpu50-AlarmLow: OK → ALARM');
    expect(n.details.join(' ')).toMatch(/No scale-in: ceil\(3 × [\d.]+ \/ 50\) = 3, not below the desired count 3\./);
  });

  it('explains a step scaling activity by its step', () => {
    const { sc, r } = run('step-scaling-cpu');
    const two = r.events.find((e) => e.type === 'ScalingActivity' && e.to - e.from === 2)!;
    const n = narrate(sc, r, two.t)!;
    expect(n.headline).toMatch(/^CPUUtilization Average ≥ 70 for 2 of 2 datapoints → cpu-high-alarm → desired 3 → 5 = 3 running \+ 2$/);
    expect(n.details[0]).toMatch(/falls in the step \[15, 25\)/);
  });

  it('explains scheduled actions and managed scaling', () => {
    const sched = run('scheduled-morning');
    const act = sched.r.events.find((e) => e.type === 'ScalingActivity' && e.scheduledAction)!;
    expect(narrate(sched.sc, sched.r, act.t)!.headline).toBe(
      'Scheduled action before-the-rush (cron(45 7 ? * MON-FRI *)) → min 6, max 12 → desired 2 → 6',
    );
    const ec2 = run('cold-start-ec2');
    const managed = ec2.r.events.filter((e) => e.type === 'ManagedScaling');
    expect(managed.map((e) => e.t)).toEqual([1200, 1500, 3360]);
    // Managed scaling alone: the group grows with CapacityProviderReservation, and shrinks after 15 minutes below target.
    const out = narrate(ec2.sc, ec2.r, 1500)!;
    expect(out.headline).toBe(
      'CapacityProviderReservation 150 > 100: 6 instances needed for the tasks, 4 in the group → Auto Scaling group 4 → 6 instances',
    );
    expect(out.details).toEqual([
      'CapacityProviderReservation = instances needed for all tasks ÷ instances in the group × 100; managed scaling tracks it at the target capacity.',
    ]);
    expect(narrate(ec2.sc, ec2.r, 3360)!.headline).toBe(
      'CapacityProviderReservation 67 < 100 for 15 minutes; only empty instances are terminated → Auto Scaling group 6 → 4 instances',
    );
  });

  it('is null before the first decision, and finds events by time', () => {
    const { sc, r } = run('lunch-spike-fargate');
    expect(narrate(sc, r, 0)).toBeNull();
    expect(lastEventAt(r.events, -1)).toBe(-1);
    expect(lastEventAt(r.events, 1e9)).toBe(r.events.length - 1);
  });

  it('watching counts datapoints building towards AlarmHigh', () => {
    const { sc, r } = run('lunch-spike-fargate');
    const first = r.events.find((e) => e.type === 'ScalingActivity')!;
    expect(watching(sc, r.minutes, first.t - 60)).toContain('cpu50: 2 of 3 datapoints above 50 % — AlarmHigh fires at 3.');
  });
});

describe('event log', () => {
  it('groups task events of one second like ECS service events', () => {
    const { r } = run('lunch-spike-fargate');
    const entries = logEntries(r.events, 'web', true);
    expect(entries.find((e) => e.kind === 'task')!.text).toBe('(service web) has started 2 tasks: (task task-4) (task task-5).');
    expect(entries.find((e) => e.kind === 'alarm')!.text).toMatch(
      /^Alarm TargetTracking-cpu50-AlarmLow updated from OK to ALARM\. Threshold Crossed: CPUUtilization < 45/,
    );
    expect(entries.find((e) => e.kind === 'scaling')!.text).toMatch(/^Setting desired count to 5\. Cause: monitor alarm/);
    expect(entriesUpTo(entries, entries[3]!.t)).toBeGreaterThanOrEqual(4);
    expect(entries.every((e, i) => i === 0 || e.t >= entries[i - 1]!.t)).toBe(true);
  });
});

const PRESETS = readdirSync(new URL('../../content/scenarios/', import.meta.url))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('narrate: the base of a scaling activity is the running count before it', () => {
  it('SQS worker: the scale-in starts from the 15 workers running, not the 10 left after it', () => {
    const { sc, r } = run('sqs-backlog-worker');
    const scaleIn = r.events.find((e) => e.type === 'ScalingActivity' && e.to < e.from)!;
    if (scaleIn.type !== 'ScalingActivity') throw new Error('expected an activity');
    const before = r.minutes[scaleIn.t / 60 - 2]!;
    const after = r.minutes[scaleIn.t / 60 - 1]!;
    expect([scaleIn.from, scaleIn.to, before.runningCount, after.runningCount]).toEqual([15, 10, 15, 10]);
    const n = narrate(sc, r, scaleIn.t)!;
    expect(n.headline).toBe(
      '15 datapoints below 90 messages per task (0.9 × 100) → AlarmLow → desired 15 → 10 = ceil(15 × 0 / 100) = 0, kept within 10–30',
    );
    expect(n.details.at(-1)).toBe(
      'Scale-in needs 15 minutes below 0.9 × target, so the service does not shed tasks on a short dip. It starts from the running count (15).',
    );
  });

  it.each(PRESETS)('%s: every target tracking activity reproduces the engine’s count from its base', (name) => {
    const { sc, r } = run(name);
    r.events.forEach((e, idx) => {
      if (e.type !== 'ScalingActivity' || e.scheduledAction !== null) return;
      const p = sc.autoScaling.policies.find((x) => x.name === e.policy)!;
      if (p.policyType !== 'TargetTrackingScaling') return;
      expect(runningBefore(r, idx)).not.toBeNull();
      const n = narrate(sc, r, e.t)!;
      const m = new RegExp(`→ desired ${e.from} → ${e.to} = ceil\\((\\d+) × ([\\d.]+) / ([\\d.]+)\\)`).exec(n.headline);
      expect(m, n.headline).not.toBeNull();
      const [base, value, target] = [Number(m![1]), Number(m![2]), Number(m![3])];
      const row = r.minutes[e.t / 60 - 1]!;
      expect(Math.min(row.maxCapacity, Math.max(row.minCapacity, Math.ceil((base * value) / target - 1e-9)))).toBe(e.to);
      const prev = r.minutes[e.t / 60 - 2]!;
      if (e.to < e.from) {
        // Fifteen quiet minutes: nothing was starting, so the previous minute's running count is the base.
        expect(prev.pendingCount).toBe(0);
        expect(base).toBe(prev.runningCount);
        expect(base).toBe(e.from);
      } else {
        expect(base).toBe(row.runningCount); // a scale-out stops nothing, and always starts from running
      }
    });
  });

  it('the scale-ins of every preset are narrated with the count before them', () => {
    let seen = 0;
    for (const name of PRESETS) {
      const { sc, r } = run(name);
      for (const e of r.events) {
        if (e.type !== 'ScalingActivity' || e.to >= e.from || e.scheduledAction !== null) continue;
        const prev = r.minutes[e.t / 60 - 2]!;
        expect(narrate(sc, r, e.t)!.headline).toMatch(
          new RegExp(`desired ${e.from} → ${e.to} = (ceil\\(${prev.runningCount} ×|${prev.runningCount} running −)`),
        );
        seen++;
      }
    }
    expect(seen).toBeGreaterThanOrEqual(9);
  });
});

describe('narrate: step scaling cooldowns', () => {
  it('a scale-in step says what its cooldown does for scale-in, not scale-out', () => {
    const { sc, r } = run('step-scaling-cpu');
    const ins = r.events.filter((e) => e.type === 'ScalingActivity' && e.to < e.from);
    expect(ins.length).toBeGreaterThan(1);
    for (const e of ins) {
      const n = narrate(sc, r, e.t)!;
      const prev = r.minutes[e.t / 60 - 2]!;
      expect(n.headline).toMatch(
        new RegExp(
          `^CPUUtilization Average ≤ 30 for 5 of 5 datapoints → cpu-low-alarm → desired \\d+ → \\d+ = ${prev.runningCount} running − 1$`,
        ),
      );
      const text = n.details.join(' ');
      expect(text).not.toMatch(/scale-out only adds/);
      expect(text).toContain(
        `Cooldown 300 s: cpu-low removes no more tasks until ${clock(e.t + 300)}, even while its alarm stays in ALARM; a scale-out during the cooldown goes ahead at once and ends it.`,
      );
      expect(n.details[0]).toMatch(/falls in the step \(−∞, 0\] of the table\./);
    }
    // The engine agrees: the alarm stays in ALARM and the next scale-in waits out the cooldown.
    for (let k = 1; k < ins.length; k++) expect(ins[k]!.t - ins[k - 1]!.t).toBe(300);
  });

  it('a scale-out step keeps the scale-out cooldown sentence', () => {
    const { sc, r } = run('step-scaling-cpu');
    const out = r.events.find((e) => e.type === 'ScalingActivity' && e.to > e.from)!;
    expect(narrate(sc, r, out.t)!.details.join(' ')).toMatch(
      /Cooldown 60 s: while it runs, a further scale-out only adds what the previous one has not\./,
    );
  });

  it('within a step scale-out cooldown the step applies to the count before the cooldown (AWS: +2, then +3 adds 1)', () => {
    const sc = parseOrThrow(
      cpuScenario({
        desiredCount: 10,
        durationSeconds: 180,
        taskStartSeconds: 600,
        rates: [
          { at: 0, value: 800 },
          { at: 60, value: 950 },
        ],
        policies: [
          {
            name: 'out',
            policyType: 'StepScaling',
            alarm: { metric: 'CPUUtilization', comparisonOperator: 'GreaterThanOrEqualToThreshold', threshold: 70 },
            adjustmentType: 'ChangeInCapacity',
            stepAdjustments: [
              { metricIntervalLowerBound: 0, metricIntervalUpperBound: 20, scalingAdjustment: 2 },
              { metricIntervalLowerBound: 20, scalingAdjustment: 3 },
            ],
            cooldown: 300,
          },
        ],
      }),
    );
    const r = simulate(sc);
    expect(activitySteps(r)).toEqual([
      [60, 10, 12],
      [120, 12, 13],
    ]);
    expect(narrate(sc, r, 60)!.headline).toMatch(/→ desired 10 → 12 = 10 running \+ 2$/);
    const n = narrate(sc, r, 120)!;
    expect(n.headline).toMatch(/→ desired 12 → 13 = 10 before the cooldown \+ 3$/);
    expect(n.details.join(' ')).toMatch(/the previous increase counts as part of the current capacity, so the step applies to 10/);
  });
});
