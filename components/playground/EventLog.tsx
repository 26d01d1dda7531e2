'use client';
import { useId, useMemo, useState } from 'react';
import type { Result, Scenario } from '@/lib/sim';
import { entriesUpTo, logEntries, type LogKind } from '@/lib/playground/event-log';
import { clock } from '@/lib/playground/format';
import { usePlayback } from './playback';

const GROUPS: { id: string; label: string; kinds: LogKind[] }[] = [
  { id: 'scaling', label: 'Scaling and alarms', kinds: ['scaling', 'alarm', 'schedule', 'capacity', 'service', 'model'] },
  { id: 'deployments', label: 'Deployments and incidents', kinds: ['deployment', 'incident'] },
  { id: 'tasks', label: 'Tasks', kinds: ['task'] },
  { id: 'instances', label: 'Instances', kinds: ['instance'] },
];
/** What EKS and App Runner call the tasks and the machines. */
const GROUP_LABEL: Record<Scenario['platform']['type'], Record<string, string>> = {
  ECS: {},
  EKS: { tasks: 'Pods', instances: 'Nodes' },
  APP_RUNNER: { tasks: 'Instances' },
};
const SHOWN = 200;

/** Events so far, newest first, like the ECS console's service events; a click moves time there. */
export function EventLog({ scenario, result, service }: { scenario: Scenario; result: Result; service: string }) {
  const entries = useMemo(
    () => logEntries(result.events, service, scenario.loadBalancer !== undefined, scenario.platform.type),
    [result, service, scenario],
  );
  const count = usePlayback((p) => entriesUpTo(entries, Math.floor(p.t)));
  const seek = usePlayback((p) => p.seek);
  const id = useId();
  const eks = scenario.platform.type === 'EKS';
  const [on, setOn] = useState<Record<string, boolean>>({ scaling: true, deployments: true, tasks: true, instances: true });
  const kinds = new Set(GROUPS.filter((g) => on[g.id]).flatMap((g) => g.kinds));
  const visible: typeof entries = [];
  for (let i = count - 1; i >= 0 && visible.length < SHOWN; i--) if (kinds.has(entries[i]!.kind)) visible.push(entries[i]!);

  return (
    <section aria-labelledby={id} className="rounded-lg border border-line bg-card p-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={id} className="text-sm font-semibold">
          Events <span className="font-normal text-muted">({count} so far)</span>
        </h3>
        <fieldset className="flex flex-wrap gap-3 text-xs">
          <legend className="sr-only">Show events</legend>
          {GROUPS.filter((g) => g.id !== 'instances' || scenario.cluster || eks).map((g) => (
            <label key={g.id} className="flex items-center gap-1">
              <input type="checkbox" checked={on[g.id]} onChange={(e) => setOn({ ...on, [g.id]: e.target.checked })} />
              {GROUP_LABEL[scenario.platform.type][g.id] ?? g.label}
            </label>
          ))}
        </fieldset>
      </div>
      {visible.length === 0 ? (
        <p className="mt-2 text-xs text-muted">
          No events yet. Press Play: alarms, scaling activities and task changes appear here as they happen.
        </p>
      ) : (
        <ol className="mt-2 max-h-64 space-y-0.5 overflow-y-auto pr-1 text-xs" aria-label="Events, newest first">
          {visible.map((e) => (
            <li key={`${e.index}-${e.kind}`}>
              <button
                type="button"
                onClick={() => seek(e.t)}
                className={`grid w-full grid-cols-[3.2rem_1fr] gap-2 rounded px-1 py-0.5 text-left hover:bg-bg-subtle ${e.kind === 'scaling' || e.kind === 'capacity' || e.kind === 'deployment' ? 'font-medium' : ''}`}
                title="Move time here"
              >
                <span className="font-mono tabular-nums text-muted">
                  {clock(e.t, true)}
                  <span className="sr-only">: </span>
                </span>
                <span className={e.kind === 'alarm' || e.kind === 'incident' ? 'text-warning' : ''}>{e.text}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
