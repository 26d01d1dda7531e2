/**
 * ECS service deployments (lib/sim/README.md "Deployments", sources there): a deployment replaces
 * the service's task definition revision.
 * - ROLLING: at most floor(desired × maximumPercent ÷ 100) tasks live and at least
 *   ceil(desired × minimumHealthyPercent ÷ 100) healthy; old tasks stop as new ones pass their
 *   health checks. The circuit breaker counts the new revision's failed tasks (threshold
 *   0.5 × desired, 3–200, or its ThresholdConfiguration) and rolls back to the last COMPLETED
 *   revision, or stops launching.
 * - BLUE_GREEN / CANARY / LINEAR: a green task set as large as the blue one, then production
 *   traffic shifts (all at once; canaryPercent then the rest; stepPercent per step), then the bake
 *   time with both sets running, then the blue set stops.
 * - CloudWatch alarms (any strategy) fail the deployment when one is in ALARM, and may roll back.
 * Application Auto Scaling pauses scale-in while a deployment is in progress (autoscaling.ts).
 */
import { type AlarmSpec, alarmBasis, evaluateAlarm, newAlarmRuntime } from './alarm';
import type { Datapoint } from './cloudwatch';
import { emitNote } from './events';
import type { DeploymentConfiguration } from './rollout-schema';
import type { ActiveDeployment, DeploymentBasis, DeploymentStrategy, RevisionRuntime, RolloutState } from './rollout-types';
import type { Scenario } from './schema';
import { canLaunch, launchTask, reconcile, stopTask } from './tasks';
import type { SimState, Task } from './types';
import { advanceIncidents, incidentTimes, pendingTerminations } from './incidents';

const DEFAULT_CONFIG: DeploymentConfiguration = {
  strategy: 'ROLLING',
  minimumHealthyPercent: 100,
  maximumPercent: 200,
  deploymentCircuitBreaker: {
    enable: false,
    rollback: false,
    thresholdConfiguration: { type: 'BOUNDED_PERCENT', value: 50 },
    resetOnHealthyTask: true,
  },
  bakeTimeInMinutes: 0,
  linearConfiguration: { stepPercent: 10, stepBakeTimeInMinutes: 6 },
  canaryConfiguration: { canaryPercent: 5, canaryBakeTimeInMinutes: 10 },
};

/** NLB: ECS adds a 10-minute delay before the traffic shift stages (nlb-resources-for-blue-green). */
export const NLB_SHIFT_DELAY_SECONDS = 600;
/** Circuit breaker BOUNDED_PERCENT clamp (API_ServiceDeploymentCircuitBreaker). */
export const BREAKER_MIN = 3;
export const BREAKER_MAX = 200;
/** Service throttle: the longest wait between attempts (service-throttle-logic: "a maximum of 27 minutes"). */
export const THROTTLE_MAX_SECONDS = 27 * 60;
/** The model's first throttle wait; each further failure doubles it (AWS: "incrementally increased"). */
export const THROTTLE_FIRST_SECONDS = 15;

export const configOf = (sc: Scenario): DeploymentConfiguration => sc.deploymentConfiguration ?? DEFAULT_CONFIG;

