/**
 * Every price the engine uses, in one table with its date. Region us-east-1, Linux, On-Demand.
 * Check AWS's own pricing pages before quoting these as current.
 */
export const PRICES_AS_OF = '2026-06';

/** Fargate Linux/x86, aws-facts §6 ("$0.04048 per vCPU per hour, $0.004445 per GB per hour"). */
export const FARGATE_PRICE = {
  perVcpuHour: 0.04048,
  perGbHour: 0.004445,
  /** "Pricing is calculated per second, and there is a one-minute minimum" (§6). */
  minimumBilledSeconds: 60,
} as const;

export interface InstanceType {
  /** CPU units (1024 per vCPU) the instance registers. */
  cpu: number;
  /** Installed memory in MiB, as EC2 advertises it (8 GiB = 8192). */
  memory: number;
  pricePerHour: number;
}

/**
 * The MiB an instance registers for tasks: less than its installed memory ("Because of platform
 * memory overhead and memory occupied by the system kernel, this number is different than the
 * installed memory amount"; an m4.large with 8 GiB "has 8373026816 bytes of total memory ... 7985
 * MiB available to tasks", ECS Developer Guide, container instance memory management). The model
 * scales AWS's one example (7985 of 8192) to every size (INFERRED; README).
 */
export function registeredMemory(installedMiB: number): number {
  return Math.floor((installedMiB * 7985) / 8192);
}

/**
 * EC2 On-Demand Linux prices, us-east-1, as commonly listed on the EC2 pricing page. aws-facts.md
 * has no EC2 price section; these are the model's own data (README, "Differences").
 */
export const EC2_INSTANCE_TYPES: Readonly<Record<string, InstanceType>> = {
  't3.medium': { cpu: 2048, memory: 4096, pricePerHour: 0.0416 },
  't3.large': { cpu: 2048, memory: 8192, pricePerHour: 0.0832 },
  'm5.large': { cpu: 2048, memory: 8192, pricePerHour: 0.096 },
  'm5.xlarge': { cpu: 4096, memory: 16384, pricePerHour: 0.192 },
  'm5.2xlarge': { cpu: 8192, memory: 32768, pricePerHour: 0.384 },
  'c5.large': { cpu: 2048, memory: 4096, pricePerHour: 0.085 },
  'c5.xlarge': { cpu: 4096, memory: 8192, pricePerHour: 0.17 },
  'r5.large': { cpu: 2048, memory: 16384, pricePerHour: 0.126 },
};

/**
 * Fargate Spot: "up to a 70% discount off the regular Fargate price" (§6, AWS's Fargate pricing
 * page). The real Spot rate moves with supply and demand; the model charges the full 70 % off,
 * the most Spot saves (README).
 */
export const FARGATE_SPOT_DISCOUNT = 0.7;

/** Fargate price of one task per second of its life, in USD (§6); on Fargate Spot with the discount above. */
export function fargateTaskPricePerSecond(cpuUnits: number, memoryMiB: number, spot = false): number {
  const hourly = (cpuUnits / 1024) * FARGATE_PRICE.perVcpuHour + (memoryMiB / 1024) * FARGATE_PRICE.perGbHour;
  return (spot ? hourly * (1 - FARGATE_SPOT_DISCOUNT) : hourly) / 3600;
}

/** Fargate bill for one task that lived `seconds`, with the one-minute minimum (§6). */
export function fargateTaskCost(cpuUnits: number, memoryMiB: number, seconds: number): number {
  return fargateTaskPricePerSecond(cpuUnits, memoryMiB) * Math.max(seconds, FARGATE_PRICE.minimumBilledSeconds);
}

export type InstanceTypeSpec = string | { name: string; cpu: number; memory: number; pricePerHour: number };

export type ResolvedInstanceType = InstanceType & { name: string; registeredMemory: number };

/** The instance type a cluster names (with the memory it registers), or undefined when the name is unknown. */
export function resolveInstanceType(spec: InstanceTypeSpec): ResolvedInstanceType | undefined {
  const type = typeof spec === 'string' ? EC2_INSTANCE_TYPES[spec] : spec;
  if (!type) return undefined;
  return {
    name: typeof spec === 'string' ? spec : spec.name,
    cpu: type.cpu,
    memory: type.memory,
    pricePerHour: type.pricePerHour,
    registeredMemory: registeredMemory(type.memory),
  };
}
