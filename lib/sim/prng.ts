/**
 * Seeded randomness (mulberry32). The whole generator state is one 32-bit integer kept in the
 * simulation state, so a state can be structured-cloned, stepped in chunks and resumed, and the
 * same seed gives the same run on every JavaScript engine (only integer ops and one division).
 */
export interface RngHolder {
  rng: number;
}

/** Next float in [0, 1), advancing `holder.rng`. */
export function nextRandom(holder: RngHolder): number {
  holder.rng = (holder.rng + 0x6d2b79f5) | 0;
  let x = holder.rng;
  x = Math.imul(x ^ (x >>> 15), x | 1);
  x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
}

/** A whole number drawn uniformly from [min, max]. */
export function randomInt(holder: RngHolder, min: number, max: number): number {
  return min + Math.floor(nextRandom(holder) * (max - min + 1));
}
