'use client';
import { useId } from 'react';
import type { Result } from '@/lib/sim';
import { clock, latency, num, usd } from '@/lib/playground/format';
import { usePlayback } from './playback';

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md border border-line bg-card px-2 py-1.5">
      <dt className="text-[0.7rem] text-muted">{label}</dt>
      <dd className="font-mono text-sm font-semibold tabular-nums">{value}</dd>
    </div>
  );
}

/** The numbers at the playback time, and the engine's summary once the run has been played to its end. */
export function RunSummary({ result, duration, machines = 'Instances' }: { result: Result; duration: number; machines?: string }) {
  const minute = usePlayback((p) => Math.floor(p.t / 60 + 1e-9));
  const atEnd = usePlayback((p) => p.t >= duration);
  const id = useId();
  const row = result.minutes[minute - 1];
  const s = result.summary;
  return (
    <div className="space-y-3">
      <section aria-labelledby={`${id}-now`}>
        <h3 id={`${id}-now`} className="sr-only">
          Now
        </h3>
        <dl className="grid grid-cols-3 gap-2 sm:grid-cols-6">
          <Item label="Desired" value={String(row?.desiredCount ?? result.minutes[0]?.desiredCount ?? '–')} />
          <Item label="Running" value={String(row?.runningCount ?? '–')} />
          <Item label="Pending" value={String(row?.pendingCount ?? '–')} />
          <Item
            label={row?.requestsPerSecond !== null ? 'p95 latency' : 'Queue'}
            value={row ? (row.requestsPerSecond !== null ? latency(row.p95LatencyMs) : num(row.queueVisible, 0)) : '–'}
          />
          <Item
            label={row?.instances !== null && row?.instances !== undefined ? machines : '5xx /min'}
            value={row ? (row.instances !== null ? String(row.instances) : num(row.errors5xx, 0)) : '–'}
          />
          <Item label="Cost so far" value={row ? usd(row.costUsd) : '$0'} />
        </dl>
      </section>
      {atEnd && (
        <section aria-labelledby={`${id}-sum`} className="rounded-lg border border-line p-2">
          <h3 id={`${id}-sum`} className="text-sm font-semibold">
            Run summary
          </h3>
          <dl className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
            <Item label="Max desired count" value={String(s.maxDesiredCount)} />
            <Item label="Max running count" value={String(s.maxRunningCount)} />
            <Item label="Final desired count" value={String(s.finalDesiredCount)} />
            <Item label="Scale-out activities" value={String(s.scaleOutActivities)} />
            <Item label="Scale-in activities" value={String(s.scaleInActivities)} />
            <Item
              label="First scale-out"
              value={s.firstScaleOutAt === null ? 'none' : `${clock(s.firstScaleOutAt, true)} (t = ${s.firstScaleOutAt} s)`}
            />
            <Item label="Total cost" value={`$${s.totalCostUsd}`} />
            {s.maxInstances !== null && <Item label={`Max ${machines.toLowerCase()}`} value={String(s.maxInstances)} />}
            {s.requestsServed !== null && <Item label="Requests served" value={num(s.requestsServed, 0)} />}
            {s.requestsFailed !== null && <Item label="Requests failed" value={num(s.requestsFailed, 0)} />}
            {s.p95LatencyMs !== null && <Item label="p95 latency (run)" value={latency(s.p95LatencyMs)} />}
            {s.messagesProcessed !== null && <Item label="Messages processed" value={num(s.messagesProcessed, 0)} />}
            {s.maxQueueVisible !== null && <Item label="Max queue depth" value={num(s.maxQueueVisible, 0)} />}
          </dl>
        </section>
      )}
    </div>
  );
}