export function newRolloutState(sc: Scenario, startRange: [number, number]): RolloutState {
  const base: RevisionRuntime = { name: 'rev-1', startRange, cpuFactor: 1, errorFraction: 0, readyAfter: 0, failure: 'none' };
  const revisions = [base];
  sc.deployments.forEach((d, i) => {
    const r = d.revision;
    const start = r.taskStartSeconds;
    revisions.push({
      name: d.name ?? `rev-${i + 2}`,
      startRange: start === undefined ? startRange : typeof start === 'number' ? [start, start] : [start[0], start[1]],
      cpuFactor: r.cpuPerRequestFactor,
      errorFraction: r.errorPercent / 100,
      readyAfter: r.readyAfterSeconds,
      failure: r.failure,
    });
  });
  const alarms = configOf(sc).alarms;
  const specs: AlarmSpec[] =
    alarms && alarms.enable
      ? alarms.alarms.map((a) => ({
          name: a.name,
          role: null,
          metric: a.metric,
          statistic: a.statistic,
          periodSeconds: 60,
          comparisonOperator: a.comparisonOperator,
          threshold: a.threshold,
          thresholdFrom: null,
          evaluationPeriods: a.evaluationPeriods,
          datapointsToAlarm: a.datapointsToAlarm ?? a.evaluationPeriods,
        }))
      : [];
  const ro: RolloutState = {
    revisions,
    current: 0,
    stable: 0,
    active: null,
    haltedRevision: -1,
    nextDeployment: 0,
    nextIncident: 0,
    deploymentSerial: 0,
    servingByRev: revisions.map(() => 0),
    trafficToCurrent: -1,
    throttleFailures: 0,
    throttleUntil: -1,
    throttleLastFailure: -1,
    healthFailingUntil: -1,
    imagePullFailingUntil: -1,
    spotUnavailableUntil: -1,
    azDownUntil: sc.availabilityZones.map(() => -1),
    nUnhealthy: 0,
    failOpen: false,
    alarmSpecs: specs,
    alarms: specs.map(newAlarmRuntime),
    alarmRollback: alarms?.rollback ?? false,
    incidentOrder: sc.incidents.map((_, i) => i).sort((x, y) => (sc.incidents[x]?.at ?? 0) - (sc.incidents[y]?.at ?? 0) || x - y),
    incidentEnds: [],
    instanceLaunchAt: [],
    nextAt: Infinity,
  };
  ro.nextAt = nextDue(sc, ro);
  return ro;
}

/** The earliest time advanceRollout has work: a deployment or incident due, a stage, the throttle, a window. */
function nextDue(sc: Scenario, ro: RolloutState): number {
  let next = Infinity;
  const d = sc.deployments[ro.nextDeployment];
  if (d) next = Math.min(next, d.at);
  for (const at of incidentTimes(sc, ro)) next = Math.min(next, at);
  if (ro.active && ro.active.stageUntil >= 0) next = Math.min(next, ro.active.stageUntil);
  if (ro.active && ro.active.bakeUntil >= 0) next = Math.min(next, ro.active.bakeUntil);
  if (ro.throttleUntil >= 0) next = Math.min(next, ro.throttleUntil);
  return next;
}

export const deploymentInProgress = (s: SimState): boolean => s.ro.active !== null;

/**
 * The circuit breaker's failure threshold (API_ServiceDeploymentCircuitBreaker, API_ThresholdConfiguration):
 * COUNT: value; BOUNDED_PERCENT (default 50): value % of the latest desired count within 3–200;
 * UNBOUNDED_PERCENT: the same without the clamp. AWS does not say how a fraction rounds (model: up).
 */
export function circuitBreakerThreshold(type: 'COUNT' | 'BOUNDED_PERCENT' | 'UNBOUNDED_PERCENT', value: number, desired: number): number {
  if (type === 'COUNT') return value;
  const raw = Math.ceil((value * desired) / 100 - 1e-9);
  if (type === 'UNBOUNDED_PERCENT') return Math.max(1, raw);
  return Math.min(BREAKER_MAX, Math.max(BREAKER_MIN, raw));
}

function breakerThreshold(s: SimState): { threshold: number; type: DeploymentBasis['thresholdType'] } {
  const cb = configOf(s.scenario).deploymentCircuitBreaker;
  if (!cb.enable) return { threshold: Infinity, type: null };
  const { type, value } = cb.thresholdConfiguration;
  if (type !== 'COUNT' && (value * s.desired) % 100 !== 0) emitNote(s, s.t, 'circuitBreakerRoundingInferred');
  return { threshold: circuitBreakerThreshold(type, value, s.desired), type };
}

function basisOf(s: SimState, a: ActiveDeployment | null, extra: Partial<DeploymentBasis> = {}): DeploymentBasis {
  const cfg = configOf(s.scenario);
  const d = s.desired;
  return {
    strategy: a?.strategy ?? cfg.strategy,
    desired: d,
    minimumHealthyPercent: cfg.minimumHealthyPercent,
    maximumPercent: cfg.maximumPercent,
    minHealthy: Math.ceil((d * cfg.minimumHealthyPercent) / 100 - 1e-9),
    maxTasks: Math.floor((d * cfg.maximumPercent) / 100 + 1e-9),
    failures: a?.failures ?? 0,
    threshold: a && Number.isFinite(a.threshold) ? a.threshold : 0,
    thresholdType: cfg.deploymentCircuitBreaker.enable ? cfg.deploymentCircuitBreaker.thresholdConfiguration.type : null,
    trigger: null,
    alarm: null,
    rollbackTo: null,
    bakeMinutes: cfg.bakeTimeInMinutes,
    ...extra,
  };
}

