/**
 * The narration of deployments, traffic shifts, incidents and failed tasks, told from each event's
 * own fields and basis (lib/sim/rollout-types.ts). No arithmetic of its own: every number is the engine's.
 */
import type { SimEvent } from '@/lib/sim';
import { clock, num } from './format';

type Ev<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;
export interface RolloutNarration {
  t: number;
  headline: string;
  details: string[];
  notes: string[];
}

const STRATEGY: Record<Ev<'DeploymentStateChange'>['basis']['strategy'], string> = {
  ROLLING: 'rolling update',
  BLUE_GREEN: 'blue/green deployment',
  CANARY: 'canary deployment',
  LINEAR: 'linear deployment',
};

export function deploymentNarration(e: Ev<'DeploymentStateChange'>): RolloutNarration {
  const b = e.basis;
  const details: string[] = [];
  if (e.eventName === 'SERVICE_DEPLOYMENT_IN_PROGRESS') {
    if (b.strategy === 'ROLLING')
      details.push(
        `minimumHealthyPercent ${b.minimumHealthyPercent} % of ${b.desired} rounds up to ${b.minHealthy} healthy tasks that must stay; maximumPercent ${b.maximumPercent} % rounds down to ${b.maxTasks} tasks at most, old and new together. New tasks pass their health check before old ones drain.`,
      );
    else
      details.push(
        `A green task set as large as the blue one (${b.desired}) starts first; production traffic moves only once every green task is healthy, then both run for the bake time (${b.bakeMinutes} min) before the blue tasks stop.`,
      );
    if (b.thresholdType)
      details.push(`The circuit breaker fails the deployment after ${b.threshold} failed tasks of the new revision (${b.thresholdType}).`);
    details.push('Application Auto Scaling turns scale-in off until the deployment completes; scale-out continues.');
    return {
      t: e.t,
      headline: e.rollback
        ? `Rollback ${e.deploymentId}: back to ${e.revision} (${STRATEGY[b.strategy]})`
        : `Deployment ${e.deploymentId}: ${e.fromRevision} → ${e.revision} (${STRATEGY[b.strategy]})`,
      details,
      notes: [],
    };
  }
  if (e.eventName === 'SERVICE_DEPLOYMENT_COMPLETED')
    return {
      t: e.t,
      headline: `${e.deploymentId} COMPLETED: every task runs ${e.revision}`,
      details: ['SERVICE_DEPLOYMENT_COMPLETED: the service reached steady state. Scale-in is allowed again.'],
      notes: [],
    };
  if (b.trigger === 'alarm' && b.alarm)
    details.push(
      `${b.alarm.alarm} is in ALARM: ${b.alarm.breaching} of ${b.alarm.datapoints.length} datapoints breach ${num(b.alarm.threshold, 2)} (${b.alarm.metric}).`,
    );
  if (b.trigger === 'circuitBreaker')
    details.push(`${b.failures} tasks of ${e.revision} failed to start or to pass health checks; the threshold is ${b.threshold}.`);
  details.push(
    b.rollbackTo
      ? `Rollback is on: ECS deploys ${b.rollbackTo}, the last revision whose deployment COMPLETED.`
      : 'Rollback is off (or there is no completed revision): ECS stops launching tasks of this revision and the service keeps what runs.',
  );
  return { t: e.t, headline: `${e.deploymentId} FAILED: ${e.reason}`, details, notes: [] };
}

const STAGE: Record<Ev<'TrafficShift'>['stage'], string> = {
  SCALE_UP: 'green tasks starting',
  TEST_TRAFFIC_SHIFT: 'test traffic shift (an NLB waits 10 minutes here)',
  PRODUCTION_TRAFFIC_SHIFT: 'production traffic shift',
  BAKE_TIME: 'bake time: both task sets run',
};

export function shiftNarration(e: Ev<'TrafficShift'>): RolloutNarration {
  return {
    t: e.t,
    headline: `${STAGE[e.stage]}: ${num(e.percent, 1)} % of production traffic to ${e.revision}`,
    details: [
      e.until !== null && e.until > e.t ? `The next step waits until ${clock(e.until, true)}.` : 'The next step follows at once.',
      'The listener splits requests between the two target groups by weight; an alarm in ALARM before the end rolls the traffic back.',
    ],
    notes: [],
  };
}

const INCIDENT: Record<Ev<'Incident'>['incident'], string> = {
  TaskCrash: 'Task crash',
  ImagePullFailure: 'Image pull failure',
  HealthCheckFailure: 'Health check failure',
  AvailabilityZoneOutage: 'Availability Zone outage',
  SpotInterruption: 'Spot interruption',
};

const WHAT_NEXT: Record<Ev<'Incident'>['incident'], string> = {
  TaskCrash:
    'Each stopped task sends an ECS Task State Change event (lastStatus STOPPED, stopCode EssentialContainerExited); the service scheduler starts a replacement at once. It had reached RUNNING, so the throttle does not apply.',
  ImagePullFailure:
    'Tasks go PENDING → STOPPED (TaskFailedToStart). After repeated failures the service throttle spaces out new attempts, longer each time, up to 27 minutes.',
  HealthCheckFailure:
    'After unhealthyThresholdCount failed checks a target is unhealthy; ECS starts a replacement first and stops the unhealthy task once it is healthy. With every target unhealthy the load balancer fails open.',
  AvailabilityZoneOutage:
    'Tasks and instances in the zone stop; the service places replacements in the other zones, on instances with room (spread keeps the loss to one zone’s share, binpack may lose more).',
  SpotInterruption:
    'The two-minute warning is a task state change event and SIGTERM; the task drains and stops within two minutes (stopTimeout at most 120 s), and the service starts replacements by its capacity provider strategy.',
};

export function incidentNarration(e: Ev<'Incident'>): RolloutNarration {
  return {
    t: e.t,
    headline: `${INCIDENT[e.incident]}${e.phase === 'end' ? ' over' : ''}: ${e.detail}`,
    details: e.phase === 'start' ? [WHAT_NEXT[e.incident]] : [],
    notes: [],
  };
}

/** A failed task's STOPPED event (ECS stop codes); other task events are not narrated. */
export function taskStopNarration(e: Ev<'TaskStateChange'>): RolloutNarration | null {
  if (!e.stopCode || e.stopCode === 'ServiceSchedulerInitiated') {
    if (!e.stoppedReason?.includes('health checks')) return null;
  }
  if (e.lastStatus === 'RUNNING' && e.stopCode === 'SpotInterruption')
    return { t: e.t, headline: `${e.taskId}: Spot interruption warning — SIGTERM now, stopped within two minutes`, details: [], notes: [] };
  if (e.lastStatus !== 'STOPPED') return null;
  return {
    t: e.t,
    headline: `${e.taskId} STOPPED (${e.stopCode ?? 'ServiceSchedulerInitiated'}): ${e.stoppedReason ?? ''}`,
    details: ['An EventBridge rule on ECS Task State Change with lastStatus STOPPED sees this event; the service replaces the task.'],
    notes: [],
  };
}
