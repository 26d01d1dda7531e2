'use client';
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseScenario, type Scenario, type ScenarioError } from '@/lib/sim';
import type { Draft, Run, RunRequest, RunResponse } from '@/lib/playground/types';

export interface Simulation {
  /** Validation of the current draft (synchronous, as the learner types). */
  errors: ScenarioError[];
  /** The scenario of `run` (the last valid draft that finished running). */
  scenario: Scenario | null;
  run: Run | null;
  /** A newer valid draft is being simulated. */
  running: boolean;
  /** The worker failed (the run fell back to the main thread, or could not run at all). */
  failure: string | null;
}

const DEBOUNCE_MS = 150;

/**
 * Validates the draft on every change and simulates it in a Web Worker, debounced; the latest
 * request wins. Without a working Worker the run happens on the main thread (it is a few tens of ms).
 */
export function useSimulation(draft: Draft | null): Simulation {
  const parsed = useMemo(() => (draft ? parseScenario(draft) : null), [draft]);
  const [state, setState] = useState<{ scenario: Scenario | null; run: Run | null; failure: string | null; doneFor: unknown }>({
    scenario: null,
    run: null,
    failure: null,
    doneFor: null,
  });
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const pending = useRef(new Map<number, { scenario: Scenario; parsed: unknown }>());

  useEffect(() => {
    let w: Worker | null = null;
    try {
      w = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'stevedore-sim' });
    } catch {
      w = null;
    }
    worker.current = w;
    const requests = pending.current;
    if (w) {
      w.onmessage = (event: MessageEvent<RunResponse>) => {
        const data = event.data;
        const req = requests.get(data.id);
        requests.delete(data.id);
        if (!req || data.id !== latest.current) return;
        if (data.ok) setState({ scenario: req.scenario, run: data.run, failure: null, doneFor: req.parsed });
        else if (data.failure) setState((s) => ({ ...s, failure: data.failure ?? null, doneFor: req.parsed }));
      };
      w.onerror = () => {
        worker.current = null;
        setState((s) => ({ ...s, failure: 'The simulation worker failed to start; running on the page instead.' }));
      };
    }
    return () => {
      w?.terminate();
      worker.current = null;
    };
  }, []);

  useEffect(() => {
    if (!parsed?.ok || !draft) return;
    const id = ++latest.current;
    const scenario = parsed.scenario;
    const timer = window.setTimeout(
      () => {
        const w = worker.current;
        if (w) {
          pending.current.set(id, { scenario, parsed });
          w.postMessage({ id, draft } satisfies RunRequest);
          return;
        }
        void import('@/lib/playground/frames').then(({ buildRun }) => {
          if (id !== latest.current) return;
          try {
            const run = buildRun(scenario, () => performance.now());
            setState((s) => ({ scenario, run, failure: s.failure, doneFor: parsed }));
          } catch (e) {
            setState((s) => ({ ...s, failure: `The simulation stopped: ${(e as Error).message}`, doneFor: parsed }));
          }
        });
      },
      state.run ? DEBOUNCE_MS : 0,
    );
    return () => window.clearTimeout(timer);
    // state.run only decides whether the first run waits; re-running when it changes is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parsed, draft]);

  return {
    errors: parsed && !parsed.ok ? parsed.errors : [],
    scenario: state.scenario,
    run: state.run,
    running: !!parsed?.ok && state.doneFor !== parsed,
    failure: state.failure,
  };
}