const revName = (s: SimState, r: number) => s.ro.revisions[r]?.name ?? `rev-${r + 1}`;

function emitState(
  s: SimState,
  t: number,
  a: ActiveDeployment,
  eventName: 'SERVICE_DEPLOYMENT_IN_PROGRESS' | 'SERVICE_DEPLOYMENT_COMPLETED' | 'SERVICE_DEPLOYMENT_FAILED',
  reason: string,
  basis: DeploymentBasis,
): void {
  s.events.push({
    t,
    type: 'DeploymentStateChange',
    deploymentId: a.id,
    eventName,
    revision: revName(s, a.to),
    fromRevision: revName(s, a.from),
    rollback: a.rollback,
    reason,
    basis,
  });
}

/** Starts a deployment of revision `to` (an UpdateService, or a rollback the engine starts). */
function startDeployment(s: SimState, t: number, to: number, rollback: boolean, strategy: DeploymentStrategy): void {
  const ro = s.ro;
  ro.deploymentSerial++;
  const a: ActiveDeployment = {
    id: `ecs-svc/${(1000000 + ro.deploymentSerial * 7919).toString()}`,
    to,
    from: ro.current,
    strategy,
    rollback,
    startedAt: t,
    failures: 0,
    threshold: Infinity,
    stage: 'SCALE_UP',
    percent: 0,
    stageUntil: -1,
    bakeUntil: -1,
    halted: false,
  };
  ro.active = a;
  ro.current = to;
  if (ro.haltedRevision === to) ro.haltedRevision = -1;
  // "If you update your service to use a new task definition, your service returns to a normal, non-throttled state immediately."
  ro.throttleFailures = 0;
  ro.throttleUntil = -1;
  a.threshold = breakerThreshold(s).threshold;
  ro.trafficToCurrent = strategy === 'ROLLING' ? -1 : 0;
  emitState(
    s,
    t,
    a,
    'SERVICE_DEPLOYMENT_IN_PROGRESS',
    rollback ? `ECS deployment ${a.id} in progress: rolling back to ${revName(s, to)}` : `ECS deployment ${a.id} in progress.`,
    basisOf(s, a),
  );
  if (s.ro.revisions.length > 1) emitNote(s, t, 'revisionsShareOneQueue');
  reconcileDuringDeployment(s, t);
}

function finish(s: SimState, t: number, a: ActiveDeployment): void {
  const ro = s.ro;
  ro.active = null;
  ro.stable = a.to;
  ro.trafficToCurrent = -1;
  emitState(s, t, a, 'SERVICE_DEPLOYMENT_COMPLETED', `ECS deployment ${a.id} completed.`, basisOf(s, a));
  ro.nextAt = Math.min(ro.nextAt, t);
}

/** The deployment FAILED (circuit breaker or alarm): roll back to the last COMPLETED revision, or stop launching. */
function fail(s: SimState, t: number, a: ActiveDeployment, trigger: 'circuitBreaker' | 'alarm', alarm: DeploymentBasis['alarm']): void {
  const ro = s.ro;
  const cfg = configOf(s.scenario);
  const wantsRollback = trigger === 'circuitBreaker' ? cfg.deploymentCircuitBreaker.rollback : ro.alarmRollback;
  const canRollBack = wantsRollback && ro.stable !== a.to;
  const reason =
    trigger === 'circuitBreaker'
      ? `ECS deployment circuit breaker: tasks failed to start or to pass health checks (${a.failures} of threshold ${a.threshold}).`
      : `One or more CloudWatch alarms are in ALARM (${alarm?.alarm ?? ''}).`;
  emitState(
    s,
    t,
    a,
    'SERVICE_DEPLOYMENT_FAILED',
    reason,
    basisOf(s, a, { trigger, alarm, rollbackTo: canRollBack ? revName(s, ro.stable) : null }),
  );
  ro.active = null;
  ro.trafficToCurrent = -1;
  if (canRollBack) {
    startDeployment(s, t, ro.stable, true, 'ROLLING');
    return;
  }
  // "stop launching new tasks": the service keeps what runs.
  ro.haltedRevision = a.to;
}

