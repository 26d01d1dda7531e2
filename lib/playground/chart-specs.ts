/** What each live chart plots, from a scenario and its run (pure; the component draws it with uPlot). */
import type { MinuteRow, Result, Scenario } from '@/lib/sim';
import type { AxisSpec } from './axis';
import { latency, num } from './format';
import { primaryMetric, thresholdLines } from './metrics';

export type ColorKey =
  | 'load'
  | 'metric'
  | 'target'
  | 'scaleIn'
  | 'desired'
  | 'running'
  | 'pending'
  | 'bounds'
  | 'latency'
  | 'errors'
  | 'instances'
  | 'cpr'
  | 'cost'
  | 'queue';

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
  /** A latency in ms: read as seconds from 10 s up, like its axis. */
  latency?: boolean;
}

export interface ChartSpec {
  id: string;
  title: string;
  left: AxisSpec;
  right?: AxisSpec;
  series: SeriesSpec[];
  /** Fixed y ranges over the whole run, so axes do not jump while it plays. */
  leftMax: number;
  rightMax?: number;
}

/** The metric chart's axis, by the metric's unit. */
const METRIC_AXIS: Record<string, AxisSpec> = {
  ' %': { kind: 'percent' },
  ' requests per target': { kind: 'number', suffix: '/target' },
  ' messages per task': { kind: 'number', suffix: '/task' },
  ' messages': { kind: 'number', integer: true },
};

