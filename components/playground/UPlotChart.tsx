'use client';
import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { timeTicks, type ChartSpec } from '@/lib/playground/chart-specs';
import { clock, num } from '@/lib/playground/format';
import { CHART_COLORS } from './chart-colors';

interface Props {
  spec: ChartSpec;
  xs: number[];
  /** How many minute rows are revealed (the playback position). */
  count: number;
  duration: number;
  dark: boolean;
  height: number;
}

function sliced(spec: ChartSpec, xs: number[], count: number): uPlot.AlignedData {
  return [xs.slice(0, count), ...spec.series.map((s) => s.values.slice(0, count))] as uPlot.AlignedData;
}

/**
 * One uPlot chart. Created once per spec and theme; playback only calls setData with the rows
 * revealed so far (cheap: a few hundred points), and a ResizeObserver keeps it the container's width.
 */
export function UPlotChart({ spec, xs, count, duration, dark, height }: Props) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const countRef = useRef(count);
  // Declared before the chart is created, so a re-created chart starts with the rows shown now.
  useEffect(() => {
    countRef.current = count;
  });

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const c = CHART_COLORS[dark ? 'dark' : 'light'];
    const stepped = uPlot.paths.stepped?.({ align: 1 });
    const axis = (scale: string, side: 0 | 1 | 2 | 3, show = true): uPlot.Axis => ({
      scale, side, show, stroke: c.axis, grid: { stroke: c.grid, width: 1, show: side !== 1 }, ticks: { stroke: c.grid, width: 1 }, font: '11px system-ui, sans-serif', size: side === 2 ? 28 : 44,
      values: scale === 'x' ? (_u, ticks) => ticks.map((t) => clock(t)) : undefined,
      // Round time ticks (every 5, 10, 15, 30 or 60 min…) for the plot's width, not uPlot's decimal steps.
      ...(scale === 'x' ? { splits: (u: uPlot) => timeTicks(duration, u.bbox.width / uPlot.pxRatio || el.clientWidth) } : {}),
    });
    const hasRight = spec.rightMax !== undefined;
    const opts: uPlot.Options = {
      width: Math.max(200, el.clientWidth),
      height,
      legend: { show: false },
      cursor: { show: false },
      select: { show: false, left: 0, top: 0, width: 0, height: 0 },
      padding: [8, hasRight ? 4 : 12, 0, 0],
      scales: {
        x: { time: false, range: [0, duration] },
        y: { range: [0, spec.leftMax] },
        ...(hasRight ? { y2: { range: [0, spec.rightMax ?? 1] } } : {}),
      },
      axes: [axis('x', 2), axis('y', 3), ...(hasRight ? [axis('y2', 1)] : [])],
      series: [
        {},
        ...spec.series.map((s): uPlot.Series => ({
          label: s.label,
          scale: s.right ? 'y2' : 'y',
          stroke: c[s.color],
          width: s.dash ? 1.5 : 2,
          dash: s.dash,
          points: { show: false },
          paths: s.stepped ? stepped : undefined,
          spanGaps: false,
        })),
      ],
    };
    const u = new uPlot(opts, sliced(spec, xs, countRef.current), el);
    plot.current = u;
    const ro = new ResizeObserver(() => {
      const w = Math.max(200, el.clientWidth);
      if (w !== u.width) u.setSize({ width: w, height });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      plot.current = null;
    };
  }, [spec, xs, duration, dark, height]);

  useEffect(() => {
    plot.current?.setData(sliced(spec, xs, count));
  }, [spec, xs, count]);

  const i = count - 1;
  const c = CHART_COLORS[dark ? 'dark' : 'light'];
  return (
    <figure className="min-w-0 rounded-lg border border-line bg-card p-2" aria-labelledby={titleId}>
      <figcaption id={titleId} className="text-xs font-semibold">{spec.title}</figcaption>
      <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-[0.7rem] text-muted" aria-label={`${spec.title} at ${i >= 0 ? clock(xs[i] ?? 0) : '0:00'}`}>
        {spec.series.map((s) => (
          <li key={s.label} className="flex items-center gap-1">
            <svg width="16" height="6" aria-hidden="true"><line x1="0" y1="3" x2="16" y2="3" stroke={c[s.color]} strokeWidth="2" strokeDasharray={s.dash?.join(' ')} /></svg>
            {s.label}: <span className="font-medium tabular-nums text-fg">{i >= 0 ? `${num(s.values[i], s.digits ?? 1)}${s.unit}` : '–'}</span>
          </li>
        ))}
      </ul>
      <div ref={box} aria-hidden="true" className="mt-1 w-full" style={{ height }} />
    </figure>
  );
}