const live = (task: Task) => !task.unhealthy && (task.status === 'PROVISIONING' || task.status === 'PENDING' || task.status === 'RUNNING');
const started = (task: Task) => task.status === 'RUNNING';

/** Stop order among a revision's tasks: not started, then not yet healthy, then healthy; newest first. */
function stopCandidates(tasks: Task[]): Task[] {
  const rank = (t: Task) => (t.status === 'RUNNING' ? (t.serving ? 2 : 1) : 0);
  return tasks.slice().sort((x, y) => rank(x) - rank(y) || y.id - x.id);
}

function reconcileRolling(s: SimState, t: number, a: ActiveDeployment): void {
  const cfg = configOf(s.scenario);
  const d = s.desired;
  const minHealthy = Math.ceil((d * cfg.minimumHealthyPercent) / 100 - 1e-9);
  const maxTasks = Math.floor((d * cfg.maximumPercent) / 100 + 1e-9);
  const fresh: Task[] = [];
  const old: Task[] = [];
  let healthy = 0;
  let oldLeaving = 0;
  let newHealthy = 0;
  // Unhealthy tasks of the revisions being replaced are not replaced in kind: they just stop.
  for (const task of s.tasks.slice()) if (task.unhealthy && task.revision !== a.to && task.status === 'RUNNING') stopTask(s, task, t);
  for (const task of s.tasks) {
    if (task.revision !== a.to && (task.status === 'DEACTIVATING' || task.status === 'STOPPING')) oldLeaving++;
    if (!live(task)) continue;
    const healthyNow = task.serving && !task.unhealthy;
    if (healthyNow) healthy++;
    if (task.revision === a.to) {
      fresh.push(task);
      if (healthyNow) newHealthy++;
    } else old.push(task);
  }
  // Old tasks go while the service keeps its minimum healthy; tasks not healthy yet go first.
  for (const task of stopCandidates(old)) {
    const isHealthy = task.serving;
    if (isHealthy && healthy - 1 < minHealthy) break;
    if (!isHealthy && started(task) && fresh.length + old.length <= d) continue;
    stopTask(s, task, t);
    old.splice(old.indexOf(task), 1);
    if (isHealthy) healthy--;
    else oldLeaving += started(task) ? 1 : 0;
    if (isHealthy) oldLeaving++;
  }
  let launched = fresh.length;
  while (launched < d && launched + old.length < maxTasks && canLaunch(s, t) && !a.halted) {
    if (!launchTask(s, t, a.to)) break;
    launched++;
  }
  if (fresh.length > d) for (const task of stopCandidates(fresh).slice(0, fresh.length - d)) stopTask(s, task, t);
  if (old.length === 0 && oldLeaving === 0 && newHealthy >= d && launched >= d) completeOrBake(s, t, a);
}

/** Steady state reached: COMPLETED, or with alarms first a bake time (model: long enough for every alarm to see it). */
function completeOrBake(s: SimState, t: number, a: ActiveDeployment): void {
  if (s.ro.alarmSpecs.length === 0) {
    finish(s, t, a);
    return;
  }
  if (a.bakeUntil < 0) {
    let longest = 0;
    for (const spec of s.ro.alarmSpecs) longest = Math.max(longest, spec.evaluationPeriods * spec.periodSeconds);
    a.bakeUntil = t + longest + s.scenario.cloudWatch.publicationDelaySeconds;
    emitNote(s, t, 'alarmBakeTimeInferred');
    s.ro.nextAt = Math.min(s.ro.nextAt, a.bakeUntil);
  } else if (t >= a.bakeUntil) finish(s, t, a);
}

/** Keeps `target` live tasks of revision `rev` (launching or stopping). */
function keepSet(s: SimState, t: number, rev: number, target: number): { live: number; healthy: number } {
  const mine: Task[] = [];
  let healthy = 0;
  for (const task of s.tasks)
    if (task.revision === rev && live(task)) {
      mine.push(task);
      if (task.serving) healthy++;
    }
  let n = mine.length;
  while (n < target && canLaunch(s, t)) {
    if (!launchTask(s, t, rev)) break;
    n++;
  }
  if (n > target) for (const task of stopCandidates(mine).slice(0, n - target)) stopTask(s, task, t);
  return { live: Math.min(n, target), healthy };
}

