/**
 * A playground run: the engine stepped to the end, a cluster frame recorded at every minute
 * boundary, within a budget (limits.ts RUN_BUDGET). A run that outgrows the budget stops with a
 * sentence that says what grew and what to change, instead of taking the tab's memory or time.
 *
 * What a scenario can ask for (tasks, policies, scheduled actions: AWS's quotas) is bounded by the
 * parser (lib/sim limits), so a hostile scenario is refused before it runs. What depends on how the
 * run unfolds (draining tasks, events, frame memory, time) is checked after every simulated minute.
 */
import {
  advance,
  clusterFrame,
  createSimulation,
  instanceCapacity,
  resultOf,
  RunLimitError,
  type Scenario,
  type SimState,
} from '@/lib/sim';
import { clock } from './format';
import { withLeavers } from './frames';
import { RUN_BUDGET, size } from './limits';
import type { ClusterFrame, Run } from './types';

export type RunBudget = { [K in keyof typeof RUN_BUDGET]: number };
export type RunOutcome = { ok: true; run: Run } | { ok: false; stopped: string };

export const UNLIMITED: RunBudget = { ms: Infinity, tasks: Infinity, events: Infinity, frameBytes: Infinity };

const count = (n: number) => n.toLocaleString('en-US');
const frameBytes = (f: ClusterFrame) => f.tasks.byteLength + f.instances.byteLength;

/** Why the run must stop now, or null (checked after every simulated minute). */
function overBudget(s: SimState, frame: ClusterFrame, budget: RunBudget, bytes: number, elapsedMs: number): string | null {
  const at = () => clock(s.t);
  if (frame.tasks.length / 3 > budget.tasks)
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
  const started = now();
  const s = createSimulation(scenario);
  const frames: ClusterFrame[] = [clusterFrame(s)];
  let bytes = frameBytes(frames[0]!);
  while (!s.done) {
    try {
      advance(s, 60);
    } catch (e) {
      // The engine's own run-time limits (live tasks, events) say what grew and what to change.
      if (e instanceof RunLimitError) return stop(e.message);
      throw e;
    }
    const frame = clusterFrame(s);
    frames.push(frame);
    bytes += frameBytes(frame);
    const why = overBudget(s, frame, budget, bytes, now() - started);
    if (why) return stop(why);
    yield;
  }
  const result = resultOf(s);
  const capacity = instanceCapacity(scenario);
  const run: Run = {
    result,
    // Tasks stopped and instances terminated in the minute before a frame are added to it, so a learner sees them leave.
    frames: withLeavers(frames, result.events),
    instanceCpu: capacity.cpu,
    instanceMemory: capacity.memory,
    ms: now() - started,
  };
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
