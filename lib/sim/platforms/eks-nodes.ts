/**
 * EKS nodes: Cluster Autoscaler on one node group (an Auto Scaling group of one instance type) or
 * Karpenter (right-sized nodes straight from EC2), both acting on Pending pods (tasks in
 * PROVISIONING). Defaults and sources in lib/sim/README.md "Other platforms":
 * - Cluster Autoscaler scans every 10 s (--scan-interval); for unschedulable pods it asks the
 *   group for the nodes they need (binpacking the pods on the group's template node, after what
 *   the nodes still booting will take); a node whose pods' requests are below 50 %
 *   (--scale-down-utilization-threshold) of its allocatable and whose pods fit elsewhere is unneeded,
 *   and is drained and removed after 10 minutes unneeded (--scale-down-unneeded-time), but not
 *   within 10 minutes of a scale-up (--scale-down-delay-after-add); one node is drained at a time.
 * - Karpenter launches, for the pending pods, the cheapest instance type of the NodePool that holds
 *   them (or the best price per pod when none holds them all), ready "in under a minute"; it
 *   consolidates (disruption.consolidationPolicy WhenEmptyOrUnderutilized, consolidateAfter 0 s):
 *   deletes empty nodes, and drains a node whose pods fit on the other nodes.
 */
import { emitNote, instanceName } from '../events';
import { launchInstance, type NodeShape } from '../instances';
import { EC2_INSTANCE_TYPES, registeredMemory, resolveInstanceType } from '../prices';
import { evictTask } from '../tasks';
import type { Instance, SimState } from '../types';
import type { NodeBasis } from './decisions';
import type { EksPlatform } from './schema';
import type { NodeState } from './state';

/** Karpenter's disruption controller looks at the nodes this often (the model's choice). */
const KARPENTER_DISRUPTION_POLL_SECONDS = 10;
/** Karpenter batches pending pods: batchIdleDuration 1 s, batchMaxDuration 10 s (its settings' defaults). */
const KARPENTER_BATCH_IDLE_SECONDS = 1;
const KARPENTER_BATCH_MAX_SECONDS = 10;

export const nodeReadySeconds = (p: EksPlatform): number => p.nodes.nodeReadySeconds ?? (p.nodes.provisioner === 'Karpenter' ? 55 : 90);

interface NodeType {
  name: string;
  cpu: number;
  memory: number;
  pricePerHour: number;
}

function shape(p: EksPlatform, type: NodeType): NodeShape {
  return {
    cpu: type.cpu,
    memory: registeredMemory(type.memory),
    pricePerSecond: type.pricePerHour / 3600,
    typeName: type.name,
    registerSeconds: nodeReadySeconds(p),
  };
}

export function groupType(p: EksPlatform): NodeType {
  const t = resolveInstanceType(p.nodes.instanceType);
  return t
    ? { name: t.name, cpu: t.cpu, memory: t.memory, pricePerHour: t.pricePerHour }
    : { name: 'unknown', cpu: 0, memory: 0, pricePerHour: 0 };
}

const podsPer = (s: SimState, cpu: number, memory: number): number =>
  Math.min(Math.floor(cpu / s.d.taskCpu), Math.floor(memory / s.d.taskMemory));

/** Pods a node can still take (by requests), 0 for a cordoned node. */
function room(s: SimState, i: Instance): number {
  if (i.cordoned) return 0;
  return Math.max(
    0,
    Math.min(Math.floor(((i.cpu ?? 0) - i.cpuUsed) / s.d.taskCpu), Math.floor(((i.memory ?? 0) - i.memoryUsed) / s.d.taskMemory)),
  );
}

/**
 * Pods waiting for a node (PROVISIONING), counted from the nodes (O(nodes), it runs every second):
 * every live, draining or stopping pod is on a node except the pending ones.
 */
function pendingPods(s: SimState): number {
  let placed = 0;
  for (const i of s.instances) placed += i.taskCount;
  return s.nActive + s.nDraining + s.nStopping - placed;
}

function launch(s: SimState, st: NodeState, t: number, p: EksPlatform, type: NodeType, count: number, basis: NodeBasis): void {
  const names: string[] = [];
  for (let k = 0; k < count; k++) {
    const i = launchInstance(s, t, shape(p, type));
    st.pricePerSecond += i.pricePerSecond ?? 0;
    names.push(instanceName(i.id));
  }
  st.lastScaleUpAt = t;
  st.lastOutcome = '';
  emitNote(s, t, 'podsBinpacked');
  basis.nodesAfter = s.instances.length;
  s.events.push({ t, type: 'NodeScaling', action: 'launch', nodes: names, basis });
}

function terminate(s: SimState, st: NodeState, t: number, node: Instance): void {
  const k = s.instances.indexOf(node);
  if (k >= 0) s.instances.splice(k, 1);
  st.pricePerSecond -= node.pricePerSecond ?? 0;
  delete st.unneededSince[node.id];
  s.events.push({ t, type: 'InstanceStateChange', instanceId: instanceName(node.id), state: 'Terminated' });
}

