/**
 * Load profiles (SIMULATOR.md "Exact semantics" 11): a point holds its value from `at` onward;
 * with `rampSeconds` the value moves linearly from the previous value, reaching it at
 * `at + rampSeconds`. Compiled once into plain arrays; the cursor lives in the simulation state.
 */

export interface ProfilePoint {
  at: number;
  value: number;
  rampSeconds?: number | undefined;
}

export interface CompiledProfile {
  at: number[];
  value: number[];
  ramp: number[];
  /** The profile's value just before point i took over (the start of its ramp). */
  from: number[];
}

function valueOf(p: CompiledProfile, i: number, t: number): number {
  const ramp = p.ramp[i] as number;
  const at = p.at[i] as number;
  const target = p.value[i] as number;
  if (ramp > 0 && t < at + ramp) {
    const from = p.from[i] as number;
    return from + ((target - from) * (t - at)) / ramp;
  }
  return target;
}

export function compileProfile(points: readonly ProfilePoint[]): CompiledProfile {
  const p: CompiledProfile = { at: [], value: [], ramp: [], from: [] };
  points.forEach((pt, i) => {
    p.from.push(i === 0 ? pt.value : valueOf(p, i - 1, pt.at));
    p.at.push(pt.at);
    p.value.push(pt.value);
    p.ramp.push(i === 0 ? 0 : (pt.rampSeconds ?? 0));
  });
  return p;
}

/** Index of the point in force at t, moving forward from `cursor` (t never decreases). */
export function advanceCursor(p: CompiledProfile, cursor: number, t: number): number {
  let c = cursor;
  while (c + 1 < p.at.length && (p.at[c + 1] as number) <= t) c++;
  return c;
}

export function profileValue(p: CompiledProfile, cursor: number, t: number): number {
  return valueOf(p, cursor, t);
}

/** The profile's value at t (a one-off lookup; the run loop keeps a cursor instead). */
export function profileAt(points: readonly ProfilePoint[], t: number): number {
  const p = compileProfile(points);
  return profileValue(p, advanceCursor(p, 0, t), t);
}
