'use client';
import { Button } from '@/components/ui/Button';
import { useId, useState } from 'react';
import { comparisonNote, type PlatformOutcome, type Scenario } from '@/lib/sim';
import { clock, latency, num, usd } from '@/lib/playground/format';
import type { Draft } from '@/lib/playground/types';

type Metric = { label: string; value: (o: PlatformOutcome) => number | null; text: (o: PlatformOutcome) => string; better: 'low' };

const METRICS: Metric[] = [
  { label: 'Cost', value: (o) => o.costUsd, text: (o) => usd(o.costUsd), better: 'low' },
  { label: 'p95 latency', value: (o) => o.p95LatencyMs, text: (o) => latency(o.p95LatencyMs), better: 'low' },
  { label: 'Failed requests', value: (o) => o.requestsFailed, text: (o) => num(o.requestsFailed, 0), better: 'low' },
  {
    label: 'First scale-out decided',
    value: (o) => o.firstScaleOutAt,
    text: (o) => (o.firstScaleOutAt === null ? 'never' : clock(o.firstScaleOutAt, true)),
    better: 'low',
  },
  {
    label: 'First new capacity running',
    value: (o) => o.firstNewCapacityAt,
    text: (o) => (o.firstNewCapacityAt === null ? '–' : clock(o.firstNewCapacityAt, true)),
    better: 'low',
  },
];

/** The best (lowest) value of a metric across the platforms, when they differ. */
function best(outcomes: PlatformOutcome[], m: Metric): number | null {
  const values = outcomes.map(m.value).filter((v): v is number => v !== null);
  if (values.length < 2 || values.every((v) => v === values[0])) return null;
  return values.reduce((a, b) => (b < a ? b : a));
}

/**
 * One scenario on four platforms: the same traffic, bounds and CPU target on ECS/Fargate, ECS/EC2,
 * EKS and App Runner, run by the engine on demand, with each platform's numbers side by side and a
 * way to open any of them in the editor.
 */
export function PlatformComparison({ scenario, onOpen }: { scenario: Scenario; onOpen?: (draft: Draft, name: string) => void }) {
  const id = useId();
  const [state, setState] = useState<
    { for: Scenario; outcomes: PlatformOutcome[]; drafts: Draft[] } | { for: Scenario; error: string } | null
  >(null);
  const [busy, setBusy] = useState(false);
  const current = state && state.for === scenario ? state : null;
  const note = comparisonNote(scenario);

  const run = () => {
    setBusy(true);
    // Let the button's state paint before four runs take the main thread.
    window.setTimeout(() => {
      void import('@/lib/sim').then(({ comparePlatforms, comparisonProblem, onPlatform, PLATFORMS }) => {
        const problem = comparisonProblem(scenario);
        try {
          if (problem) setState({ for: scenario, error: problem });
          else
            setState({
              for: scenario,
              outcomes: comparePlatforms(scenario),
              drafts: PLATFORMS.map((p) => onPlatform(scenario, p) as Draft),
            });
        } catch (e) {
          setState({ for: scenario, error: `The comparison stopped: ${(e as Error).message}` });
        } finally {
          setBusy(false);
        }
      });
    }, 0);
  };

  return (
    <section aria-labelledby={`${id}-h`} className="rounded-lg border border-line p-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-h`} className="text-sm font-semibold">
          The same traffic on four platforms
        </h3>
        <Button size="toolbar" onClick={run} disabled={busy}>
          {busy ? 'Comparing…' : current ? 'Compare again' : 'Compare ECS, EKS and App Runner'}
        </Button>
      </div>
      <p className="mt-1 text-xs text-muted">
        Each platform gets this scenario’s load, its minimum and maximum, and one CPU target: target tracking on ECS, the HPA on EKS
        (m5.large nodes from Cluster Autoscaler), and on App Runner the MaxConcurrency an instance holds at that target.
        {note && ` ${note}`}
      </p>
      <div aria-live="polite">
        {current && 'error' in current && (
          <p role="alert" className="mt-2 text-sm text-warning">
            {current.error}
          </p>
        )}
        {current && 'outcomes' in current && (
          <ul className="mt-2 grid gap-2 sm:grid-cols-2" aria-label="Results per platform">
            {current.outcomes.map((o, i) => (
              <li key={o.platform} className="rounded-md border border-line bg-card p-2">
                <p className="text-sm font-semibold">{o.label}</p>
                <dl className="mt-1 space-y-0.5 text-xs">
                  {METRICS.map((m) => {
                    const top = best(current.outcomes, m);
                    const isBest = top !== null && m.value(o) === top;
                    return (
                      <div key={m.label} className="flex justify-between gap-2">
                        <dt className="text-muted">{m.label}</dt>
                        <dd className={`font-mono tabular-nums ${isBest ? 'font-semibold text-fg' : ''}`}>
                          {m.text(o)}
                          {isBest && <span className="ml-1 font-sans text-[0.65rem] font-medium text-accent">best</span>}
                        </dd>
                      </div>
                    );
                  })}
                  <div className="flex justify-between gap-2">
                    <dt className="text-muted">Peak running</dt>
                    <dd className="font-mono tabular-nums">
                      {o.maxRunning}
                      {o.maxNodes !== null ? ` on ${o.maxNodes} ${o.platform === 'EKS' ? 'nodes' : 'instances'}` : ''}
                    </dd>
                  </div>
                </dl>
                {onOpen && (
                  <Button variant="link" size="inline" className="mt-1 text-xs" onClick={() => onOpen(current.drafts[i] as Draft, o.label)}>
                    Open this run in the editor
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
