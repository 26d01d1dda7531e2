/// <reference lib="webworker" />
/**
 * Runs the engine off the main thread: parse, simulate, record a cluster frame per minute.
 * Frames' typed arrays are transferred, not copied.
 */
import { parseScenario } from '@/lib/sim';
import { buildRun } from '@/lib/playground/frames';
import type { RunRequest, RunResponse } from '@/lib/playground/types';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<RunRequest>) => {
  const { id, draft } = event.data;
  const parsed = parseScenario(draft);
  if (!parsed.ok) {
    scope.postMessage({ id, ok: false, errors: parsed.errors } satisfies RunResponse);
    return;
  }
  let run;
  try {
    run = buildRun(parsed.scenario, () => performance.now());
  } catch (e) {
    // A run that outgrows the engine's run-time limits (RunLimitError) says which and what to change.
    scope.postMessage({ id, ok: false, errors: [], failure: `The simulation stopped: ${(e as Error).message}` } satisfies RunResponse);
    return;
  }
  const transfer = run.frames.flatMap((f) => [f.tasks.buffer, f.instances.buffer]);
  scope.postMessage({ id, ok: true, run } satisfies RunResponse, transfer);
};
