/**
 * Ahead or behind: compares the time spent with the time planned for the slides already shown,
 * as if every slide took the same share of the talk.
 */
export interface Pace {
  /** Minutes behind plan (negative: ahead). */
  deltaMinutes: number;
  label: string;
  state: 'ahead' | 'on-time' | 'behind';
}

/** Within this many minutes of the plan counts as on time. */
const ON_TIME_MINUTES = 1;

export function pace(
  elapsedMs: number,
  plannedMinutes: number,
  slide: number,
  slideCount: number,
  minutesBefore = 0,
  totalMinutes = plannedMinutes,
): Pace {
  const progress = slideCount > 0 ? slide / slideCount : 0;
  const plannedSoFar = minutesBefore + progress * plannedMinutes;
  const deltaMinutes = elapsedMs / 60000 - plannedSoFar;
  const rounded = Math.round(Math.abs(deltaMinutes));
  if (Math.abs(deltaMinutes) < ON_TIME_MINUTES || totalMinutes <= 0) return { deltaMinutes, label: 'On time', state: 'on-time' };
  const amount = `${rounded} min`;
  return deltaMinutes > 0
    ? { deltaMinutes, label: `${amount} behind`, state: 'behind' }
    : { deltaMinutes, label: `${amount} ahead`, state: 'ahead' };
}

/** mm:ss, or h:mm:ss past an hour. */
export function clockTime(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}