/** A series' value as its legend shows it: "850 ms", "12 s", "3 /min". */
export function seriesValue(s: SeriesSpec, value: number | null | undefined): string {
  return s.latency ? latency(value) : value === null || value === undefined ? '–' : `${num(value, s.digits ?? 1)}${s.unit}`;
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
    left: { kind: 'number', suffix: '/s' },
    series: [
      {
        label: web ? 'Requests/s' : 'Messages/s',
        unit: '/s',
        values: col(rows, (m) => (web ? m.requestsPerSecond : m.messagesPerSecond)),
        color: 'load',
      },
    ],
  });

  const pm = primaryMetric(sc);
  const lines = thresholdLines(sc, pm.key);
  const step = pm.policy?.policyType === 'StepScaling';
  const metricSeries: SeriesSpec[] = [
    { label: pm.label, unit: pm.unit, values: col(rows, (m) => m[pm.key]), color: 'metric' },
    ...lines.map((l): SeriesSpec => ({
      label: l.label,
      unit: pm.unit,
      values: rows.map(() => l.value),
      color: l.direction === 'in' ? 'scaleIn' : 'target',
      dash: l.direction === 'in' ? [2, 4] : [6, 4],
      digits: 2,
    })),
  ];
  // EKS: the HPA's target is the line (it reads the same CPU, every 15 s, as a share of the pods' requests).
  if (sc.platform.type === 'EKS')
    metricSeries.push({
      label: 'HPA target',
      unit: ' %',
      values: rows.map(() => (sc.platform.type === 'EKS' ? sc.platform.hpa.targetCPUUtilizationPercentage : null)),
      color: 'target',
      dash: [6, 4],
      digits: 0,
    });
  const against = step ? (lines.length > 1 ? 'its alarm thresholds' : 'the alarm threshold') : 'the target';
  add({
    id: 'metric',
    title:
      metricSeries.length > 1
        ? `${pm.label} against ${against}`
        : sc.platform.type === 'APP_RUNNER'
          ? `${pm.label} (App Runner scales on concurrency, not CPU)`
          : pm.label,
    left: METRIC_AXIS[pm.unit] ?? { kind: 'number' },
    series: metricSeries,
    percent: pm.unit === ' %',
  });

  const units = { ECS: 'Tasks', EKS: 'Pods', APP_RUNNER: 'App Runner instances' }[sc.platform.type];
  const forecast = sc.autoScaling.predictiveScaling;
  add({
    id: 'tasks',
    title: `${units}: desired, running, pending${forecast ? ', forecast' : ''}`,
    left: { kind: 'number', integer: true },
    series: [
      { label: 'Desired', unit: '', values: col(rows, (m) => m.desiredCount), color: 'desired', stepped: true, digits: 0 },
      { label: 'Running', unit: '', values: col(rows, (m) => m.runningCount), color: 'running', stepped: true, digits: 0 },
      { label: 'Pending', unit: '', values: col(rows, (m) => m.pendingCount), color: 'pending', stepped: true, dash: [4, 3], digits: 0 },
      { label: 'Max capacity', unit: '', values: col(rows, (m) => m.maxCapacity), color: 'bounds', stepped: true, dash: [1, 4], digits: 0 },
      ...(forecast
        ? [
            {
              label: forecast.mode === 'ForecastOnly' ? 'Forecast (forecast only)' : 'Forecast capacity',
              unit: '',
              values: col(rows, (m) => m.forecastCapacity),
              color: 'target' as const,
              stepped: true,
              dash: [6, 4],
              digits: 0,
            },
          ]
        : []),
    ],
  });

  if (sc.deployments.length > 0)
    add({
      id: 'revisions',
      title: 'Revisions: running tasks and traffic to the new one',
      left: { kind: 'number', integer: true },
      right: { kind: 'percent' },
      series: [
        { label: 'New revision', unit: '', values: col(rows, (m) => m.newRevisionRunning), color: 'running', stepped: true, digits: 0 },
        {
          label: 'Old revisions',
          unit: '',
          values: col(rows, (m) => m.oldRevisionRunning),
          color: 'pending',
          stepped: true,
          dash: [4, 3],
          digits: 0,
        },
        {
          label: 'Traffic to new',
          unit: ' %',
          values: col(rows, (m) => m.newRevisionTrafficPercent),
          color: 'load',
          right: true,
          dash: [1, 3],
          digits: 0,
        },
      ],
    });

  if (web) {
    add({
      id: 'latency',
      title: 'p95 latency and 5xx errors',
      left: { kind: 'ms' },
      right: { kind: 'number', suffix: '/min', integer: true },
      series: [
        { label: 'p95 latency', unit: ' ms', values: col(rows, (m) => m.p95LatencyMs), color: 'latency', latency: true },
        {
          label: '5xx errors',
          unit: ' /min',
          values: col(rows, (m) => m.errors5xx),
          color: 'errors',
          right: true,
          dash: [5, 3],
          digits: 0,
        },
      ],
    });
  } else {
    add({
      id: 'queue',
      title: 'Queue depth and backlog per task',
      left: { kind: 'number', integer: true },
      right: { kind: 'number', suffix: '/task' },
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
      left: { kind: 'number', integer: true },
      right: { kind: 'percent' },
      series: [
        { label: 'Instances', unit: '', values: col(rows, (m) => m.instances), color: 'instances', stepped: true, digits: 0 },
        {
          label: 'CapacityProviderReservation',
          unit: ' %',
          values: col(rows, (m) => m.capacityProviderReservation),
          color: 'cpr',
          right: true,
          dash: [5, 3],
        },
        {
          label: 'Target capacity',
          unit: ' %',
          values: rows.map(() => sc.cluster!.managedScaling.targetCapacity),
          color: 'target',
          right: true,
          dash: [2, 4],
        },
      ],
    });
  }

  if (sc.platform.type === 'EKS') {
    add({
      id: 'nodes',
      title: `Nodes (${sc.platform.nodes.provisioner === 'Karpenter' ? 'Karpenter' : 'Cluster Autoscaler'}) and pods waiting for one`,
      left: { kind: 'number', integer: true },
      series: [
        { label: 'Nodes', unit: '', values: col(rows, (m) => m.instances), color: 'instances', stepped: true, digits: 0 },
        {
          label: 'Pods pending or starting',
          unit: '',
          values: col(rows, (m) => m.pendingCount),
          color: 'pending',
          stepped: true,
          dash: [4, 3],
          digits: 0,
        },
      ],
    });
  }

  add({
    id: 'cost',
    title: 'Cost so far (USD)',
    left: { kind: 'usd' },
    series: [{ label: 'Cost', unit: '', values: col(rows, (m) => m.costUsd), color: 'cost', digits: 4 }],
  });
  return { xs, charts };
}

/**
 * The charts a lesson embed shows: what its scenario teaches. On EC2 that is the cluster's own
 * scaling (instances and CapacityProviderReservation against the target capacity, which drives
 * instance scale-in) beside the metric and its thresholds; on Fargate the metric and the tasks; on
 * EKS the pods and the nodes; on App Runner the instances and the latency that drives them; with
 * predictive scaling the load and the tasks against the forecast.
 */
export function embedCharts(sc: Scenario): string[] {
  if (sc.platform.type === 'EKS') return ['tasks', 'nodes'];
  if (sc.platform.type === 'APP_RUNNER') return ['tasks', 'latency'];
  if (sc.autoScaling.predictiveScaling) return ['load', 'tasks'];
  const web = sc.workload.type === 'web';
  if (sc.deployments.length > 0) return web ? ['revisions', 'latency'] : ['revisions', 'tasks'];
  if (sc.incidents.length > 0) return web ? ['tasks', 'latency'] : ['tasks', 'metric'];
  return sc.cluster ? ['metric', 'capacity'] : ['metric', 'tasks'];
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
