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
  const run = buildRun(parsed.scenario, () => performance.now());
  const transfer = run.frames.flatMap((f) => [f.tasks.buffer, f.instances.buffer]);
  scope.postMessage({ id, ok: true, run } satisfies RunResponse, transfer);
};
