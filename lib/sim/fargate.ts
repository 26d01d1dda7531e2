/** Valid Fargate task sizes, aws-facts §6 (Linux; 8 and 16 vCPU need platform version 1.4.0). */

function steps(fromMiB: number, toMiB: number, stepMiB: number): number[] {
  const out: number[] = [];
  for (let m = fromMiB; m <= toMiB; m += stepMiB) out.push(m);
  return out;
}

/** CPU units → the memory values (MiB) Fargate accepts with it. */
export const FARGATE_SIZES: ReadonlyMap<number, readonly number[]> = new Map([
  [256, [512, 1024, 2048]],
  [512, steps(1024, 4096, 1024)],
  [1024, steps(2048, 8192, 1024)],
  [2048, steps(4096, 16384, 1024)],
  [4096, steps(8192, 30720, 1024)],
  [8192, steps(16384, 61440, 4096)],
  [16384, steps(32768, 122880, 8192)],
]);

export const FARGATE_CPU_VALUES: readonly number[] = [...FARGATE_SIZES.keys()];

export function validFargateMemory(cpu: number): readonly number[] | undefined {
  return FARGATE_SIZES.get(cpu);
}

export function isValidFargateSize(cpu: number, memory: number): boolean {
  return validFargateMemory(cpu)?.includes(memory) ?? false;
}

/** Why a size is invalid, in words a learner can act on; undefined when it is valid. */
export function fargateSizeProblem(cpu: number, memory: number): { field: 'cpu' | 'memory'; message: string } | undefined {
  const valid = validFargateMemory(cpu);
  if (!valid) {
    return { field: 'cpu', message: `Fargate accepts cpu ${FARGATE_CPU_VALUES.join(', ')} (CPU units; 1024 = 1 vCPU), not ${cpu}` };
  }
  if (valid.includes(memory)) return undefined;
  return {
    field: 'memory',
    message: `${memory} MiB is not a valid Fargate size with cpu ${cpu} (${cpu / 1024} vCPU); valid memory values: ${valid.join(', ')} MiB`,
  };
}
