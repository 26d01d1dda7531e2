/**
 * AWS App Runner's automatic scaling and billing (sources in lib/sim/README.md "Other platforms").
 * "Max concurrency – The maximum number of concurrent requests that an instance processes. When the
 * number of concurrent requests exceeds this quota, App Runner scales up the service"; MinSize
 * instances are always provisioned, at most MaxSize serve. Billing: "You pay for memory usage of
 * all the provisioned instances. You pay for CPU usage of only the active subset" —
 * $0.007 per GB-hour provisioned, $0.064 per vCPU-hour active (us-east-1).
 *
 * AWS publishes neither how often App Runner evaluates nor how long it waits to scale in: the model
 * looks every 10 s at the last 10 s of concurrency and scales in only when a whole minute asked for
 * fewer instances and no instance is still starting (ModelNote appRunnerTimingInferred).
 */
import { emitNote } from '../events';
import { reconcile } from '../tasks';
import type { SimState } from '../types';
import type { AppRunnerBasis } from './decisions';
import type { AppRunnerPlatform } from './schema';
import type { AppRunnerState } from './state';
import { countScaling } from '../totals';

export const APP_RUNNER_PRICE = { provisionedPerGbHour: 0.007, activePerVcpuHour: 0.064 } as const;
const EVALUATE_SECONDS = 10;
const SCALE_IN_AFTER_SECONDS = 60;

export interface AppRunnerRuntime extends AppRunnerState {
  /** Concurrency summed over the current 10 s, and the wanted counts of the last minute. */
  concurrencySum: number;
  concurrencySeconds: number;
  wanted: number[];
}

export function newAppRunnerState(): AppRunnerRuntime {
  return { lastOutcome: '', lastChangeAt: -Infinity, concurrencySum: 0, concurrencySeconds: 0, wanted: [] };
}

/** Requests in flight in the second that just ended (Little's law: served × latency), plus those queued. */
function concurrencyNow(s: SimState): number {
  const acc = s.acc;
  const k = acc.samples - 1;
  if (k < 0) return s.webQueue;
  return ((acc.weight[k] as number) * (acc.latency[k] as number)) / 1000;
}

/** Each second: bill, measure, and every 10 s decide. */
export function runAppRunner(s: SimState, t: number, p: AppRunnerPlatform, st: AppRunnerRuntime): void {
  if (t === 0) return;
  const concurrency = concurrencyNow(s);
  // Billing for the second that ended: memory of every provisioned instance, vCPU of the active ones.
  const provisioned = s.billed[0] ?? 0;
  const active = Math.min(s.nServing, Math.ceil(concurrency - 1e-9));
  s.cost +=
    (provisioned * (s.d.taskMemory / 1024) * APP_RUNNER_PRICE.provisionedPerGbHour +
      active * s.d.vcpu * APP_RUNNER_PRICE.activePerVcpuHour) /
    3600;
  st.concurrencySum += concurrency;
  st.concurrencySeconds++;
  if (t % EVALUATE_SECONDS !== 0) return;
  const average = st.concurrencySum / st.concurrencySeconds;
  st.concurrencySum = 0;
  st.concurrencySeconds = 0;
  const wanted = Math.ceil(average / p.maxConcurrency - 1e-9);
  st.wanted.push(wanted);
  if (st.wanted.length > SCALE_IN_AFTER_SECONDS / EVALUATE_SECONDS) st.wanted.shift();
  const from = s.desired;
  let to = Math.min(Math.max(wanted, s.minCapacity), s.maxCapacity);
  if (to < from) {
    // Scale in only to what the whole last minute needed.
    const minuteMax = Math.max(...st.wanted);
    const starting = s.nActive > s.nRunning;
    if (starting || st.wanted.length < SCALE_IN_AFTER_SECONDS / EVALUATE_SECONDS || t - st.lastChangeAt < SCALE_IN_AFTER_SECONDS) to = from;
    else to = Math.min(Math.max(minuteMax, s.minCapacity, to), from);
  }
  if (to === from) return;
  emitNote(s, t, 'appRunnerTimingInferred');
  const basis: AppRunnerBasis = {
    concurrency: average,
    maxConcurrency: p.maxConcurrency,
    wanted,
    minSize: s.minCapacity,
    maxSize: s.maxCapacity,
    final: to,
  };
  s.desired = to;
  st.lastChangeAt = t;
  countScaling(s, t, from, to);
  s.events.push({ t, type: 'AppRunnerScaling', from, to, basis });
  reconcile(s, t);
}
