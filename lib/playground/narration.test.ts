import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseScenario, simulate, type Scenario } from '@/lib/sim';
import { entriesUpTo, logEntries } from './event-log';
import { lastEventAt, narrate, watching } from './narration';

function run(name: string): { sc: Scenario; r: ReturnType<typeof simulate> } {
  const parsed = parseScenario(parse(readFileSync(new URL(`../../content/scenarios/${name}.yaml`, import.meta.url), 'utf8')));
  if (!parsed.ok) throw new Error('invalid preset');
  return { sc: parsed.scenario, r: simulate(parsed.scenario) };
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
    expect(narrate(sc, r, scaleIn.t)!.headline).toMatch(/^15 datapoints below 45 % \(0\.9 × 50\) → AlarmLow → desired 8 → 3 = ceil\(8 × [\d.]+ \/ 50\)$/);
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
    expect(narrate(sched.sc, sched.r, act.t)!.headline).toBe('Scheduled action before-the-rush (cron(45 7 ? * MON-FRI *)) → min 6, max 12 → desired 2 → 6');
    const ec2 = run('cold-start-ec2');
    const ms = ec2.r.events.find((e) => e.type === 'ManagedScaling')!;
    // At the same second target tracking may also act; a ManagedScaling found first is narrated.
    const n = narrate(ec2.sc, ec2.r, ms.t)!;
    expect(n.headline).toMatch(/CapacityProviderReservation|desired/);
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
    expect(entries.find((e) => e.kind === 'alarm')!.text).toMatch(/^Alarm TargetTracking-cpu50-AlarmLow updated from OK to ALARM\. Threshold Crossed: CPUUtilization < 45/);
    expect(entries.find((e) => e.kind === 'scaling')!.text).toMatch(/^Setting desired count to 5\. Cause: monitor alarm/);
    expect(entriesUpTo(entries, entries[3]!.t)).toBeGreaterThanOrEqual(4);
    expect(entries.every((e, i) => i === 0 || e.t >= entries[i - 1]!.t)).toBe(true);
  });
});

describe('narrate during a scale-out cooldown', () => {
  it('uses the desired count the previous scale-out set as the base', () => {
    const { sc, r } = run('cold-start-ec2');
    const second = r.events.filter((e) => e.type === 'ScalingActivity')[1]!;
    if (second.type !== 'ScalingActivity') throw new Error('expected an activity');
    const n = narrate(sc, r, second.t)!;
    expect(n.headline).toMatch(new RegExp(`→ desired ${second.from} → ${second.to} = ceil\\(${second.from} × [\\d.]+ / 60\\)$`));
    expect(n.details.join(' ')).toMatch(/Within the scale-out cooldown/);
  });
});
