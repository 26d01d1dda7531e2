/** Capacity provider arithmetic for EC2 with managed scaling, aws-facts §4. */
import type { ManagedConstraint } from './decisions';
import { ceilTolerant } from './tolerance';

/** How many identical tasks one instance holds (CPU units and MiB both have to fit). */
export function tasksPerInstance(taskCpu: number, taskMemory: number, instanceCpu: number, instanceMemory: number): number {
  return Math.min(Math.floor(instanceCpu / taskCpu), Math.floor(instanceMemory / taskMemory));
}

/**
 * M: the fewest instances that hold every task, by first-fit-decreasing binpack (SIMULATOR.md
 * "Exact semantics" 9). With one service all tasks are the same size, so FFD is a ceiling.
 */
export function instancesNeeded(tasks: number, perInstance: number): number {
  return perInstance > 0 ? Math.ceil(tasks / perInstance) : 0;
}

/**
 * CapacityProviderReservation = M / N × 100, with the deep-dive blog's special cases (§4):
 * 100 when M and N are both 0, 200 when N = 0 < M.
 */
export function capacityProviderReservation(m: number, n: number): number {
  if (n === 0) return m === 0 ? 100 : 200;
  return (m / n) * 100;
}

/**
 * The instance count a scale-out asks for: ceil(M × 100 ÷ target) within the step sizes and
 * maxSize (§4), with the limits that changed it.
 */
export function managedScaleOut(
  m: number,
  n: number,
  targetCapacity: number,
  minStep: number,
  maxStep: number,
  maxSize: number,
): { wanted: number; to: number; constraints: ManagedConstraint[] } {
  const wanted = ceilTolerant((m * 100) / targetCapacity);
  const constraints: ManagedConstraint[] = [];
  // "The step is minimumScalingStepSize if demand is smaller, otherwise min(maximumScalingStepSize, calculated count)".
  let step = wanted - n;
  if (step < minStep) {
    step = minStep;
    constraints.push({ kind: 'minimumScalingStepSize', value: minStep });
  } else if (step > maxStep) {
    step = maxStep;
    constraints.push({ kind: 'maximumScalingStepSize', value: maxStep });
  }
  let to = n + step;
  if (to > maxSize) {
    to = maxSize;
    constraints.push({ kind: 'maxSize', value: maxSize });
  }
  return { wanted, to, constraints };
}

/** The instance count a scale-in asks for: the same formula, never below minSize (§4). */
export function managedScaleIn(
  m: number,
  targetCapacity: number,
  minSize: number,
): { wanted: number; to: number; constraints: ManagedConstraint[] } {
  const wanted = ceilTolerant((m * 100) / targetCapacity);
  return wanted < minSize
    ? { wanted, to: minSize, constraints: [{ kind: 'minSize', value: minSize }] }
    : { wanted, to: wanted, constraints: [] };
}
