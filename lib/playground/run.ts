/**
 * A playground run: the engine stepped to the end, a cluster frame recorded at every minute
 * boundary, within a budget (limits.ts RUN_BUDGET). A run that outgrows the budget stops with a
 * sentence that says what grew and what to change, instead of taking the tab's memory or time.
 *
 * The desired count never leaves [minCapacity, maxCapacity], and only scheduled actions move those
 * bounds, so the most tasks a run can ask for is known before it starts: a scheduled action that
 * asks for a hundred million tasks is refused before the first of them exists (the engine launches
 * them within the second the action runs). More policies or scheduled actions than AWS's own
 * quotas are refused too. What depends on how the run unfolds (draining tasks,
 * events, frame memory, time) is checked after every simulated minute.
 */
import { advance, createSimulation, resultOf, type Scenario, type SimState } from '@/lib/sim';
import { clock } from './format';
import { frameOf } from './frames';
import { AWS_QUOTAS, RUN_BUDGET, size } from './limits';
import type { ClusterFrame, Run } from './types';

export type RunBudget = { [K in keyof typeof RUN_BUDGET]: number };
export type RunOutcome = { ok: true; run: Run } | { ok: false; stopped: string };

export const UNLIMITED: RunBudget = { ms: Infinity, tasks: Infinity, events: Infinity, frameBytes: Infinity };

const count = (n: number) => n.toLocaleString('en-US');
const frameBytes = (f: ClusterFrame) => f.tasks.byteLength + f.instances.byteLength;

/** The most tasks the service can ask for in this scenario, and the field that asks for it. */
export function mostTasksAskedFor(scenario: Scenario): { tasks: number; path: string } {
  let most = { tasks: scenario.service.desiredCount, path: 'service.desiredCount' };
  const consider = (tasks: number | undefined, path: string) => {
    if (tasks !== undefined && tasks > most.tasks) most = { tasks, path };
  };
  consider(scenario.autoScaling.maxCapacity, 'autoScaling.maxCapacity');
  scenario.autoScaling.scheduledActions.forEach((a, i) => {
    consider(a.minCapacity, `autoScaling.scheduledActions[${i}].minCapacity`);
    consider(a.maxCapacity, `autoScaling.scheduledActions[${i}].maxCapacity`);
  });
  return most;
}

/** Why the run cannot start within the budget, or null. */
function refusedBeforeStart(scenario: Scenario, budget: RunBudget): string | null {
  const { policies, scheduledActions } = scenario.autoScaling;
  for (const [list, path, what, quota] of [
    [policies, 'autoScaling.policies', 'scaling policies', AWS_QUOTAS.policies],
    [scheduledActions, 'autoScaling.scheduledActions', 'scheduled actions', AWS_QUOTAS.scheduledActions],
  ] as const) {
    if (list.length > quota)
      return `${path} has ${count(list.length)} ${what}; AWS allows ${quota} per scalable target (a quota that cannot be raised), and so does the playground.`;
  }
  const { tasks, path } = mostTasksAskedFor(scenario);
  return tasks > budget.tasks
    ? `${path} asks for ${count(tasks)} tasks, and the playground runs at most ${count(budget.tasks)} at once. Lower it to ${count(budget.tasks)} or less.`
    : null;
}

/** Why the run must stop now, or null (checked after every simulated minute). */
function overBudget(s: SimState, budget: RunBudget, bytes: number, elapsedMs: number): string | null {
  const at = () => clock(s.t);
  if (s.tasks.length > budget.tasks)
    return `by ${at()} more than ${count(budget.tasks)} tasks were alive at once, most of them still draining. Lower loadBalancer.deregistrationDelaySeconds or scale in less often.`;
  if (s.events.length > budget.events)
    return `by ${at()} the run had recorded more than ${count(budget.events)} events (tasks and instances changing state). Shorten durationSeconds or make the scaling calmer.`;
  if (bytes > budget.frameBytes)
    return `by ${at()} the cluster states recorded for playback passed ${size(budget.frameBytes)}, more than a browser tab should hold. Shorten durationSeconds or run fewer tasks and instances.`;
  if (elapsedMs > budget.ms)
    return `it took longer than ${budget.ms / 1000} s and reached only ${at()} of ${clock(s.scenario.durationSeconds)}. Shorten durationSeconds or use fewer tasks, policies and scheduled actions.`;
  return null;
}

/**
 * The run as a generator that yields after every simulated minute, so a caller on the main thread
 * can give the page a turn between minutes; a worker just drains it (runWithinBudget).
 */
export function* runSteps(scenario: Scenario, now: () => number = () => 0, budget: RunBudget = RUN_BUDGET): Generator<void, RunOutcome> {
  const stop = (why: string): RunOutcome => ({ ok: false, stopped: `The run was stopped: ${why}` });
  const refused = refusedBeforeStart(scenario, budget);
  if (refused) return { ok: false, stopped: `The run did not start: ${refused}` };
  const started = now();
  const s = createSimulation(scenario);
  const frames: ClusterFrame[] = [frameOf(s, s.events.length)];
  let bytes = frameBytes(frames[0]!);
  let seen = s.events.length;
  while (!s.done) {
    advance(s, 60);
    const frame = frameOf(s, seen);
    frames.push(frame);
    bytes += frameBytes(frame);
    seen = s.events.length;
    const why = overBudget(s, budget, bytes, now() - started);
    if (why) return stop(why);
    yield;
  }
  const run: Run = { result: resultOf(s), frames, instanceCpu: s.d.instanceCpu, instanceMemory: s.d.instanceMemory, ms: now() - started };
  return { ok: true, run };
}

/** Runs to the end or to the first budget it passes. */
export function runWithinBudget(scenario: Scenario, now?: () => number, budget?: RunBudget): RunOutcome {
  const steps = runSteps(scenario, now, budget);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** The full run with no budget (tests and tools): the engine's Result plus one frame per minute boundary. */
export function buildRun(scenario: Scenario, now?: () => number): Run {
  const outcome = runWithinBudget(scenario, now, UNLIMITED);
  if (!outcome.ok) throw new Error(outcome.stopped);
  return outcome.run;
}
