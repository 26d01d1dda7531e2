/** What each live chart plots, from a scenario and its run (pure; the component draws it with uPlot). */
import type { MinuteRow, Result, Scenario } from '@/lib/sim';
import { primaryMetric } from './metrics';

export type ColorKey = 'load' | 'metric' | 'target' | 'scaleIn' | 'desired' | 'running' | 'pending' | 'bounds' | 'latency' | 'errors' | 'instances' | 'cpr' | 'cost' | 'queue';

export interface SeriesSpec {
  label: string;
  unit: string;
  values: (number | null)[];
  color: ColorKey;
  dash?: number[];
  /** Drawn as steps (counts change at minute boundaries). */
  stepped?: boolean;
  /** Right-hand axis. */
  right?: boolean;
  digits?: number;
}

export interface ChartSpec {
  id: string;
  title: string;
  leftUnit: string;
  rightUnit?: string;
  series: SeriesSpec[];
  /** Fixed y ranges over the whole run, so axes do not jump while it plays. */
  leftMax: number;
  rightMax?: number;
}

const col = (rows: readonly MinuteRow[], f: (r: MinuteRow) => number | null) => rows.map(f);
const maxOf = (series: SeriesSpec[], right: boolean) => {
  let m = 0;
  for (const s of series) if (!!s.right === right) for (const v of s.values) if (v !== null && v > m) m = v;
  return m > 0 ? m * 1.1 : 1;
};

export function chartSpecs(sc: Scenario, r: Result): { xs: number[]; charts: ChartSpec[] } {
  const rows = r.minutes;
  const xs = rows.map((m) => m.t);
  const web = sc.workload.type === 'web';
  const charts: ChartSpec[] = [];
  const add = (c: Omit<ChartSpec, 'leftMax' | 'rightMax'> & { percent?: boolean }) => {
    const leftMax = c.percent ? 100 : maxOf(c.series, false);
    charts.push({ ...c, leftMax, rightMax: c.series.some((s) => s.right) ? maxOf(c.series, true) : undefined });
  };

  add({
    id: 'load',
    title: web ? 'Load (requests per second)' : 'Load (messages arriving per second)',
    leftUnit: web ? 'req/s' : 'msg/s',
    series: [{ label: web ? 'Requests/s' : 'Messages/s', unit: '/s', values: col(rows, (m) => (web ? m.requestsPerSecond : m.messagesPerSecond)), color: 'load' }],
  });

  const pm = primaryMetric(sc);
  const metricSeries: SeriesSpec[] = [{ label: pm.label, unit: pm.unit, values: col(rows, (m) => m[pm.key]), color: 'metric' }];
  if (pm.target !== null) {
    metricSeries.push({ label: pm.policy?.policyType === 'StepScaling' ? 'Alarm threshold' : 'Target', unit: pm.unit, values: rows.map(() => pm.target), color: 'target', dash: [6, 4] });
  }
  if (pm.scaleInLine !== null) metricSeries.push({ label: 'Scale-in line (0.9 × target)', unit: pm.unit, values: rows.map(() => pm.scaleInLine), color: 'scaleIn', dash: [2, 4] });
  add({ id: 'metric', title: `${pm.label} against ${pm.policy?.policyType === 'StepScaling' ? 'the alarm threshold' : 'the target'}`, leftUnit: pm.unit.trim() || 'value', series: metricSeries, percent: pm.unit === ' %' });

  add({
    id: 'tasks',
    title: 'Tasks: desired, running, pending',
    leftUnit: 'tasks',
    series: [
      { label: 'Desired', unit: '', values: col(rows, (m) => m.desiredCount), color: 'desired', stepped: true, digits: 0 },
      { label: 'Running', unit: '', values: col(rows, (m) => m.runningCount), color: 'running', stepped: true, digits: 0 },
      { label: 'Pending', unit: '', values: col(rows, (m) => m.pendingCount), color: 'pending', stepped: true, dash: [4, 3], digits: 0 },
      { label: 'Max capacity', unit: '', values: col(rows, (m) => m.maxCapacity), color: 'bounds', stepped: true, dash: [1, 4], digits: 0 },
    ],
  });

  if (web) {
    add({
      id: 'latency',
      title: 'p95 latency and 5xx errors',
      leftUnit: 'ms',
      rightUnit: 'errors/min',
      series: [
        { label: 'p95 latency', unit: ' ms', values: col(rows, (m) => m.p95LatencyMs), color: 'latency' },
        { label: '5xx errors', unit: ' /min', values: col(rows, (m) => m.errors5xx), color: 'errors', right: true, dash: [5, 3], digits: 0 },
      ],
    });
  } else {
    add({
      id: 'queue',
      title: 'Queue depth and backlog per task',
      leftUnit: 'messages',
      rightUnit: 'per task',
      series: [
        { label: 'Messages visible', unit: '', values: col(rows, (m) => m.queueVisible), color: 'queue', digits: 0 },
        { label: 'Backlog per task', unit: '', values: col(rows, (m) => m.backlogPerTask), color: 'metric', right: true, dash: [5, 3] },
      ],
    });
  }

  if (sc.cluster) {
    add({
      id: 'capacity',
      title: 'Instances and capacity provider reservation',
      leftUnit: 'instances',
      rightUnit: '%',
      series: [
        { label: 'Instances', unit: '', values: col(rows, (m) => m.instances), color: 'instances', stepped: true, digits: 0 },
        { label: 'CapacityProviderReservation', unit: ' %', values: col(rows, (m) => m.capacityProviderReservation), color: 'cpr', right: true, dash: [5, 3] },
        { label: 'Target capacity', unit: ' %', values: rows.map(() => sc.cluster!.managedScaling.targetCapacity), color: 'target', right: true, dash: [2, 4] },
      ],
    });
  }

  add({ id: 'cost', title: 'Cost so far (USD)', leftUnit: 'USD', series: [{ label: 'Cost', unit: '', values: col(rows, (m) => m.costUsd), color: 'cost', digits: 4 }] });
  return { xs, charts };
}

/** Round tick steps for a time axis, in seconds: 1, 2, 5, 10, 15, 30 min, then 1, 2, 3, 6, 12, 24 h. */
export const TIME_STEPS = [60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400] as const;
/** The least room a time label ("10:45") gets, in CSS pixels. */
export const MIN_TICK_GAP = 56;

/**
 * Ticks for a time axis over [0, duration] s on a plot `width` CSS pixels wide: multiples of the
 * smallest round step whose ticks are at least MIN_TICK_GAP apart (0:00, 0:15, 0:30… for a 2 h run).
 */
export function timeTicks(duration: number, width: number): number[] {
  if (!(duration > 0)) return [0];
  const room = Math.max(1, Math.floor(Math.max(0, width) / MIN_TICK_GAP));
  const step = TIME_STEPS.find((s) => duration / s <= room) ?? Math.ceil(duration / room / 86400) * 86400;
  const out: number[] = [];
  for (let t = 0; t <= duration + 1e-9; t += step) out.push(t);
  return out;
}
