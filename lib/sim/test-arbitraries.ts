/** fast-check generators shared by the engine's property tests. */
import fc from 'fast-check';

/** A load profile of 1–5 points, gaps of 1–30 minutes, optional ramps, values up to `maxValue`. */
export const profileArb = (maxValue: number) =>
  fc
    .array(
      fc.record({
        gap: fc.integer({ min: 60, max: 1800 }),
        value: fc.integer({ min: 0, max: maxValue }),
        ramp: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }),
      }),
      {
        minLength: 1,
        maxLength: 5,
      },
    )
    .map((points) => {
      let at = 0;
      return points.map((p, i) => {
        if (i > 0) at += p.gap;
        return { at, value: p.value, ...(i > 0 && p.ramp ? { rampSeconds: p.ramp } : {}) };
      });
    });
