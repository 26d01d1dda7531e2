/**
 * Scheduled actions, phase (a) of each second (aws-facts §3): set MinCapacity and/or MaxCapacity,
 * then move the desired count inside them, whatever cooldown is in effect (§1.5).
 */
import { fireTimes, parseSchedule } from './schedule-expressions';
import type { Scenario } from './schema';
import { reconcile } from './tasks';
import type { SimState } from './types';

/** Every firing in the run as flat [t, actionIndex, ...] pairs, by time then scenario order (§3). */
export function compileSchedule(scenario: Scenario): number[] {
  const startMs = Date.parse(scenario.startTime);
  const firings: [number, number][] = [];
  scenario.autoScaling.scheduledActions.forEach((a, i) => {
    const parsed = parseSchedule(a.schedule);
    if (!parsed.ok) return; // parseScenario has already rejected it
    for (const t of fireTimes(parsed.schedule, startMs, scenario.durationSeconds)) firings.push([t, i]);
  });
  firings.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return firings.flat();
}

export function runScheduledActions(s: SimState, t: number): void {
  const plan = s.d.schedule;
  while (s.scheduleCursor < plan.length && (plan[s.scheduleCursor] as number) <= t) {
    const index = plan[s.scheduleCursor + 1] as number;
    s.scheduleCursor += 2;
    const a = s.scenario.autoScaling.scheduledActions[index];
    if (!a) continue;
    if (a.minCapacity !== undefined) s.minCapacity = a.minCapacity;
    if (a.maxCapacity !== undefined) s.maxCapacity = a.maxCapacity;
    // An action that sets one bound past the other moves the other with it (README, "Differences").
    if (s.minCapacity > s.maxCapacity) {
      if (a.minCapacity !== undefined && a.maxCapacity === undefined) s.maxCapacity = s.minCapacity;
      else s.minCapacity = s.maxCapacity;
    }
    s.events.push({ t, type: 'ScheduledActionExecuted', scheduledAction: a.name, minCapacity: s.minCapacity, maxCapacity: s.maxCapacity });
    const from = s.desired;
    const to = Math.min(Math.max(from, s.minCapacity), s.maxCapacity);
    if (to === from) continue;
    s.desired = to;
    if (to > from) {
      s.totals.scaleOuts++;
      if (s.totals.firstScaleOutAt < 0) s.totals.firstScaleOutAt = t;
    } else s.totals.scaleIns++;
    if (to > s.totals.maxDesired) s.totals.maxDesired = to;
    s.events.push({
      t,
      type: 'ScalingActivity',
      policy: null,
      scheduledAction: a.name,
      from,
      to,
      cause: `scheduled action ${a.name} set min ${s.minCapacity} and max ${s.maxCapacity}, changing the desired capacity from ${from} to ${to}`,
      basis: {
        policyType: 'ScheduledAction',
        schedule: a.schedule,
        minCapacity: s.minCapacity,
        maxCapacity: s.maxCapacity,
        desiredBefore: from,
        final: to,
      },
    });
    reconcile(s, t);
  }
}
