/**
 * The narration and event-log words for the other platforms' decisions (EKS's HPA, Cluster
 * Autoscaler and Karpenter, App Runner) and ECS predictive scaling, told from each event's basis
 * (lib/sim/platforms/decisions.ts). Like narration.ts, nothing here computes a count.
 */
import type { HpaBasis, NodeBasis, SimEvent } from '@/lib/sim';
import { clock, num } from './format';

export interface PlatformNarration {
  t: number;
  headline: string;
  details: string[];
}

type Ev<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const pct = (x: number | null) => `${num(x, 1)} %`;

function hpaArithmetic(b: HpaBasis): string {
  if (b.utilization === null) return '';
  const pods = b.unreadyCountedAtZero ? b.readyPods + b.unreadyPods : b.readyPods;
  return `ceil(${pods} pods × ${pct(b.unreadyCountedAtZero ? b.utilizationAllPods : b.utilization)} ÷ ${b.target} %) = ${b.recommendation}`;
}

function hpaDetails(b: HpaBasis): string[] {
  const d = [
    `The HPA reads the pods’ CPU from the metrics API (metrics-server) and compares it with ${b.target} % of their CPU request: ${pct(b.utilization)} on ${plural(b.readyPods, 'ready pod')}, a ratio of ${num(b.ratio, 2)}; it acts only outside the tolerance (1 ± ${b.tolerance}).`,
  ];
  if (b.unreadyCountedAtZero)
    d.push(
      `${plural(b.unreadyPods, 'pod')} ${b.unreadyPods === 1 ? 'is' : 'are'} not ready yet (Pending or starting): for a scale-up the HPA counts them at 0 % CPU (${pct(b.utilizationAllPods)} over all ${b.readyPods + b.unreadyPods} pods), so the pods it already asked for are not asked for again.`,
    );
  if (b.stabilized !== b.recommendation && b.recommendation < b.currentReplicas)
    d.push(
      `Scale-down stabilization: the HPA uses the highest recommendation of the last ${b.stabilizationWindowSeconds} s (${b.stabilized}), so a short dip does not remove pods it will need again.`,
    );
  if (b.rateLimit)
    d.push(
      `The ${b.rateLimit.type === 'Pods' ? `${b.rateLimit.value} pods` : `${b.rateLimit.value} %`} per ${b.rateLimit.periodSeconds} s policy limits this sync to ${b.rateLimit.limit} replicas (selectPolicy picks the policy that allows the most change).`,
    );
  d.push(`minReplicas ${b.minReplicas}, maxReplicas ${b.maxReplicas}.`);
  return d;
}

const HPA_HELD: Record<Ev<'HpaNotScaled'>['reason'], string> = {
  WithinTolerance: 'the ratio is within the tolerance',
  ScaleDownStabilized: 'a higher recommendation is still inside the scale-down stabilization window',
  AtMaxReplicas: 'already at maxReplicas',
  AtMinReplicas: 'already at minReplicas',
  NoMetrics: 'no ready pod has reported CPU yet',
  ScalingDisabled: 'the behavior’s selectPolicy is Disabled',
};

const NODE_RULE: Record<NodeBasis['rule'], string> = {
  scaleUp: 'pods are Pending because no node has room for their requests',
  scaleDownUnderutilized: 'the node’s pods request less than the threshold of its allocatable and fit on the other nodes',
  scaleDownEmpty: 'the node runs no pods',
  consolidateEmpty: 'the node is empty',
  consolidateUnderutilized: 'its pods fit on the other nodes',
  atMaxSize: 'pods are Pending but the node limit is reached',
};

function nodeNarration(e: Ev<'NodeScaling'>): PlatformNarration {
  const b = e.basis;
  const who = b.provisioner === 'Karpenter' ? 'Karpenter' : 'Cluster Autoscaler';
  if (b.rule === 'atMaxSize')
    return {
      t: e.t,
      headline: `${who}: ${plural(b.pendingPods, 'pod')} Pending, and no node can be added (maxSize ${b.nodesBefore})`,
      details: [],
    };
  if (e.action === 'launch') {
    const details = [
      `${plural(b.pendingPods, 'pod')} Pending; the nodes still starting will take ${b.podsForBootingNodes}. One ${b.instanceType} holds ${plural(b.podsPerNode, 'pod')} by CPU and memory requests.`,
      b.provisioner === 'Karpenter'
        ? 'Karpenter picks the cheapest instance type of its NodePool that holds the pending pods and launches it directly with EC2 (no Auto Scaling group).'
        : 'Cluster Autoscaler raises the node group’s Auto Scaling group desired capacity; the pods stay Pending until the node has joined the cluster and is Ready.',
    ];
    return {
      t: e.t,
      headline: `${who} launches ${plural(e.nodes.length, `${b.instanceType} node`)}: ${NODE_RULE[b.rule]} → ${b.nodesBefore} → ${b.nodesAfter} nodes`,
      details,
    };
  }
  const details: string[] = [];
  if (b.utilization !== null && b.threshold !== null)
    details.push(
      `Requested: ${pct(b.utilization * 100)} of the node’s allocatable CPU or memory (the larger), under the ${pct(b.threshold * 100)} threshold.`,
    );
  if (b.unneededSeconds !== null) details.push(`Unneeded for ${b.unneededSeconds} s.`);
  if (e.action === 'drain')
    details.push(
      'The node is cordoned and its pods are evicted; their ReplicaSet starts replacements on the other nodes, and the node is terminated once empty.',
    );
  return { t: e.t, headline: `${who} removes ${e.nodes.join(', ')}: ${NODE_RULE[b.rule]}`, details };
}

