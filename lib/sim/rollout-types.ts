/** Plain-data state and events of deployments, revisions, health checks and incidents. */
import type { AlarmRuntime, AlarmSpec } from './alarm';
import type { AlarmBasis } from './decisions';
import type { Incident } from './rollout-schema';

/** A task definition revision as the engine runs it (index 0: the service's own). */
export interface RevisionRuntime {
  name: string;
  startRange: [number, number];
  cpuFactor: number;
  errorFraction: number;
  readyAfter: number;
  failure: 'none' | 'cannotPullImage' | 'exitsAtStart' | 'failsHealthCheck';
}

export type DeploymentStrategy = 'ROLLING' | 'BLUE_GREEN' | 'LINEAR' | 'CANARY';

/** Where a traffic-shifting deployment is (native ECS lifecycle stages). */
export type ShiftStage = 'SCALE_UP' | 'TEST_TRAFFIC_SHIFT' | 'PRODUCTION_TRAFFIC_SHIFT' | 'BAKE_TIME';

export interface ActiveDeployment {
  id: string;
  /** Revisions: the one being deployed and the one it replaces (the rollback target). */
  to: number;
  from: number;
  strategy: DeploymentStrategy;
  /** A rollback deployment (started by the circuit breaker or an alarm). */
  rollback: boolean;
  startedAt: number;
  /** Circuit breaker: failed tasks of the new revision, and the threshold. */
  failures: number;
  threshold: number;
  /** Traffic shifting: stage, percent of production traffic on the new revision, when the stage's wait ends. */
  stage: ShiftStage;
  percent: number;
  stageUntil: number;
  /** Rolling with alarms: steady state reached, bake time running until this time (−1: not yet). */
  bakeUntil: number;
  /** FAILED without rollback: no more tasks of the new revision are launched. */
  halted: boolean;
}

export interface RolloutState {
  revisions: RevisionRuntime[];
  /** The revision the service runs (the new one while a deployment is in progress). */
  current: number;
  /** The last revision whose deployment COMPLETED (what a rollback returns to). */
  stable: number;
  active: ActiveDeployment | null;
  /** A revision whose deployment FAILED without rollback: no more of its tasks are launched (−1: none). */
  haltedRevision: number;
  nextDeployment: number;
  nextIncident: number;
  deploymentSerial: number;
  /** Serving tasks per revision (same index as revisions). */
  servingByRev: number[];
  /** Share of traffic for `current` while a traffic-shifting deployment runs; −1 = by target counts. */
  trafficToCurrent: number;
  /** Service throttle: consecutive tasks that failed to start, and no launch before `until`. */
  throttleFailures: number;
  throttleUntil: number;
  throttleLastFailure: number;
  /** Incident windows in force (end times; −1 when none). */
  healthFailingUntil: number;
  imagePullFailingUntil: number;
  spotUnavailableUntil: number;
  azDownUntil: number[];
  /** RUNNING tasks marked unhealthy (still registered). */
  nUnhealthy: number;
  failOpen: boolean;
  /** Deployment alarms (CloudWatch alarm rollback) and their runtimes. */
  alarmSpecs: AlarmSpec[];
  alarms: AlarmRuntime[];
  alarmRollback: boolean;
  /** Incidents by start time (indexes into scenario.incidents), and the windows still to end. */
  incidentOrder: number[];
  incidentEnds: { at: number; incident: number }[];
  /** The Auto Scaling group replaces lost instances at these times (one entry per instance). */
  instanceLaunchAt: number[];
  /** The earliest time something here is due (deployment, incident, stage, throttle, window end). */
  nextAt: number;
}

/** Why a deployment changed state, as data for the narration. */
export interface DeploymentBasis {
  strategy: DeploymentStrategy;
  desired: number;
  minimumHealthyPercent: number;
  maximumPercent: number;
  /** ceil(desired × min ÷ 100) and floor(desired × max ÷ 100). */
  minHealthy: number;
  maxTasks: number;
  failures: number;
  threshold: number;
  thresholdType: 'COUNT' | 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT' | null;
  trigger: 'circuitBreaker' | 'alarm' | null;
  alarm: AlarmBasis | null;
  /** The revision a rollback returns to (null when none is started). */
  rollbackTo: string | null;
  bakeMinutes: number;
}

export type DeploymentEventName = 'SERVICE_DEPLOYMENT_IN_PROGRESS' | 'SERVICE_DEPLOYMENT_COMPLETED' | 'SERVICE_DEPLOYMENT_FAILED';

export type RolloutEvent =
  | {
      t: number;
      type: 'DeploymentStateChange';
      deploymentId: string;
      eventName: DeploymentEventName;
      revision: string;
      fromRevision: string;
      rollback: boolean;
      reason: string;
      basis: DeploymentBasis;
    }
  | { t: number; type: 'TrafficShift'; deploymentId: string; revision: string; stage: ShiftStage; percent: number; until: number | null }
  | {
      t: number;
      type: 'Incident';
      incident: Incident['type'];
      phase: 'start' | 'end';
      /** Tasks and instances it stopped or interrupted at that moment. */
      tasks: number;
      instances: number;
      detail: string;
    };
