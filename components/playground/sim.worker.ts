/// <reference lib="webworker" />
/**
 * Runs the engine off the main thread: parse, simulate within the run budget (lib/playground/run.ts),
 * record a cluster frame per minute. Frames' typed arrays are transferred, not copied. Every
 * request gets an answer, a thrown error included; the page ends the worker if none comes in time.
 */
import { parseScenario } from '@/lib/sim';
import { runWithinBudget } from '@/lib/playground/run';
import { WORKER_READY, type RunRequest, type RunResponse } from '@/lib/playground/types';

const scope = self as unknown as DedicatedWorkerGlobalScope;

function answer(id: number, draft: RunRequest['draft']): [RunResponse, Transferable[]] {
  const parsed = parseScenario(draft);
  if (!parsed.ok) return [{ id, ok: false, errors: parsed.errors }, []];
  const outcome = runWithinBudget(parsed.scenario, () => performance.now());
  if (!outcome.ok) return [{ id, ok: false, stopped: outcome.stopped }, []];
  const run = outcome.run;
  return [{ id, ok: true, run }, run.frames.flatMap((f) => [f.tasks.buffer, f.instances.buffer])];
}

scope.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, draft } = event.data;
  try {
    const [response, transfer] = answer(id, draft);
    scope.postMessage(response, transfer);
  } catch (e) {
    scope.postMessage({ id, ok: false, stopped: `The simulation failed: ${(e as Error).message}` } satisfies RunResponse);
  }
};
scope.postMessage(WORKER_READY);