/** Removes drained nodes once their last pod has stopped. */
function finishDrains(s: SimState, st: NodeState, t: number): void {
  for (let k = s.instances.length - 1; k >= 0; k--) {
    const node = s.instances[k] as Instance;
    if (node.cordoned && node.taskCount === 0) terminate(s, st, t, node);
  }
}

function baseBasis(s: SimState, p: EksPlatform, rule: NodeBasis['rule'], type: string, perNode: number): NodeBasis {
  return {
    provisioner: p.nodes.provisioner,
    pendingPods: pendingPods(s),
    podsForBootingNodes: 0,
    podsPerNode: perNode,
    instanceType: type,
    utilization: null,
    threshold: null,
    unneededSeconds: null,
    nodesBefore: s.instances.length,
    nodesAfter: s.instances.length,
    rule,
  };
}

/** The node's requested share of its allocatable CPU or memory, whichever is larger. */
const utilization = (s: SimState, i: Instance): number => Math.max(i.cpuUsed / (i.cpu ?? 1), i.memoryUsed / (i.memory ?? 1));

/** Whether the node's pods fit on the other schedulable, registered nodes. */
function podsFitElsewhere(s: SimState, node: Instance): boolean {
  let free = 0;
  for (const i of s.instances) if (i !== node && i.status === 'InService') free += room(s, i);
  return node.taskCount <= free;
}

function drain(s: SimState, st: NodeState, t: number, p: EksPlatform, node: Instance, basis: NodeBasis): void {
  node.cordoned = true;
  basis.nodesAfter = s.instances.length - 1;
  s.events.push({ t, type: 'NodeScaling', action: node.taskCount === 0 ? 'terminate' : 'drain', nodes: [instanceName(node.id)], basis });
  for (const task of [...s.tasks])
    if (task.instance === node.id && (task.status === 'RUNNING' || task.status === 'PENDING'))
      evictTask(
        s,
        task,
        t,
        `Evicted by ${basis.provisioner === 'Karpenter' ? 'Karpenter' : 'Cluster Autoscaler'}: node ${instanceName(node.id)} is drained before it is removed`,
      );
  if (node.taskCount === 0) terminate(s, st, t, node);
  void p;
}

/** Cluster Autoscaler, every scan interval. */
function clusterAutoscaler(s: SimState, st: NodeState, t: number, p: EksPlatform): void {
  const ca = p.nodes.clusterAutoscaler;
  if (t % ca.scanIntervalSeconds !== 0) return;
  const type = groupType(p);
  const perNode = podsPer(s, type.cpu, registeredMemory(type.memory));
  const pending = pendingPods(s);
  if (pending > 0) {
    let booting = 0;
    for (const i of s.instances) if (i.status === 'Pending') booting += room(s, i);
    const basis = baseBasis(s, p, 'scaleUp', type.name, perNode);
    basis.podsForBootingNodes = Math.min(booting, pending);
    const needed = perNode > 0 ? Math.ceil(Math.max(0, pending - booting) / perNode) : 0;
    const count = Math.min(needed, p.nodes.maxSize - s.instances.length);
    if (count > 0) launch(s, st, t, p, type, count, basis);
    else if (needed > 0 && st.lastOutcome !== 'atMax') {
      st.lastOutcome = 'atMax';
      basis.rule = 'atMaxSize';
      s.events.push({ t, type: 'NodeScaling', action: 'launch', nodes: [], basis });
    }
    return;
  }
  const inDelay = t < st.lastScaleUpAt + ca.scaleDownDelayAfterAddSeconds;
  const draining = s.instances.some((i) => i.cordoned);
  for (const node of s.instances) {
    const u = utilization(s, node);
    const unneeded = node.status === 'InService' && !node.cordoned && u < ca.scaleDownUtilizationThreshold && podsFitElsewhere(s, node);
    if (!unneeded) delete st.unneededSince[node.id];
    else st.unneededSince[node.id] ??= t;
  }
  if (inDelay || draining) return;
  let live = s.instances.filter((i) => !i.cordoned).length;
  for (const node of [...s.instances]) {
    const since = st.unneededSince[node.id];
    if (since === undefined || t - since < ca.scaleDownUnneededTimeSeconds || live <= p.nodes.minSize) continue;
    const basis = baseBasis(s, p, node.taskCount === 0 ? 'scaleDownEmpty' : 'scaleDownUnderutilized', node.typeName ?? type.name, perNode);
    basis.utilization = utilization(s, node);
    basis.threshold = ca.scaleDownUtilizationThreshold;
    basis.unneededSeconds = t - since;
    drain(s, st, t, p, node, basis);
    live--;
    if (basis.rule === 'scaleDownUnderutilized') return; // one non-empty node at a time; empty ones go together
  }
}

/** The NodePool's instance types, resolved. */
function karpenterTypes(p: EksPlatform): NodeType[] {
  return p.nodes.karpenter.instanceTypes.flatMap((name) => {
    const t = EC2_INSTANCE_TYPES[name];
    return t ? [{ name, cpu: t.cpu, memory: t.memory, pricePerHour: t.pricePerHour }] : [];
  });
}

