/**
 * How much the playground takes in, and how much one run may cost the tab. One number bounds a
 * scenario everywhere it enters or leaves (YAML import, share link, opening a link), so a scenario
 * the playground accepts always makes a link it can open again.
 */

/** A scenario's size as JSON (UTF-8 bytes): the most an import, a share link or an opened link may hold. */
export const MAX_SCENARIO_BYTES = 256 * 1024;
/** A YAML file larger than this is not read at all (YAML's indentation and comments make it larger than its JSON). */
export const MAX_YAML_FILE_BYTES = 1024 * 1024;

/**
 * One run's budget in the worker. The engine's schema bounds a scenario; these bound what a run
 * grows into as it unfolds, so a hostile or heavy scenario stops with a message instead of
 * taking the tab down. Events and live tasks match the engine's runner limits (MAX_EVENTS,
 * MAX_LIVE_TASKS in the engine's limits, where they exist).
 */
export const RUN_BUDGET = {
  /** Wall time the engine may take, ms (a preset takes tens of ms; a week of 1,000 tasks about half a second). */
  ms: 10_000,
  /** Tasks the service may ask for or keep alive at once, draining ones included. */
  tasks: 2_000,
  /** Events the run may record. */
  events: 200_000,
  /** Bytes of recorded cluster frames (a week of 1,000 Fargate tasks is 121 MB). */
  frameBytes: 128 * 1024 * 1024,
} as const;

/** The main thread stops waiting for a worker this much after the run's own time budget. */
export const WATCHDOG_GRACE_MS = 5_000;

export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value) ?? '').length;
}

/** 262144 → "256 KB", 1536 → "1.5 KB", 3145728 → "3 MB"; `up` rounds up, so a size just past a limit never reads as the limit. */
export function size(bytes: number, up = false): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MB'] : [bytes / 1024, 'KB'];
  const scale = value < 10 ? 10 : 1;
  const shown = (up ? Math.ceil(value * scale) : Math.round(value * scale)) / scale;
  return `${shown} ${unit}`;
}

/** Why a file of `bytes` is not read at all, or null: checked before the file is read. */
export function fileTooLarge(bytes: number): string | null {
  return bytes > MAX_YAML_FILE_BYTES
    ? `the file is ${size(bytes, true)}; a scenario file is at most ${size(MAX_YAML_FILE_BYTES)} (a large scenario is a few KB)`
    : null;
}

/** Why a scenario is too large to import or share, or null when it fits. */
export function tooLargeToShare(draft: unknown): string | null {
  const bytes = jsonBytes(draft);
  return bytes > MAX_SCENARIO_BYTES
    ? `The scenario is ${size(bytes, true)} as JSON; the playground takes at most ${size(MAX_SCENARIO_BYTES)}, the most a share link holds.`
    : null;
}
