/**
 * Event log lines in the style of ECS service events, CloudWatch alarm history and Application
 * Auto Scaling activities, written from each event's own fields and basis. Task events of the same
 * second and status are grouped, as ECS does ("has started 2 tasks: …"); on EKS and App Runner the
 * tasks and instances are told as pods and nodes, or instances (event-log-units.ts).
 */
import type { Platform, SimEvent } from '@/lib/sim';
import { instanceLine, taskLine, unitList } from './event-log-units';
import { NOTE } from './model-notes';
import { platformLogText } from './narration-platforms';

export type LogKind = 'scaling' | 'alarm' | 'task' | 'instance' | 'capacity' | 'schedule' | 'service' | 'model' | 'deployment' | 'incident';
export interface LogEntry {
  t: number;
  kind: LogKind;
  text: string;
  /** Index of the entry's first event in the result's event list. */
  index: number;
}

/** The run's events as log lines; `platform` picks the words for tasks and instances (pods and nodes on EKS). */
export function logEntries(
  events: readonly SimEvent[],
  service: string,
  hasLoadBalancer: boolean,
  platform: Platform['type'] = 'ECS',
): LogEntry[] {
  const out: LogEntry[] = [];
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as SimEvent;
    switch (e.type) {
      case 'TaskStateChange': {
        const ids = [e.taskId];
        let reason = e.stoppedReason;
        while (i + 1 < events.length) {
          const n = events[i + 1] as SimEvent;
          if (n.type !== 'TaskStateChange' || n.t !== e.t || n.lastStatus !== e.lastStatus) break;
          ids.push(n.taskId);
          reason ??= n.stoppedReason;
          i++;
        }
        const text =
          e.lastStatus === 'RUNNING' && e.stopCode === 'SpotInterruption'
            ? `${unitList(platform, ids, service)} Spot interruption notice: SIGTERM sent, stopped within two minutes.`
            : taskLine(platform, { first: e, ids, reason }, service, hasLoadBalancer);
        out.push({ t: e.t, kind: 'task', text, index: i - ids.length + 1 });
        break;
      }
      case 'AlarmStateChange':
        out.push({ t: e.t, kind: 'alarm', text: `Alarm ${e.alarm} updated from ${e.from} to ${e.to}. ${e.reason}.`, index: i });
        break;
      case 'NotScaled':
        out.push({
          t: e.t,
          kind: 'scaling',
          text: `Not scaled: ${e.policy} kept the desired count at ${e.basis.final} (${e.reason}${e.basis.raw === null ? '' : `; asked for ${e.basis.raw}`}).`,
          index: i,
        });
        break;
      case 'ManagedScalingNotScaled':
        out.push({
          t: e.t,
          kind: 'capacity',
          text: `Capacity provider managed scaling: Auto Scaling group stays at ${e.basis.final} instances (${e.reason}; wants ${e.basis.wanted}).`,
          index: i,
        });
        break;
      case 'ModelNote':
        out.push({ t: e.t, kind: 'model', text: NOTE[e.note], index: i });
        break;
      case 'ScalingActivity':
        out.push({
          t: e.t,
          kind: 'scaling',
          text: `Setting desired count to ${e.to}. Cause: ${e.scheduledAction ? `scheduled action ${e.scheduledAction} changing the desired capacity from ${e.from} to ${e.to}` : e.cause}.`,
          index: i,
        });
        break;
      case 'ScheduledActionExecuted':
        out.push({
          t: e.t,
          kind: 'schedule',
          text: `Scheduled action ${e.scheduledAction} ran: MinCapacity ${e.minCapacity}, MaxCapacity ${e.maxCapacity}.`,
          index: i,
        });
        break;
      case 'ManagedScaling':
        out.push({
          t: e.t,
          kind: 'capacity',
          text: `Capacity provider managed scaling: Auto Scaling group desired capacity ${e.from} → ${e.to}. Cause: ${e.cause}.`,
          index: i,
        });
        break;
      case 'InstanceStateChange':
        out.push({ t: e.t, kind: 'instance', text: instanceLine(platform, e), index: i });
        break;
      case 'DeploymentStateChange':
        out.push({
          t: e.t,
          kind: 'deployment',
          text: `ECS Deployment State Change ${e.eventName} (${e.deploymentId}, ${e.fromRevision} → ${e.revision}${e.rollback ? ', rollback' : ''}): ${e.reason}`,
          index: i,
        });
        break;
      case 'TrafficShift':
        out.push({
          t: e.t,
          kind: 'deployment',
          text: `${e.stage}: ${e.percent} % of production traffic to ${e.revision} (${e.deploymentId}).`,
          index: i,
        });
        break;
      case 'Incident':
        out.push({
          t: e.t,
          kind: 'incident',
          text: `Incident ${e.incident} ${e.phase === 'start' ? 'begins' : 'ends'}: ${e.detail}.`,
          index: i,
        });
        break;
      case 'ServiceEvent':
        out.push({ t: e.t, kind: 'service', text: `(service ${service}) ${e.message}`, index: i });
        break;
      default: {
        const text = platformLogText(e);
        if (text) out.push({ t: e.t, kind: e.type === 'NodeScaling' ? 'instance' : 'scaling', text, index: i });
      }
    }
  }
  return out;
}

/** Number of entries at or before t. */
export function entriesUpTo(entries: readonly LogEntry[], t: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid] as LogEntry).t <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