/** The narration of a platform or predictive event; null for any other event. */
export function explainPlatform(e: SimEvent): PlatformNarration | null {
  switch (e.type) {
    case 'HpaScaling':
      return {
        t: e.t,
        headline: `HPA: CPU ${pct(e.basis.utilization)} vs ${e.basis.target} % → replicas ${e.from} → ${e.to} (${hpaArithmetic(e.basis)})`,
        details: hpaDetails(e.basis),
      };
    case 'HpaNotScaled':
      return {
        t: e.t,
        headline: `HPA keeps ${e.basis.currentReplicas} replicas — ${HPA_HELD[e.reason]}${e.basis.utilization === null ? '' : ` (${hpaArithmetic(e.basis)})`}`,
        details: hpaDetails(e.basis),
      };
    case 'NodeScaling':
      return nodeNarration(e);
    case 'AppRunnerScaling': {
      const b = e.basis;
      return {
        t: e.t,
        headline: `App Runner: ${num(b.concurrency, 1)} requests in flight ÷ MaxConcurrency ${b.maxConcurrency} → instances ${e.from} → ${e.to}`,
        details: [
          `App Runner scales on concurrent requests per instance, not CPU: it wants ceil(${num(b.concurrency, 1)} ÷ ${b.maxConcurrency}) = ${b.wanted} instances, kept within MinSize ${b.minSize} and MaxSize ${b.maxSize}.`,
          e.to < e.from
            ? 'Scale-in: every evaluation of the last minute asked for fewer instances. The MinSize instances stay provisioned (memory billed) even when idle.'
            : 'New instances start, then share the requests; only instances with requests in flight are active and billed for vCPU.',
        ],
      };
    }
    case 'PredictiveForecast': {
      const b = e.basis;
      const peak = b.hours.reduce((m, h) => (h.capacity > m.capacity ? h : m), b.hours[0] ?? { start: 0, load: 0, capacity: 0 });
      return {
        t: e.t,
        headline: `Predictive scaling (${b.policy}) forecasts the next 48 hours: up to ${plural(peak.capacity, 'task')} (hour from ${clock(peak.start)})`,
        details: [
          `An hourly forecast from ${b.historyDays} assumed days of history and ${b.observedDays} observed in this run (AWS looks at up to 14 days, needs 24 hours, and refreshes every 6 hours).`,
          `Capacity per hour: the forecast ${b.metricPair === 'ALBRequestCount' ? 'requests per minute ÷' : 'CPU load at'} ${num(b.targetValue, 2)}${b.metricPair === 'ALBRequestCount' ? ' per task' : ' % per task'}, rounded up.`,
        ],
      };
    }
    case 'PredictiveScaling': {
      const b = e.basis;
      const hour = clock(b.hour.start);
      if (b.mode === 'ForecastOnly')
        return {
          t: e.t,
          headline: `Predictive scaling (forecast only): the hour from ${hour} needs ${plural(b.capacity, 'task')}; nothing changes`,
          details: [
            'In ForecastOnly mode the policy publishes forecasts so they can be checked against the real load; switch to ForecastAndScale to act on them.',
          ],
        };
      return {
        t: e.t,
        headline: `Predictive scaling: ${plural(b.capacity, 'task')} for the hour from ${hour}, ${b.schedulingBufferTime} s ahead → desired ${e.from} → ${e.to}`,
        details: [
          `Capacity is raised SchedulingBufferTime (${b.schedulingBufferTime} s) before the hour so tasks are running when the load arrives.`,
          'Predictive scaling only scales out: until the next hour’s forecast, no other policy scales in below this capacity.',
          ...(b.maxCapacityBreachBehavior === 'IncreaseMaxCapacity' ? [`IncreaseMaxCapacity: the maximum is now ${b.maxCapacity}.`] : []),
        ],
      };
    }
    default:
      return null;
  }
}

/** One event-log line for a platform or predictive event; null for any other event. */
export function platformLogText(e: SimEvent): string | null {
  switch (e.type) {
    case 'HpaScaling':
      return `horizontal-pod-autoscaler: New size: ${e.to}; reason: cpu resource utilization (percentage of request) ${e.to > e.from ? 'above' : 'below'} target.`;
    case 'HpaNotScaled':
      return `horizontal-pod-autoscaler: replicas stay ${e.basis.currentReplicas} (${e.reason}).`;
    case 'NodeScaling':
      if (e.basis.rule === 'atMaxSize') return `${e.basis.provisioner}: pods Pending, node limit reached.`;
      return e.action === 'launch'
        ? `${e.basis.provisioner}: launching ${e.nodes.length} × ${e.basis.instanceType} (${e.nodes.join(', ')}) for ${plural(e.basis.pendingPods, 'pending pod')}.`
        : `${e.basis.provisioner}: ${e.action === 'drain' ? 'draining' : 'removing'} ${e.nodes.join(', ')} (${e.basis.rule}).`;
    case 'AppRunnerScaling':
      return `App Runner: instances ${e.from} → ${e.to} (concurrency ${num(e.basis.concurrency, 1)}, MaxConcurrency ${e.basis.maxConcurrency}).`;
    case 'PredictiveForecast':
      return `Predictive scaling ${e.basis.policy}: new forecast for ${plural(e.basis.hours.length, 'hour')} of this run.`;
    case 'PredictiveScaling':
      return `Predictive scaling ${e.basis.policy}: ${plural(e.basis.capacity, 'task')} forecast for the hour from ${clock(e.basis.hour.start)}${e.basis.mode === 'ForecastOnly' ? ' (forecast only)' : `; desired ${e.from} → ${e.to}`}.`;
    default:
      return null;
  }
}
