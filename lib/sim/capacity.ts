/**
 * Where a service's tasks run: a launch type, or a capacity provider strategy (aws-facts §4, ECS
 * API CapacityProviderStrategyItem). "The base value designates how many tasks, at a minimum, to
 * run on the specified capacity provider ... The weight value designates the relative percentage
 * of the total number of tasks launched that should use the specified capacity provider. The
 * weight value is taken into consideration after the base value ... is satisfied."
 *
 * A service with a launch type is ignored by capacity providers: on EC2 its tasks are placed on
 * whatever instances are registered, and a task that fits nowhere fails at once; managed scaling
 * only acts for tasks placed through a capacity provider strategy.
 */

export const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'] as const;

export interface ProviderSlot {
  /** FARGATE, FARGATE_SPOT, the cluster's capacity provider name, or the launch type. */
  name: string;
  base: number;
  weight: number;
  spot: boolean;
}

export interface ServiceCapacity {
  kind: 'fargate' | 'ec2';
  /** Placed through a capacity provider strategy (so, on EC2, waiting in PROVISIONING is possible). */
  viaCapacityProvider: boolean;
  providers: ProviderSlot[];
}

interface ServiceShape {
  launchType?: 'FARGATE' | 'EC2' | undefined;
  capacityProviderStrategy?: { capacityProvider: string; base: number; weight: number }[] | undefined;
}

/** The service's capacity, or undefined when it names neither (or both: schema-checks says why). */
export function serviceCapacity(service: ServiceShape): ServiceCapacity | undefined {
  const strategy = service.capacityProviderStrategy;
  if (service.launchType && strategy === undefined) {
    return {
      kind: service.launchType === 'FARGATE' ? 'fargate' : 'ec2',
      viaCapacityProvider: false,
      providers: [{ name: service.launchType, base: 0, weight: 1, spot: false }],
    };
  }
  if (!strategy || strategy.length === 0 || service.launchType) return undefined;
  const fargate = strategy.every((i) => (FARGATE_PROVIDERS as readonly string[]).includes(i.capacityProvider));
  return {
    kind: fargate ? 'fargate' : 'ec2',
    viaCapacityProvider: true,
    providers: strategy.map((i) => ({
      name: i.capacityProvider,
      base: i.base,
      weight: i.weight,
      spot: i.capacityProvider === 'FARGATE_SPOT',
    })),
  };
}

/**
 * The provider the next task goes to, given the live tasks per provider: the base first, then
 * the provider furthest below its weighted share of the tasks beyond the base (ties: the first
 * listed). With weights 1 and 4, four tasks go to the second for every one on the first.
 */
export function chooseLaunchProvider(providers: readonly ProviderSlot[], counts: readonly number[]): number {
  if (providers.length === 1) return 0;
  for (let i = 0; i < providers.length; i++) {
    const p = providers[i] as ProviderSlot;
    if ((counts[i] ?? 0) < p.base) return i;
  }
  let best = -1;
  let bestScore = Infinity;
  for (let i = 0; i < providers.length; i++) {
    const p = providers[i] as ProviderSlot;
    if (p.weight <= 0) continue;
    const beyond = Math.max(0, (counts[i] ?? 0) - p.base);
    const score = (beyond + 1) / p.weight;
    if (score < bestScore) {
      bestScore = score;
      best = i;
    }
  }
  return best < 0 ? 0 : best;
}

/**
 * The provider to take a task from on scale-in: the one furthest above its weighted share beyond
 * its base (a weight of 0 is always above), never below its base while another has tasks to give.
 */
export function chooseStopProvider(providers: readonly ProviderSlot[], counts: readonly number[]): number {
  if (providers.length === 1) return 0;
  let best = -1;
  let bestScore = -Infinity;
  for (let i = 0; i < providers.length; i++) {
    const p = providers[i] as ProviderSlot;
    const beyond = (counts[i] ?? 0) - p.base;
    if (beyond <= 0) continue;
    const score = p.weight <= 0 ? Infinity : beyond / p.weight;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  if (best >= 0) return best;
  // Every provider is at or below its base: take from any that has tasks, last listed first.
  for (let i = providers.length - 1; i >= 0; i--) if ((counts[i] ?? 0) > 0) return i;
  return 0;
}
