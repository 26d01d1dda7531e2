'use client';
import { Button } from '@/components/ui/Button';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { ScenarioError } from '@/lib/sim';
import { kebab } from '@/lib/playground/aws-cli';
import { encodeScenario } from '@/lib/playground/codec';
import { errorsByPath, setIn } from '@/lib/playground/draft';
import { duration as fmtDuration } from '@/lib/playground/format';
import { openFromHash, presetHash } from '@/lib/playground/link';
import type { Draft, Preset } from '@/lib/playground/types';
import { EditorContext, type EditorApi } from './editor/context';
import { ScenarioEditor } from './editor/ScenarioEditor';
import { HelpDialog } from './HelpDialog';
import { createPlayback, PlaybackContext, startLoop } from './playback';
import { connectPlayback, type PlaybackSync } from './playback-sync';
import { PresetPicker } from './PresetPicker';
import { EmbedView, RunView } from './RunView';
import { ShareBar } from './ShareBar';
import { useShortcuts } from './shortcuts';
import { useSimulation } from './use-simulation';

export interface PlaygroundProps {
  presets: Preset[];
  initialPresetId: string;
  mode: 'page' | 'embed';
  /** Mirrors play, pause, speed and scrubbing with another window (presenter mode). */
  sync?: PlaybackSync;
}

type Problem = { message: string; errors: ScenarioError[] };