/** The nodes for `pods` pending pods: the cheapest type that holds them all, else the best price per pod, repeated. */
export function karpenterPlan(s: SimState, types: readonly NodeType[], pods: number): { type: NodeType; pods: number }[] {
  const plan: { type: NodeType; pods: number }[] = [];
  let left = pods;
  while (left > 0 && plan.length < 1000) {
    const sized = types.map((type) => ({ type, per: podsPer(s, type.cpu, registeredMemory(type.memory)) })).filter((x) => x.per > 0);
    if (sized.length === 0) break;
    const holdAll = sized.filter((x) => x.per >= left).sort((a, b) => a.type.pricePerHour - b.type.pricePerHour)[0];
    const pick = holdAll ?? sized.sort((a, b) => a.type.pricePerHour / a.per - b.type.pricePerHour / b.per)[0]!;
    const take = Math.min(pick.per, left);
    plan.push({ type: pick.type, pods: take });
    left -= take;
  }
  return plan;
}

function karpenter(s: SimState, st: NodeState, t: number, p: EksPlatform): void {
  const pending = pendingPods(s);
  if (pending === 0 && st.batchSince < 0 && t % KARPENTER_DISRUPTION_POLL_SECONDS !== 0) return;
  let booting = 0;
  for (const i of s.instances) if (i.status === 'Pending') booting += room(s, i);
  const uncovered = Math.max(0, pending - booting);
  if (uncovered > 0) {
    if (st.batchSince < 0) st.batchSince = t;
    const idle = t - st.batchSince >= KARPENTER_BATCH_IDLE_SECONDS;
    if (!idle && t - st.batchSince < KARPENTER_BATCH_MAX_SECONDS) return;
    st.batchSince = -1;
    const plan = karpenterPlan(s, karpenterTypes(p), uncovered);
    for (const { type, pods } of plan) {
      if (s.instances.length >= p.nodes.maxSize) {
        if (st.lastOutcome !== 'atMax') {
          st.lastOutcome = 'atMax';
          const basis = baseBasis(s, p, 'atMaxSize', type.name, pods);
          s.events.push({ t, type: 'NodeScaling', action: 'launch', nodes: [], basis });
        }
        break;
      }
      const basis = baseBasis(s, p, 'scaleUp', type.name, podsPer(s, type.cpu, registeredMemory(type.memory)));
      basis.pendingPods = uncovered;
      basis.podsForBootingNodes = Math.min(booting, pending);
      launch(s, st, t, p, type, 1, basis);
    }
    return;
  }
  st.batchSince = -1;
  if (t % KARPENTER_DISRUPTION_POLL_SECONDS !== 0 || pending > 0 || s.instances.some((i) => i.status === 'Pending' || i.cordoned)) return;
  const k = p.nodes.karpenter;
  for (const node of s.instances) {
    const candidate =
      node.status === 'InService' &&
      (node.taskCount === 0 || (k.consolidationPolicy === 'WhenEmptyOrUnderutilized' && podsFitElsewhere(s, node)));
    if (!candidate) delete st.unneededSince[node.id];
    else st.unneededSince[node.id] ??= t;
  }
  // Empty nodes first, all together; then the one underutilized node with the fewest pods.
  const ready = s.instances.filter((i) => {
    const since = st.unneededSince[i.id];
    return since !== undefined && t - since >= k.consolidateAfterSeconds;
  });
  const empty = ready.filter((i) => i.taskCount === 0);
  for (const node of empty) {
    const basis = baseBasis(s, p, 'consolidateEmpty', node.typeName ?? '', 0);
    basis.unneededSeconds = t - (st.unneededSince[node.id] as number);
    drain(s, st, t, p, node, basis);
  }
  if (empty.length > 0) return;
  const node = ready.sort((a, b) => a.taskCount - b.taskCount || b.id - a.id)[0];
  if (!node) return;
  emitNote(s, t, 'karpenterNoReplace');
  const basis = baseBasis(s, p, 'consolidateUnderutilized', node.typeName ?? '', node.taskCount);
  basis.utilization = utilization(s, node);
  basis.unneededSeconds = t - (st.unneededSince[node.id] as number);
  drain(s, st, t, p, node, basis);
}

export function newNodeState(): NodeState {
  return { unneededSince: {}, lastScaleUpAt: -Infinity, batchSince: -1, pricePerSecond: 0, lastOutcome: '' };
}

/** The nodes at t = 0: Ready, of the group's type. */
export function addSteadyNodes(s: SimState, st: NodeState, p: EksPlatform): void {
  const type = groupType(p);
  for (let k = 0; k < p.nodes.desiredCapacity; k++) {
    const i = launchInstance(s, -nodeReadySeconds(p) - 1, shape(p, type));
    i.status = 'InService';
    st.pricePerSecond += i.pricePerSecond ?? 0;
  }
  s.events = [];
  s.nextInstanceEventAt = Infinity;
}

/** Each second: finish drains, then the provisioner. */
export function runNodes(s: SimState, st: NodeState, t: number, p: EksPlatform): void {
  finishDrains(s, st, t);
  if (p.nodes.provisioner === 'ClusterAutoscaler') clusterAutoscaler(s, st, t, p);
  else karpenter(s, st, t, p);
}
