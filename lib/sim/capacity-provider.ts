/** Capacity provider arithmetic for EC2 with managed scaling, aws-facts §4. */

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

/** The instance count a scale-out asks for: ceil(M × 100 ÷ target) within the step sizes and maxSize (§4). */
export function managedScaleOutTarget(
  m: number,
  n: number,
  targetCapacity: number,
  minStep: number,
  maxStep: number,
  maxSize: number,
): number {
  const wanted = Math.ceil((m * 100) / targetCapacity);
  // "The step is minimumScalingStepSize if demand is smaller, otherwise min(maximumScalingStepSize, calculated count)".
  const step = Math.min(Math.max(wanted - n, minStep), maxStep);
  return Math.min(n + step, maxSize);
}

/** The instance count a scale-in asks for: the same formula, never below minSize (§4). */
export function managedScaleInTarget(m: number, targetCapacity: number, minSize: number): number {
  return Math.max(Math.ceil((m * 100) / targetCapacity), minSize);
}
