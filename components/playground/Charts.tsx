'use client';
import { useMemo } from 'react';
import type { Result, Scenario } from '@/lib/sim';
import { chartSpecs } from '@/lib/playground/chart-specs';
import { usePlayback } from './playback';
import { UPlotChart } from './UPlotChart';
import { useDark } from './use-dark';

/** The live charts; they re-render once per simulated minute, not per animation frame. */
export function Charts({ scenario, result, only, height = 150 }: { scenario: Scenario; result: Result; only?: string[]; height?: number }) {
  const { xs, charts } = useMemo(() => chartSpecs(scenario, result), [scenario, result]);
  const count = usePlayback((p) => Math.min(xs.length, Math.floor(p.t / 60 + 1e-9)));
  const dark = useDark();
  const shown = only ? charts.filter((c) => only.includes(c.id)) : charts;
  return (
    // Two columns only where the charts' own box has room for them (a container query).
    <div className="@container">
      <div className={`grid gap-3 ${only ? '' : '@3xl:grid-cols-2'}`}>
        {shown.map((spec) => (
          <UPlotChart key={spec.id} spec={spec} xs={xs} count={count} duration={scenario.durationSeconds} dark={dark} height={height} />
        ))}
      </div>
    </div>
  );
}
