/** Scenarios for the playground's limit tests: a valid scenario of a chosen size, and hostile payloads. */
import { constants, deflateRawSync } from 'node:zlib';
import { jsonBytes } from './limits';
import type { Draft } from './types';

/** A valid week-long scenario whose load profile has `points` points, one a minute, with varied values (they compress poorly). */
export function withProfile(points: number): Draft {
  return {
    version: 1,
    name: 'A busy week',
    durationSeconds: 7 * 86400,
    service: { launchType: 'FARGATE', cpu: 256, memory: 512, desiredCount: 1 },
    workload: {
      type: 'web',
      requestsPerSecond: Array.from({ length: points }, (_, i) => ({ at: i * 60, value: ((i * 7919) % 10000) / 100 })),
    },
    autoScaling: { minCapacity: 1, maxCapacity: 4 },
  };
}

/** The largest withProfile scenario within `bytes` of JSON (and, one point more, the smallest past it). */
export function largestWithin(bytes: number): { fits: Draft; over: Draft } {
  let lo = 1;
  let hi = 10_080;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (jsonBytes(withProfile(mid)) <= bytes) lo = mid;
    else hi = mid - 1;
  }
  return { fits: withProfile(lo), over: withProfile(lo + 1) };
}

/**
 * A raw-deflate stream of spaces: `blocks` copies of one flushed block
 * that inflates to 10 MB, then an empty final block. 150 blocks make a 1.9 MB link that inflates to 1.5 GB.
 */
export function spacesBomb(blocks: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(10_000_000, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  return new Uint8Array(Buffer.concat([...Array<Buffer>(blocks).fill(block), Buffer.from([0x03, 0x00])]));
}

/** The "billion laughs" document: nine levels of nine aliases each (387 million strings if expanded). */
export const ALIAS_BOMB = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  .concat(
    'bcdefghi'.split('').map((k, i) => {
      const prev = 'abcdefghi'[i];
      return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`;
    }),
  )
  .join('\n');

/** The 296-character link's scenario from issue 14: one scheduled action asking for 100 million tasks. */
export const HUNDRED_MILLION_TASKS: Draft = {
  version: 1,
  durationSeconds: 3600,
  service: { launchType: 'FARGATE', cpu: 256, memory: 512, desiredCount: 1 },
  workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 1 }] },
  autoScaling: {
    minCapacity: 1,
    maxCapacity: 2,
    scheduledActions: [{ name: 'x', schedule: 'at(2026-01-05T00:01:00)', minCapacity: 100_000_000 }],
  },
};

/**
 * A valid scenario too heavy to play back: a week of 1,000 tasks on 1,000 EC2 instances records
 * more cluster states than RUN_BUDGET.frameBytes, so the run stops (by 79:53) with a message.
 */
export const FRAME_BUDGET_BUSTER: Draft = {
  version: 1,
  name: 'A week of 1,000 instances',
  durationSeconds: 7 * 86400,
  service: { launchType: 'EC2', cpu: 256, memory: 512, desiredCount: 1000 },
  loadBalancer: { type: 'ALB' },
  cluster: {
    instanceType: { name: 'tiny.x', cpu: 256, memory: 1024, pricePerHour: 0.01 },
    autoScalingGroup: { minSize: 1000, maxSize: 1000, desiredCapacity: 1000 },
  },
  workload: { type: 'web', requestsPerSecond: [{ at: 0, value: 5000 }], noise: 0.1 },
  autoScaling: { minCapacity: 1000, maxCapacity: 1000 },
};
