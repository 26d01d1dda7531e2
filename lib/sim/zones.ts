/**
 * Availability Zones (scenario `availabilityZones`, default one). A service's default placement is
 * "spread using the attribute:ecs.availability-zone" (task-placement-strategies.md): Fargate tasks
 * and, with `placementStrategy: spread`, EC2 tasks go to the zone with the fewest of the service's
 * tasks; `binpack` ignores zones. The Auto Scaling group launches into the zone with the fewest
 * instances. Nothing is placed in a zone that is down (an AvailabilityZoneOutage incident).
 */
import type { SimState } from './types';

export const azUp = (s: SimState, az: number, t = s.t): boolean => !(t < (s.ro.azDownUntil[az] ?? -1));

/** Live tasks per zone (PROVISIONING, PENDING, RUNNING). */
function tasksPerAz(s: SimState): number[] {
  const counts = s.scenario.availabilityZones.map(() => 0);
  for (const task of s.tasks)
    if (task.az >= 0 && (task.status === 'PROVISIONING' || task.status === 'PENDING' || task.status === 'RUNNING'))
      counts[task.az] = (counts[task.az] ?? 0) + 1;
  return counts;
}

/** The zone with the fewest of the service's tasks that is up (ties: the first listed). */
export function chooseFargateAz(s: SimState): number {
  const zones = s.scenario.availabilityZones.length;
  if (zones === 1) return 0;
  const counts = tasksPerAz(s);
  let best = -1;
  for (let z = 0; z < zones; z++) if (azUp(s, z) && (best < 0 || (counts[z] as number) < (counts[best] as number))) best = z;
  return best < 0 ? 0 : best;
}

/** The zone for a new instance: the one with the fewest instances that is up. */
export function chooseInstanceAz(s: SimState): number {
  const zones = s.scenario.availabilityZones.length;
  if (zones === 1) return 0;
  const counts = new Array<number>(zones).fill(0);
  for (const i of s.instances) counts[i.az] = (counts[i.az] ?? 0) + 1;
  let best = -1;
  for (let z = 0; z < zones; z++) if (azUp(s, z) && (best < 0 || (counts[z] as number) < (counts[best] as number))) best = z;
  return best < 0 ? 0 : best;
}

/** With `spread` over several zones: the zones ordered by how few tasks they hold, for placement. */
export function spreadZoneCounts(s: SimState): number[] | null {
  if (s.scenario.availabilityZones.length === 1 || s.scenario.cluster?.placementStrategy !== 'spread') return null;
  return tasksPerAz(s);
}
