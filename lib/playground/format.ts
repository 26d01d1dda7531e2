/** Small formatters shared by the playground's text (narration, log, summary, charts). */

/** Elapsed simulated time as h:mm (or h:mm:ss when `seconds` is set and not on a minute). */
export function clock(t: number, withSeconds = false): string {
  const whole = Math.max(0, Math.floor(t));
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  const base = `${h}:${String(m).padStart(2, '0')}`;
  return withSeconds && s !== 0 ? `${base}:${String(s).padStart(2, '0')}` : base;
}

/** The wall-clock time (UTC, HH:MM) of simulated second t, given the scenario's startTime. */
export function wallClock(startTime: string, t: number): string {
  const start = Date.parse(startTime);
  if (Number.isNaN(start)) return '';
  const d = new Date(start + Math.floor(t) * 1000);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')} UTC`;
}

/** A number with at most `digits` decimals and no trailing zeros. */
export function num(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  return String(Number(value.toFixed(digits)));
}

/** Latency: milliseconds up to 10 s, then seconds (12 000 ms → "12 s", 12 500 ms → "12.5 s"). */
export function latency(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || Number.isNaN(ms)) return '–';
  return Math.abs(ms) >= 10_000 ? `${num(ms / 1000, 1)} s` : `${num(ms, 0)} ms`;
}

export function usd(value: number): string {
  return `$${value < 1 ? value.toFixed(4) : value.toFixed(2)}`;
}

/** 7200 → "2 h", 5400 → "1 h 30 min", 600 → "10 min". */
export function duration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.round((seconds % 3600) / 60);
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
