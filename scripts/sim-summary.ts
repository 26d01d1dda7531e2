/**
 * `npm run sim -- <scenario> --summary`: a readable table of the run, the scaling activities of
 * whichever scaler the platform has (Application Auto Scaling and managed scaling on ECS, the HPA
 * and Cluster Autoscaler or Karpenter on EKS, App Runner's concurrency scaling, predictive
 * scaling), the deployments and incidents, and the summary.
 */
import type { Platform, Result, SimEvent } from '../lib/sim';
import { terminalSafe } from './sim-output';

type PlatformType = Platform['type'];

function pad(values: (string | number | null)[], widths: number[]): string {
  return values.map((v, i) => String(v ?? '–').padStart(widths[i] as number)).join('  ');
}

function clock(t: number): string {
  const h = Math.floor(t / 3600);
  const m = Math.floor((t % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const round1 = (x: number | null) => (x === null ? '–' : String(Math.round(x * 10) / 10));

/** A scaling activity in one line, or null for an event that is not one. */
function activityLine(e: SimEvent): string | null {
  switch (e.type) {
    case 'ScalingActivity':
      return `${terminalSafe(e.policy ?? `scheduled ${e.scheduledAction}`)}: ${e.from} → ${e.to} tasks`;
    case 'ManagedScaling':
      return `capacity provider: ${e.from} → ${e.to} instances`;
    case 'PredictiveScaling':
      return e.from === e.to
        ? null
        : `predictive ${terminalSafe(e.basis.policy)}: ${e.from} → ${e.to} tasks (forecast ${e.basis.capacity})`;
    case 'HpaScaling':
      return `HPA: ${e.from} → ${e.to} pods (CPU ${round1(e.basis.utilization)} % vs ${e.basis.target} %)`;
    case 'NodeScaling': {
      const who = e.basis.provisioner === 'Karpenter' ? 'Karpenter' : 'Cluster Autoscaler';
      if (e.basis.rule === 'atMaxSize') return `${who}: ${e.basis.pendingPods} pods Pending at the node limit (${e.basis.nodesBefore})`;
      const what = e.action === 'launch' ? `launch ${e.basis.instanceType}` : e.action;
      return `${who}: ${e.basis.nodesBefore} → ${e.basis.nodesAfter} nodes (${what} ${e.nodes.join(', ')}; ${e.basis.rule})`;
    }
    case 'AppRunnerScaling':
      return `App Runner: ${e.from} → ${e.to} instances (concurrency ${round1(e.basis.concurrency)}, MaxConcurrency ${e.basis.maxConcurrency})`;
    default:
      return null;
  }
}

/** A deployment, traffic shift or incident in one line, or null. */
function rolloutLine(e: SimEvent): string | null {
  switch (e.type) {
    case 'DeploymentStateChange':
      return `${e.eventName} ${terminalSafe(e.fromRevision)} → ${terminalSafe(e.revision)}${e.rollback ? ' (rollback)' : ''}`;
    case 'TrafficShift':
      return `${e.stage}: ${e.percent} % of production traffic to ${terminalSafe(e.revision)}`;
    case 'Incident':
      return `${e.incident} ${e.phase === 'start' ? 'begins' : 'ends'}: ${e.detail}`;
    default:
      return null;
  }
}

function section(out: string[], title: string, events: readonly SimEvent[], line: (e: SimEvent) => string | null, always: boolean): void {
  const lines = events.flatMap((e) => {
    const text = line(e);
    return text === null ? [] : [`  ${clock(e.t)}  ${text}`];
  });
  if (lines.length === 0 && !always) return;
  out.push('', title, ...(lines.length === 0 ? ['  (none)'] : lines));
}

/** A readable run: at most ~40 rows (every k-th minute plus every minute the desired count changed). */
export function summaryText(name: string, r: Result, platform: PlatformType): string {
  const out: string[] = [];
  const web = r.minutes[0]?.requestsPerSecond !== null;
  const machines = r.minutes[0]?.instances !== null;
  const eks = platform === 'EKS';
  const every = Math.max(1, Math.ceil(r.minutes.length / 40));
  const heads = [
    'time',
    'desired',
    'running',
    'pending',
    'cpu%',
    'mem%',
    web ? 'req/s' : 'msg/s',
    web ? 'p95 ms' : 'visible',
    web ? '5xx' : 'backlog',
    // EKS nodes have no capacity provider (no CapacityProviderReservation).
    ...(machines ? (eks ? ['nodes'] : ['inst', 'CPR%']) : []),
    'cost $',
  ];
  const widths = heads.map((h) => Math.max(h.length, 8));
  out.push(terminalSafe(name), '', ...(eks ? ['(desired, running and pending count pods)', ''] : []), pad(heads, widths));
  r.minutes.forEach((m, i) => {
    const prev = r.minutes[i - 1];
    const changed = prev !== undefined && prev.desiredCount !== m.desiredCount;
    if (!changed && (i + 1) % every !== 0 && i !== 0) return;
    out.push(
      pad(
        [
          clock(m.t),
          m.desiredCount,
          m.runningCount,
          m.pendingCount,
          m.cpuUtilization,
          m.memoryUtilization,
          web ? m.requestsPerSecond : m.messagesPerSecond,
          web ? m.p95LatencyMs : m.queueVisible,
          web ? m.errors5xx : m.backlogPerTask,
          ...(machines ? (eks ? [m.instances] : [m.instances, m.capacityProviderReservation]) : []),
          m.costUsd.toFixed(4),
        ],
        widths,
      ),
    );
  });
  section(out, 'Scaling activities:', r.events, activityLine, true);
  section(out, 'Deployments and incidents:', r.events, rolloutLine, false);
  const s = r.summary;
  out.push('', 'Summary:');
  for (const [k, v] of Object.entries(s)) if (v !== null) out.push(`  ${k}: ${v}`);
  return `${out.join('\n')}\n`;
}