/** The scaling playground: a scenario editor, a simulation in a worker, and its playback. */
export default function Playground({ presets, initialPresetId, mode, sync }: PlaygroundProps) {
  const page = mode === 'page';
  const idPrefix = `pg${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const initial = presets.find((p) => p.id === initialPresetId) ?? presets[0]!;
  // On the page the scenario comes from the URL fragment, read after mount (a static page has no URL on the server).
  const [draft, setDraft] = useState<Draft | null>(page ? null : initial.scenario);
  const [presetId, setPresetId] = useState<string | null>(initial.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [help, setHelp] = useState(false);
  const [store] = useState(() => createPlayback(3600));
  const root = useRef<HTMLDivElement>(null);
  const lastHash = useRef('');
  const sim = useSimulation(draft);

  useEffect(() => startLoop(store), [store]);
  useEffect(() => (sync ? connectPlayback(store, sync) : undefined), [store, sync]);
  useEffect(() => {
    if (sim.scenario) store.getState().setDuration(sim.scenario.durationSeconds);
  }, [sim.scenario, store]);

  useEffect(() => {
    if (!page) return;
    let live = true;
    const open = () =>
      void openFromHash(window.location.hash, presets, initialPresetId).then((o) => {
        if (!live) return;
        setDraft(o.draft);
        setPresetId(o.presetId);
        setProblem(o.problem);
        store.getState().reset();
      });
    open();
    // Pasting another share link into the address bar only changes the fragment.
    const onHash = () => {
      if (window.location.hash !== lastHash.current) open();
    };
    window.addEventListener('hashchange', onHash);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHash);
    };
  }, [page, presets, initialPresetId, store]);

  const hashFor = useCallback(async (d: Draft, id: string | null) => (id ? presetHash(id) : `#s=${await encodeScenario(d)}`), []);
  // Keep the URL in step with a valid scenario, so the address bar is always a share link.
  useEffect(() => {
    if (!page || !draft || sim.errors.length > 0) return;
    const timer = window.setTimeout(async () => {
      const hash = await hashFor(draft, presetId);
      lastHash.current = hash;
      if (window.location.hash !== hash) history.replaceState(null, '', hash);
    }, 300);
    return () => window.clearTimeout(timer);
  }, [page, draft, presetId, sim.errors.length, hashFor]);

  const onHelp = useCallback(() => setHelp(true), []);
  useShortcuts(store, root, page, onHelp);

  const editor: EditorApi | null = draft && {
    draft,
    errors: errorsByPath(sim.errors),
    idPrefix,
    set: (path, value) => {
      setDraft((d) => (d ? setIn(d, path, value) : d));
      setPresetId(null);
    },
    update: (fn) => {
      setDraft((d) => (d ? fn(d) : d));
      setPresetId(null);
    },
  };

  const choosePreset = (id: string) => {
    const p = presets.find((x) => x.id === id);
    if (!p) return;
    setDraft(structuredClone(p.scenario));
    setPresetId(p.id);
    setProblem(null);
    store.getState().reset();
  };

  const scenario = sim.scenario;
  const run = sim.run;
  const service = kebab(scenario?.name ?? 'web', 'web');

  if (!page) {
    return (
      <PlaybackContext.Provider value={store}>
        <div ref={root} className="h-full">
          {scenario && run ? (
            <EmbedView
              scenario={scenario}
              run={run}
              idPrefix={idPrefix}
              name={initial.name}
              href={`/playground/${presetHash(initial.id)}`}
            />
          ) : (
            <p className="p-3 text-sm text-muted">{sim.failure ?? 'Running the simulation…'}</p>
          )}
          <HelpDialog open={help} onClose={() => setHelp(false)} />
        </div>
      </PlaybackContext.Provider>
    );
  }

  const status =
    sim.errors.length > 0
      ? `The scenario has ${sim.errors.length} problem${sim.errors.length === 1 ? '' : 's'}; showing the last valid run.`
      : sim.running
        ? 'Recalculating…'
        : run && scenario
          ? `Simulated ${fmtDuration(scenario.durationSeconds)} in ${Math.max(1, Math.round(run.ms))} ms (in a Web Worker).`
          : '';

  return (
    <PlaybackContext.Provider value={store}>
      <div ref={root} className="space-y-4 break-words">
        {problem && (
          <div role="alert" className="rounded-lg border border-warning bg-bg-subtle p-3 text-sm">
            <p className="font-semibold">{problem.message}</p>
            {problem.errors.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {problem.errors.map((e) => (
                  <li key={`${e.path}:${e.message}`}>
                    <code className="font-mono text-xs">{e.path || '(scenario)'}</code>: {e.message}
                  </li>
                ))}
              </ul>
            )}
            <Button variant="link" size="inline" className="mt-2" onClick={() => setProblem(null)}>
              Dismiss
            </Button>
          </div>
        )}
        {sim.failure && (
          <p role="alert" className="text-sm text-warning">
            {sim.failure}
          </p>
        )}
        <PresetPicker presets={presets} value={presetId} onChange={choosePreset} />
        {draft && (
          <ShareBar
            draft={draft}
            scenario={scenario}
            valid={sim.errors.length === 0}
            shareUrl={async () => `${window.location.origin}${window.location.pathname}${await hashFor(draft, presetId)}`}
            onImport={(d) => {
              setDraft(d);
              setPresetId(null);
              setProblem(null);
              store.getState().reset();
            }}
            onHelp={onHelp}
          />
        )}
        <div className="grid gap-6 lg:grid-cols-[minmax(18rem,24rem)_minmax(0,1fr)]">
          <section aria-labelledby={`${idPrefix}-run`} className="min-w-0 lg:order-2">
            <h2 id={`${idPrefix}-run`} className="mb-2 text-lg font-semibold">
              Run
            </h2>
            {scenario && run ? (
              <RunView
                scenario={scenario}
                run={run}
                idPrefix={idPrefix}
                service={service}
                status={status}
                onOpen={(d) => {
                  setDraft(d);
                  setPresetId(null);
                  setProblem(null);
                  store.getState().reset();
                }}
              />
            ) : (
              <p className="text-sm text-muted">{sim.failure ?? 'Running the simulation…'}</p>
            )}
          </section>
          <section aria-labelledby={`${idPrefix}-edit`} className="min-w-0 lg:order-1">
            <h2 id={`${idPrefix}-edit`} className="mb-2 text-lg font-semibold">
              Scenario
            </h2>
            {editor && (
              <EditorContext.Provider value={editor}>
                <ScenarioEditor errors={sim.errors} />
              </EditorContext.Provider>
            )}
          </section>
        </div>
        <HelpDialog open={help} onClose={() => setHelp(false)} />
      </div>
    </PlaybackContext.Provider>
  );
}