function shiftEvent(s: SimState, t: number, a: ActiveDeployment, until: number | null): void {
  s.events.push({ t, type: 'TrafficShift', deploymentId: a.id, revision: revName(s, a.to), stage: a.stage, percent: a.percent, until });
}

function setStage(
  s: SimState,
  t: number,
  a: ActiveDeployment,
  stage: ActiveDeployment['stage'],
  percent: number,
  waitSeconds: number,
): void {
  a.stage = stage;
  a.percent = percent;
  a.stageUntil = t + waitSeconds;
  s.ro.trafficToCurrent = percent / 100;
  s.ro.nextAt = Math.min(s.ro.nextAt, a.stageUntil);
  shiftEvent(s, t, a, a.stageUntil);
}

/** Production traffic's next step after `a.percent`, by strategy. */
function nextPercent(s: SimState, a: ActiveDeployment): { percent: number; wait: number } {
  const cfg = configOf(s.scenario);
  if (a.strategy === 'CANARY' && a.percent === 0)
    return { percent: cfg.canaryConfiguration.canaryPercent, wait: cfg.canaryConfiguration.canaryBakeTimeInMinutes * 60 };
  if (a.strategy === 'LINEAR') {
    const p = Math.min(100, Math.round((a.percent + cfg.linearConfiguration.stepPercent) * 10) / 10);
    return { percent: p, wait: p >= 100 ? 0 : cfg.linearConfiguration.stepBakeTimeInMinutes * 60 };
  }
  return { percent: 100, wait: 0 };
}

function reconcileShift(s: SimState, t: number, a: ActiveDeployment): void {
  const d = s.desired;
  keepSet(s, t, a.from, d);
  const green = keepSet(s, t, a.to, d);
  advanceShift(s, t, a, green.healthy);
}

function advanceShift(s: SimState, t: number, a: ActiveDeployment, greenHealthy: number): void {
  const cfg = configOf(s.scenario);
  const due = a.stageUntil >= 0 && t >= a.stageUntil;
  if (a.stage === 'SCALE_UP') {
    if (greenHealthy < s.desired) return;
    if (s.scenario.loadBalancer?.type === 'NLB') setStage(s, t, a, 'TEST_TRAFFIC_SHIFT', 0, NLB_SHIFT_DELAY_SECONDS);
    else {
      const next = nextPercent(s, a);
      setStage(s, t, a, 'PRODUCTION_TRAFFIC_SHIFT', next.percent, next.wait);
    }
    return;
  }
  if (!due) return;
  if (a.stage === 'TEST_TRAFFIC_SHIFT') {
    const next = nextPercent(s, a);
    setStage(s, t, a, 'PRODUCTION_TRAFFIC_SHIFT', next.percent, next.wait);
    return;
  }
  if (a.stage === 'PRODUCTION_TRAFFIC_SHIFT') {
    if (a.percent < 100) {
      const next = nextPercent(s, a);
      setStage(s, t, a, 'PRODUCTION_TRAFFIC_SHIFT', next.percent, next.wait);
    } else setStage(s, t, a, 'BAKE_TIME', 100, cfg.bakeTimeInMinutes * 60);
    return;
  }
  // BAKE_TIME over: CLEAN_UP stops the blue task set.
  a.stageUntil = -1;
  for (const task of s.tasks) if (task.revision !== a.to && (live(task) || task.unhealthy)) stopTask(s, task, t);
  finish(s, t, a);
}

/** The service scheduler while a deployment is in progress (tasks.ts reconcile delegates here). */
export function reconcileDuringDeployment(s: SimState, t: number): void {
  const a = s.ro.active;
  if (!a) return;
  if (a.strategy === 'ROLLING') reconcileRolling(s, t, a);
  else reconcileShift(s, t, a);
}

/** A task of the new revision failed (did not start, exited, or failed its health checks). */
export function onTaskFailed(s: SimState, task: Task, t: number): void {
  const a = s.ro.active;
  if (!a || task.revision !== a.to || a.rollback) return;
  a.failures++;
  a.threshold = breakerThreshold(s).threshold;
  if (a.failures >= a.threshold) fail(s, t, a, 'circuitBreaker', null);
}

