/**
 * One second of web traffic over several task definition revisions (a deployment in progress, or
 * after one). The load balancer splits requests by healthy targets (round robin) or, while a
 * blue/green, canary or linear deployment shifts traffic, by the listener's weights. A revision
 * serves at most its tasks' CPU (a revision with `cpuPerRequestFactor` 1.5 serves a third fewer);
 * what one revision cannot take goes to the others' spare capacity, and all share one queue (a
 * fluid model: the ModelNote `revisionsShareOneQueue`). A revision with `errorPercent` answers that
 * share of what it serves with a 5xx.
 */
import type { SimState } from './types';

export interface RevisionSplit {
  capacity: number;
  served: number;
  cpuUsed: number;
  errors: number;
}

// Scratch space reused every second (not part of the state: nothing here outlives the call).
const scratch: RevisionSplit = { capacity: 0, served: 0, cpuUsed: 0, errors: 0 };
const share: number[] = [];
const cap: number[] = [];
const got: number[] = [];

export function serveRevisions(s: SimState, total: number, perTask: number, cps: number): RevisionSplit {
  const ro = s.ro;
  const revs = ro.revisions;
  const current = ro.current;
  const mine = ro.servingByRev[current] ?? 0;
  const others = s.nServing - mine;
  // Weighted listener while traffic shifts (and both sides have targets), else by target count.
  const weighted = ro.trafficToCurrent >= 0 && mine > 0 && others > 0;
  let capacity = 0;
  for (let r = 0; r < revs.length; r++) {
    const n = ro.servingByRev[r] ?? 0;
    cap[r] = n > 0 ? (n * perTask) / (revs[r]?.cpuFactor ?? 1) : 0;
    capacity += cap[r] as number;
    if (!weighted) share[r] = n / s.nServing;
    else share[r] = r === current ? ro.trafficToCurrent : (n / others) * (1 - ro.trafficToCurrent);
  }
  let served = 0;
  let spare = 0;
  for (let r = 0; r < revs.length; r++) {
    const want = total * (share[r] as number);
    const c = cap[r] as number;
    got[r] = want < c ? want : c;
    served += got[r] as number;
    spare += c - (got[r] as number);
  }
  // What a full revision could not take goes to the others' spare capacity.
  const left = total - served;
  if (left > 1e-12 && spare > 1e-12) {
    const extra = left < spare ? left : spare;
    for (let r = 0; r < revs.length; r++) {
      const room = (cap[r] as number) - (got[r] as number);
      if (room > 0) got[r] = (got[r] as number) + (extra * room) / spare;
    }
    served += extra;
  }
  let cpuUsed = 0;
  let errors = 0;
  for (let r = 0; r < revs.length; r++) {
    const g = got[r] as number;
    if (g <= 0) continue;
    const rev = revs[r];
    cpuUsed += g * cps * (rev?.cpuFactor ?? 1);
    errors += g * (rev?.errorFraction ?? 0);
  }
  scratch.capacity = capacity;
  scratch.served = served;
  scratch.cpuUsed = cpuUsed;
  scratch.errors = errors;
  return scratch;
}
