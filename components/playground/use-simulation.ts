'use client';
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { parseScenario, type Scenario, type ScenarioError } from '@/lib/sim';
import type { Draft, Run } from '@/lib/playground/types';
import { SimRunner } from './sim-runner';

export interface Simulation {
  /** Validation of the current draft (synchronous, as the learner types). */
  errors: ScenarioError[];
  /** The scenario of `run` (the last valid draft that finished running). */
  scenario: Scenario | null;
  run: Run | null;
  /** A newer valid draft is being simulated. */
  running: boolean;
  /** Why the current draft's run stopped or failed (its budget, the worker ending), else null. */
  stopped: string | null;
  /** Set once a run has actually happened on the page because no worker could start. */
  onPage: boolean;
}

const DEBOUNCE_MS = 150;

const createWorker = () => new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module', name: 'stevedore-sim' });

interface State {
  scenario: Scenario | null;
  run: Run | null;
  stopped: string | null;
  onPage: boolean;
  /** The parse result the last answer was for. */
  doneFor: unknown;
}

/**
 * Validates the draft on every change and simulates it in a Web Worker (sim-runner.ts), debounced;
 * the latest draft wins, and a run that outgrows its budget stops with a message.
 */
export function useSimulation(draft: Draft | null): Simulation {
  const parsed = useMemo(() => (draft ? parseScenario(draft) : null), [draft]);
  const [state, setState] = useState<State>({ scenario: null, run: null, stopped: null, onPage: false, doneFor: null });
  const runner = useRef<SimRunner | null>(null);
  /** Counts valid drafts: only the newest one's answer is kept (an invalid draft in between leaves it be). */
  const latest = useRef(0);

  useEffect(() => {
    const r = new SimRunner(createWorker);
    runner.current = r;
    return () => {
      r.dispose();
      runner.current = null;
    };
  }, []);

  useEffect(() => {
    if (!parsed?.ok || !draft) return;
    const scenario = parsed.scenario;
    const id = ++latest.current;
    const timer = window.setTimeout(
      () => {
        void runner.current?.run(draft, scenario).then((result) => {
          if (id !== latest.current || 'superseded' in result) return;
          // A run redraws the charts, the cluster and the log: a transition renders that in slices.
          startTransition(() =>
            setState((s) =>
              result.ok
                ? { scenario, run: result.run, stopped: null, onPage: s.onPage || result.onPage, doneFor: parsed }
                : { ...s, stopped: result.message, doneFor: parsed },
            ),
          );
        });
      },
      state.run ? DEBOUNCE_MS : 0,
    );
    return () => window.clearTimeout(timer);
    // state.run only decides whether the first run waits; re-running when it changes is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [parsed, draft]);

  const current = !!parsed?.ok && state.doneFor === parsed;
  return {
    errors: parsed && !parsed.ok ? parsed.errors : [],
    scenario: state.scenario,
    run: state.run,
    running: !!parsed?.ok && !current,
    stopped: current ? state.stopped : null,
    onPage: state.onPage,
  };
}