export function onTaskHealthy(s: SimState, task: Task): void {
  const a = s.ro.active;
  if (!a || task.revision !== a.to) return;
  if (configOf(s.scenario).deploymentCircuitBreaker.resetOnHealthyTask) a.failures = 0;
}

/**
 * A task went PENDING → STOPPED. From the second in a row the service waits longer before each
 * launch: 15 s, doubling, at most 27 minutes (the doubling is the model's; AWS gives only the cap).
 */
export function throttleFailure(s: SimState, t: number): void {
  const ro = s.ro;
  if (ro.throttleLastFailure === t) return;
  ro.throttleLastFailure = t;
  ro.throttleFailures++;
  if (ro.throttleFailures < 2) return;
  let wait = THROTTLE_FIRST_SECONDS;
  for (let k = 2; k < ro.throttleFailures && wait < THROTTLE_MAX_SECONDS; k++) wait *= 2;
  if (wait > THROTTLE_MAX_SECONDS) wait = THROTTLE_MAX_SECONDS;
  ro.throttleUntil = t + wait;
  ro.nextAt = Math.min(ro.nextAt, ro.throttleUntil);
  emitNote(s, t, 'throttleBackoffInferred');
  s.events.push({
    t,
    type: 'ServiceEvent',
    message: `is unable to consistently start tasks successfully. (next attempt in ${wait} s, after ${ro.throttleFailures} tasks in a row failed to start)`,
  });
}

/** Deployment alarms take each published one-minute datapoint; one in ALARM fails an active deployment. */
export function runDeploymentAlarms(s: SimState, t: number, dp: Datapoint): void {
  const ro = s.ro;
  if (ro.alarmSpecs.length === 0 || dp.period !== 60) return;
  ro.alarmSpecs.forEach((spec, k) => evaluateAlarm(s, t, spec, ro.alarms[k] as RolloutState['alarms'][number], dp));
  const a = ro.active;
  if (!a || a.rollback) return;
  const k = ro.alarms.findIndex((rt) => rt.state === 'ALARM');
  if (k < 0) return;
  fail(s, t, a, 'alarm', alarmBasis(ro.alarmSpecs[k] as AlarmSpec, ro.alarms[k] as RolloutState['alarms'][number]));
  reconcileLater(s, t);
}

const reconcileLater = (s: SimState, t: number) => {
  s.ro.nextAt = Math.min(s.ro.nextAt, t + 1);
};

/** Each second before the tasks move: deployments and incidents due, stage timers, the throttle's wait ending. */
export function advanceRollout(s: SimState, t: number): void {
  const ro = s.ro;
  if (t < ro.nextAt) return;
  ro.nextAt = Infinity;
  advanceIncidents(s, t);
  const sc = s.scenario;
  const due = sc.deployments[ro.nextDeployment];
  if (due && due.at <= t) {
    if (ro.active) {
      if (due.at === t)
        s.events.push({
          t,
          type: 'ServiceEvent',
          message: `deployment of ${revName(s, ro.nextDeployment + 1)} waits for ${ro.active.id} to finish`,
        });
    } else {
      ro.nextDeployment++;
      startDeployment(s, t, ro.nextDeployment, false, configOf(sc).strategy);
    }
  }
  const a = ro.active;
  if (a) {
    if (a.strategy === 'ROLLING') {
      if (a.bakeUntil >= 0 && t >= a.bakeUntil) finish(s, t, a);
      else reconcileRolling(s, t, a);
    } else reconcileShift(s, t, a);
  } else if (ro.throttleUntil >= 0 && t >= ro.throttleUntil) {
    ro.throttleUntil = -1;
    reconcile(s, t); // the plain scheduler launches what is missing
  }
  if (ro.throttleUntil >= 0 && t >= ro.throttleUntil) ro.throttleUntil = -1;
  ro.nextAt = Math.min(ro.nextAt, nextDue(sc, ro), pendingTerminations(s));
  if (ro.active && ro.nextDeployment < sc.deployments.length && (sc.deployments[ro.nextDeployment] as { at: number }).at <= t)
    ro.nextAt = Math.min(ro.nextAt, t + 60);
}
