'use client';
import { useEffect, useId, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useNearViewport } from '@/components/ui/use-near-viewport';
import { axisSteps, axisWidth, tickLabel, type AxisSpec } from '@/lib/playground/axis';
import { seriesValue, timeTicks, type ChartSpec } from '@/lib/playground/chart-specs';
import { clock } from '@/lib/playground/format';
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

/** A uPlot chart of `spec` in `el`, `count` rows revealed, coloured for the theme. */
function createChart(uPlot: typeof import('uplot'), el: HTMLElement, { spec, xs, count, duration, dark, height }: Props): uPlot {
  const c = CHART_COLORS[dark ? 'dark' : 'light'];
  const stepped = uPlot.paths.stepped?.({ align: 1 });
  const font = '11px system-ui, sans-serif';
  const base = { stroke: c.axis, ticks: { stroke: c.grid, width: 1 }, font };
  const xAxis: uPlot.Axis = {
    ...base,
    scale: 'x',
    side: 2,
    size: 28,
    grid: { stroke: c.grid, width: 1 },
    values: (_u, ticks) => ticks.map((t) => clock(t)),
    // Round time ticks (every 5, 10, 15, 30 or 60 min…) for the plot's width, not uPlot's decimal steps.
    splits: (u: uPlot) => timeTicks(duration, u.bbox.width / uPlot.pxRatio || el.clientWidth),
  };
  const yAxis = (scale: 'y' | 'y2', spec: AxisSpec): uPlot.Axis => ({
    ...base,
    scale,
    side: scale === 'y' ? 3 : 1,
    grid: { stroke: c.grid, width: 1, show: scale === 'y' },
    // Labels carry the unit; counts tick on whole numbers only.
    values: (_u, ticks) => ticks.map((t) => tickLabel(t, spec)),
    incrs: axisSteps(spec),
    // As wide as the longest label, so "12k/s" or "$0.0125" is never cut off at the edge.
    size: (u, values) => {
      // uPlot caches the context's font: measure, then put its font back.
      const prev = u.ctx.font;
      u.ctx.font = font;
      const width = axisWidth(values ?? [], (text) => u.ctx.measureText(text).width);
      u.ctx.font = prev;
      return width;
    },
  });
  const hasRight = spec.right !== undefined && spec.rightMax !== undefined;
  const opts: uPlot.Options = {
    width: Math.max(200, el.clientWidth),
    height,
    legend: { show: false },
    cursor: { show: false },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    // Right: room for half the last time label ("2:00") where no right axis gives it.
    padding: [8, hasRight ? 4 : 18, 0, 0],
    scales: {
      x: { time: false, range: [0, duration] },
      y: { range: [0, spec.leftMax] },
      ...(hasRight ? { y2: { range: [0, spec.rightMax ?? 1] } } : {}),
    },
    axes: [xAxis, yAxis('y', spec.left), ...(spec.right ? [yAxis('y2', spec.right)] : [])],
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
  return new uPlot(opts, sliced(spec, xs, count), el);
}

/**
 * One uPlot chart. Created once per spec and theme; playback only calls setData with the rows
 * revealed so far (cheap: a few hundred points), and a ResizeObserver keeps it the container's width.
 * uPlot loads, and the chart is drawn, as the chart nears the viewport: on a phone the charts sit
 * far below the editor, and drawing them all as the page loaded held up its main thread.
 */
export function UPlotChart({ spec, xs, count, duration, dark, height }: Props) {
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const near = useNearViewport(box, '400px 0px');
  const countRef = useRef(count);
  // Declared before the chart is created, so a re-created chart starts with the rows shown now.
  useEffect(() => {
    countRef.current = count;
  });

  useEffect(() => {
    const el = box.current;
    if (!el || !near) return;
    let live = true;
    let teardown = () => {};
    void import('uplot').then(({ default: uPlot }) => {
      if (!live) return;
      const u = createChart(uPlot, el, { spec, xs, count: countRef.current, duration, dark, height });
      plot.current = u;
      const ro = new ResizeObserver(() => {
        const w = Math.max(200, el.clientWidth);
        if (w !== u.width) u.setSize({ width: w, height });
      });
      ro.observe(el);
      teardown = () => {
        ro.disconnect();
        u.destroy();
        plot.current = null;
      };
    });
    return () => {
      live = false;
      teardown();
    };
  }, [near, spec, xs, duration, dark, height]);

  useEffect(() => {
    plot.current?.setData(sliced(spec, xs, count));
  }, [spec, xs, count]);

  const i = count - 1;
  const c = CHART_COLORS[dark ? 'dark' : 'light'];
  return (
    <figure className="min-w-0 rounded-lg border border-line bg-card p-2" aria-labelledby={titleId}>
      <figcaption id={titleId} className="text-xs font-semibold">
        {spec.title}
      </figcaption>
      <ul
        className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-[0.7rem] text-muted"
        aria-label={`${spec.title} at ${i >= 0 ? clock(xs[i] ?? 0) : '0:00'}`}
      >
        {spec.series.map((s) => (
          <li key={s.label} className="flex items-center gap-1">
            <svg width="16" height="6" aria-hidden="true">
              <line x1="0" y1="3" x2="16" y2="3" stroke={c[s.color]} strokeWidth="2" strokeDasharray={s.dash?.join(' ')} />
            </svg>
            {s.label}: <span className="font-medium tabular-nums text-fg">{i >= 0 ? seriesValue(s, s.values[i]) : '–'}</span>
          </li>
        ))}
      </ul>
      <div ref={box} aria-hidden="true" className="mt-1 w-full" style={{ height }} />
    </figure>
  );
}
