/**
 * Event-log lines for tasks and instances in each platform's own words: ECS service events for
 * tasks and container instances, Kubernetes events for pods and nodes on EKS (ReplicaSet "Created
 * pod", FailedScheduling, "Deleted pod"), and App Runner's instances. The engine names every unit
 * task-N and every machine i-N; here a pod is pod/<service>-N and an App Runner instance instance-N.
 */
import type { Platform, SimEvent } from '@/lib/sim';

type PlatformType = Platform['type'];
type TaskEvent = Extract<SimEvent, { type: 'TaskStateChange' }>;
type InstanceEvent = Extract<SimEvent, { type: 'InstanceStateChange' }>;

/** ECS: "(task task-4) (task task-5)"; EKS: "pod/web-4, pod/web-5" (kubectl's kind/name); App Runner: "instance-4". */
export function unitList(platform: PlatformType, ids: string[], service: string): string {
  if (platform === 'ECS') return ids.map((id) => `(task ${id})`).join(' ');
  const n = (id: string) => id.slice(id.indexOf('-') + 1);
  return ids.map((id) => (platform === 'EKS' ? `pod/${service}-${n(id)}` : `instance-${n(id)}`)).join(', ');
}

export interface TaskGroup {
  first: TaskEvent;
  ids: string[];
  reason: string | null;
}

/** One line for task events of the same second and status. */
export function taskLine(platform: PlatformType, g: TaskGroup, service: string, hasLoadBalancer: boolean): string {
  const e = g.first;
  const n = g.ids.length;
  const s = n === 1 ? '' : 's';
  const list = unitList(platform, g.ids, service);
  const code = e.stopCode && e.stopCode !== 'ServiceSchedulerInitiated' ? ` (stopCode ${e.stopCode})` : '';
  const reason = g.reason ? ` Reason: ${g.reason}.` : '';
  if (platform === 'EKS')
    return {
      PROVISIONING: `(deployment ${service}) created ${n} pod${s}: ${list}. Pending: FailedScheduling, no node has room for the pod’s requests.`,
      PENDING: `${list} scheduled on a node: pulling the image and starting the container${s}.`,
      RUNNING: hasLoadBalancer
        ? `${list} Running: registered as target${s} in (target-group ${service}-tg) by the AWS Load Balancer Controller.`
        : `${list} Running.`,
      DEACTIVATING: `${list} Terminating: deregistered from (target-group ${service}-tg), connections draining.`,
      STOPPING: `${list} Terminating: SIGTERM sent; killed at the end of the grace period.`,
      STOPPED: `(deployment ${service}) deleted ${n} pod${s}: ${list}.${reason}`,
    }[e.lastStatus];
  if (platform === 'APP_RUNNER')
    return {
      PROVISIONING: `App Runner is waiting for capacity for ${n} instance${s}: ${list}.`,
      PENDING: `App Runner started ${n} instance${s}: ${list}.`,
      RUNNING: `${list} running and taking requests.`,
      DEACTIVATING: `${list} draining requests.`,
      STOPPING: `${list} stopping.`,
      STOPPED: `App Runner removed ${n} instance${s}: ${list}.${reason}`,
    }[e.lastStatus];
  return {
    PROVISIONING: `(service ${service}) has started ${n} task${s}: ${list}. Waiting for capacity (PROVISIONING).`,
    PENDING: `(service ${service}) has started ${n} task${s}: ${list}.`,
    RUNNING: hasLoadBalancer
      ? `(service ${service}) registered ${n} target${s} in (target-group ${service}-tg): ${list} RUNNING.`
      : `${list} RUNNING.`,
    DEACTIVATING: `(service ${service}) has begun draining connections on ${n} task${s}: ${list}.`,
    STOPPING: `${list} STOPPING: SIGTERM sent; stopped after the stop timeout.`,
    STOPPED: `(service ${service}) has stopped ${n} running task${s}: ${list}.${reason}${code}`,
  }[e.lastStatus];
}

/** An EC2 container instance on ECS, a node on EKS. */
export function instanceLine(platform: PlatformType, e: InstanceEvent): string {
  if (platform === 'EKS')
    return e.state === 'Pending'
      ? `Launching node ${e.instanceId}.`
      : e.state === 'InService'
        ? `Node ${e.instanceId} joined the cluster and is Ready.`
        : `Node ${e.instanceId} terminated (no pods left on it).`;
  return e.state === 'Pending'
    ? `Launching EC2 instance ${e.instanceId}.`
    : e.state === 'InService'
      ? `Container instance ${e.instanceId} registered with the cluster (InService).`
      : `Terminating EC2 instance ${e.instanceId} (no tasks left on it).`;
}
