/** What the minute rows and the playground show of revisions: running tasks per side and the traffic split. */
import type { MinuteRow, SimState } from './types';

/** Fills the row's revision columns (left null when the scenario has no deployments). */
export function revisionRow(s: SimState, row: MinuteRow): void {
  const ro = s.ro;
  if (ro.revisions.length === 1) return;
  let fresh = 0;
  let old = 0;
  for (const task of s.tasks)
    if (task.status === 'RUNNING') {
      if (task.revision === ro.current) fresh++;
      else old++;
    }
  row.newRevisionRunning = fresh;
  row.oldRevisionRunning = old;
  row.newRevisionTrafficPercent = Math.round(trafficShare(s) * 10000) / 100;
}

/** Share of requests the current revision gets now: the listener weights while traffic shifts, else by healthy targets. */
export function trafficShare(s: SimState): number {
  const ro = s.ro;
  const mine = ro.servingByRev[ro.current] ?? 0;
  if (s.nServing === 0) return 0;
  if (ro.trafficToCurrent < 0 || mine === 0) return mine / s.nServing;
  if (mine === s.nServing) return 1;
  return ro.trafficToCurrent;
}
