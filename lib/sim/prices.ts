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
  /** CPU units (1024 per vCPU) the instance offers to tasks. */
  cpu: number;
  /** Memory in MiB offered to tasks (nominal size; see README on agent reservations). */
  memory: number;
  pricePerHour: number;
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

/** Fargate price of one task per second of its life, in USD (§6). */
export function fargateTaskPricePerSecond(cpuUnits: number, memoryMiB: number): number {
  const hourly = (cpuUnits / 1024) * FARGATE_PRICE.perVcpuHour + (memoryMiB / 1024) * FARGATE_PRICE.perGbHour;
  return hourly / 3600;
}

/** Fargate bill for one task that lived `seconds`, with the one-minute minimum (§6). */
export function fargateTaskCost(cpuUnits: number, memoryMiB: number, seconds: number): number {
  return fargateTaskPricePerSecond(cpuUnits, memoryMiB) * Math.max(seconds, FARGATE_PRICE.minimumBilledSeconds);
}

export type InstanceTypeSpec = string | { name: string; cpu: number; memory: number; pricePerHour: number };

/** The instance type a cluster names, or undefined when the name is unknown. */
export function resolveInstanceType(spec: InstanceTypeSpec): (InstanceType & { name: string }) | undefined {
  if (typeof spec !== 'string') return spec;
  const known = EC2_INSTANCE_TYPES[spec];
  return known ? { name: spec, ...known } : undefined;
}
