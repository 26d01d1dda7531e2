'use client';
import { Button } from '@/components/ui/Button';
import { startTransition, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ScenarioError } from '@/lib/sim';
import { kebab } from '@/lib/playground/aws-cli';
import { shareToken } from '@/lib/playground/codec';
import { errorsByPath, setIn } from '@/lib/playground/draft';
import { duration as fmtDuration } from '@/lib/playground/format';
import { tooLargeToShare } from '@/lib/playground/limits';
import { openFromHash, presetHash } from '@/lib/playground/link';
import type { Draft, Preset } from '@/lib/playground/types';
import { EditorContext, type EditorApi } from './editor/context';
import { ScenarioEditor } from './editor/ScenarioEditor';
import { HelpDialog } from './HelpDialog';
import { createPlayback, PlaybackContext, startLoop } from './playback';
import { connectPlayback, type PlaybackSync } from './playback-sync';
import { PresetPicker } from './PresetPicker';
import { Replaced, type Undoable } from './Replaced';
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
type UrlMode = 'hold' | 'push' | 'replace';

/** The run's one-line status under the transport. */
function statusLine(sim: ReturnType<typeof useSimulation>): string {
  if (sim.errors.length > 0)
    return `The scenario has ${sim.errors.length} problem${sim.errors.length === 1 ? '' : 's'}; showing the last valid run.`;
  if (sim.running) return 'Recalculating…';
  if (sim.stopped) return 'This scenario’s run was stopped; showing the last run that finished.';
  if (!sim.run || !sim.scenario) return '';
  const where = sim.onPage ? 'on the page: no Web Worker could start' : 'in a Web Worker';
  return `Simulated ${fmtDuration(sim.scenario.durationSeconds)} in ${Math.max(1, Math.round(sim.run.ms))} ms (${where}).`;
}

/** The scaling playground: a scenario editor, a simulation in a worker, and its playback. */
export default function Playground({ presets, initialPresetId, mode, sync }: PlaygroundProps) {
  const page = mode === 'page';
  const idPrefix = `pg${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const initial = presets.find((p) => p.id === initialPresetId) ?? presets[0]!;
  // On the page the scenario comes from the URL fragment, read after mount (a static page has no URL on the server).
  const [draft, setDraft] = useState<Draft | null>(page ? null : initial.scenario);
  const [presetId, setPresetId] = useState<string | null>(initial.id);
  const [problem, setProblem] = useState<Problem | null>(null);
  /** The scenario an import or a preset pick replaced, while it can be brought back. */
  const [replaced, setReplaced] = useState<Undoable | null>(null);
  const [help, setHelp] = useState(false);
  const [store] = useState(() => createPlayback(3600));
  const root = useRef<HTMLDivElement>(null);
  /**
   * How the next address is written. hold: the address is a link that could not be opened, and it
   * stays (the learner keeps what they were sent) until they change something; push: after a
   * replacement, a new history entry, so Back returns to what was there before; replace: edits.
   */
  const [urlMode, setUrlMode] = useState<UrlMode>('replace');
  const sim = useSimulation(draft);
  const shareProblem = useMemo(() => (page && draft ? tooLargeToShare(draft) : null), [page, draft]);

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
        store.getState().reset();
        // The whole editor renders at once here: as a transition, React renders it in slices between
        // which the page stays responsive, instead of in one long task.
        startTransition(() => {
          setUrlMode(o.problem ? 'hold' : 'replace');
          setDraft(o.draft);
          setPresetId(o.presetId);
          setProblem(o.problem);
          setReplaced(null);
        });
      });
    open();
    // Pasting another share link into the address bar, Back and Forward only change the fragment
    // (the page's own pushState and replaceState never fire hashchange).
    window.addEventListener('hashchange', open);
    return () => {
      live = false;
      window.removeEventListener('hashchange', open);
    };
  }, [page, presets, initialPresetId, store]);

  const hashFor = useCallback(async (d: Draft, id: string | null): Promise<string | null> => {
    if (id) return presetHash(id);
    const shared = await shareToken(d);
    return shared.ok ? `#s=${shared.token}` : null;
  }, []);
  // Keep the URL in step with a valid scenario, so the address bar is always a share link (one that opens again).
  useEffect(() => {
    if (!page || !draft || sim.errors.length > 0 || urlMode === 'hold') return;
    const timer = window.setTimeout(async () => {
      const hash = await hashFor(draft, presetId);
      if (hash === null) return;
      if (window.location.hash !== hash) history[urlMode === 'push' ? 'pushState' : 'replaceState'](null, '', hash);
      if (urlMode === 'push') setUrlMode('replace');
    }, 300);
    return () => window.clearTimeout(timer);
  }, [page, draft, presetId, sim.errors.length, hashFor, urlMode]);

  /** Every change the learner makes goes through here; a replacement (import, preset) can be undone and gets its own history entry. */
  const change = (next: Draft | ((d: Draft) => Draft), nextPreset: string | null, replacing?: string) => {
    setUrlMode((m) => (m === 'hold' || replacing ? 'push' : m));
    if (replacing) {
      setReplaced(draft && presetId === null ? { draft, by: replacing } : null);
      setProblem(null);
      store.getState().reset();
    } else setReplaced(null);
    setDraft((d) => (typeof next === 'function' ? (d ? next(d) : d) : next));
    setPresetId(nextPreset);
  };

  const onHelp = useCallback(() => setHelp(true), []);
  useShortcuts(store, root, page, onHelp);

  const editor: EditorApi | null = draft && {
    draft,
    errors: errorsByPath(sim.errors),
    idPrefix,
    set: (path, value) => change((d) => setIn(d, path, value), null),
    update: (fn) => change(fn, null),
  };

  const choosePreset = (id: string) => {
    const p = presets.find((x) => x.id === id);
    if (p) change(structuredClone(p.scenario), p.id, `Opened the “${p.name}” preset`);
  };
  const undoReplace = () => {
    if (!replaced) return;
    setUrlMode((m) => (m === 'hold' ? 'push' : m));
    setDraft(replaced.draft);
    setPresetId(null);
    setReplaced(null);
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
            <p className="p-3 text-sm text-muted">{sim.stopped ?? 'Running the simulation…'}</p>
          )}
          <HelpDialog open={help} onClose={() => setHelp(false)} />
        </div>
      </PlaybackContext.Provider>
    );
  }

  const status = statusLine(sim);

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
        {sim.stopped && (
          <div role="alert" className="rounded-lg border border-warning bg-bg-subtle p-3 text-sm">
            <p className="font-semibold">{sim.stopped}</p>
            <p className="mt-1 text-muted">
              {run ? 'The run shown is the last one that finished. ' : ''}The playground keeps each run within a time and memory budget so
              the page stays usable.
            </p>
          </div>
        )}
        {replaced && <Replaced replaced={replaced} onUndo={undoReplace} onDismiss={() => setReplaced(null)} />}
        <PresetPicker presets={presets} value={presetId} onChange={choosePreset} />
        {draft && (
          <ShareBar
            draft={draft}
            scenario={scenario}
            valid={sim.errors.length === 0}
            shareProblem={shareProblem}
            shareUrl={async () => `${window.location.origin}${window.location.pathname}${(await hashFor(draft, presetId)) ?? ''}`}
            onImport={(d, file) => change(d, null, `Imported ${file}`)}
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
              <p className="text-sm text-muted">
                {sim.stopped ? 'Nothing to show: the run was stopped (see above).' : 'Running the simulation…'}
              </p>
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
