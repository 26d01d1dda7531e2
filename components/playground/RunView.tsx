'use client';
import { useMemo } from 'react';
import type { Scenario } from '@/lib/sim';
import { embedCharts } from '@/lib/playground/chart-specs';
import { frameIndexAt } from '@/lib/playground/frames';
import type { Draft, Run } from '@/lib/playground/types';
import { Charts } from './Charts';
import { ClusterView, TaskLegend } from './ClusterView';
import { EventLog } from './EventLog';
import { NarrationPanel } from './NarrationPanel';
import { PlatformComparison } from './PlatformComparison';
import { usePlayback } from './playback';
import { RunSummary } from './RunSummary';
import { Transport } from './Transport';

function LiveCluster({ scenario, run, compact }: { scenario: Scenario; run: Run; compact?: boolean }) {
  const index = usePlayback((p) => frameIndexAt(p.t, run.frames.length));
  const frame = run.frames[index];
  if (!frame) return null;
  return (
    <ClusterView scenario={scenario} frame={frame} instanceCpu={run.instanceCpu} instanceMemory={run.instanceMemory} compact={compact} />
  );
}

/** Everything that shows the run: transport, cluster, narration, numbers, charts, events. */
export function RunView({
  scenario,
  run,
  idPrefix,
  service,
  status,
  onOpen,
}: {
  scenario: Scenario;
  run: Run;
  idPrefix: string;
  service: string;
  status: string;
  /** Opens a scenario (a platform comparison's run) in the editor. */
  onOpen?: (draft: Draft, name: string) => void;
}) {
  const result = run.result;
  return (
    // Focusable by a click (not by Tab): a click on the cluster or a chart gives the playground focus, so Space plays.
    <div className="space-y-3" tabIndex={-1}>
      <Transport startTime={scenario.startTime} idPrefix={idPrefix} />
      <p className="text-xs text-muted" role="status">
        {status}
      </p>
      <div className="space-y-2 rounded-lg border border-line p-2">
        <LiveCluster scenario={scenario} run={run} />
        <TaskLegend />
      </div>
      <NarrationPanel scenario={scenario} result={result} />
      <RunSummary result={result} duration={scenario.durationSeconds} machines={scenario.platform.type === 'EKS' ? 'Nodes' : 'Instances'} />
      <PlatformComparison scenario={scenario} onOpen={onOpen} />
      <Charts scenario={scenario} result={result} />
      <EventLog scenario={scenario} result={result} service={service} />
    </div>
  );
}

/**
 * The compact form a lesson embeds: transport, cluster, narration and the charts its scenario
 * teaches. Where the embed is at least 42rem wide (a container query: the lesson column, not the
 * window) it fills the embed's fixed box (the skeleton's size, so nothing shifts) in two columns
 * that scroll on their own; narrower, it is one column whose height follows its content, so
 * nothing is squeezed or clipped.
 */
export function EmbedView({
  scenario,
  run,
  idPrefix,
  name,
  href,
}: {
  scenario: Scenario;
  run: Run;
  idPrefix: string;
  name: string;
  href: string;
}) {
  const only = useMemo(() => embedCharts(scenario), [scenario]);
  return (
    // Focusable by a click (not by Tab): a click on the cluster or a chart gives the embed focus, so Space plays.
    <div className="flex flex-col gap-2 p-3 @2xl:h-full" tabIndex={-1}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-sm font-semibold">{name}</p>
        <a href={href} className="text-sm font-medium text-accent underline underline-offset-2">
          Open in the playground to change it
        </a>
      </div>
      <Transport startTime={scenario.startTime} idPrefix={idPrefix} compact />
      <div className="grid gap-2 @2xl:min-h-0 @2xl:flex-1 @2xl:grid-cols-2 @2xl:overflow-hidden">
        <div data-embed-part="story" className="flex flex-col gap-2 @2xl:min-h-0 @2xl:overflow-y-auto">
          <LiveCluster scenario={scenario} run={run} compact />
          <NarrationPanel scenario={scenario} result={run.result} compact />
        </div>
        <div data-embed-part="charts" className="@2xl:min-h-0 @2xl:overflow-y-auto">
          <Charts scenario={scenario} result={run.result} only={only} height={88} />
        </div>
      </div>
    </div>
  );
}
