/** The run's scaling totals (summary): one place that counts a change of the desired count. */
import type { SimState } from './types';

/** Counts a change of the desired count from `from` to `to` at t: scale-outs, the first one, the peak; scale-ins. */
export function countScaling(s: SimState, t: number, from: number, to: number): void {
  if (to > from) {
    s.totals.scaleOuts++;
    if (s.totals.firstScaleOutAt < 0) s.totals.firstScaleOutAt = t;
    if (to > s.totals.maxDesired) s.totals.maxDesired = to;
  } else if (to < from) s.totals.scaleIns++;
}
