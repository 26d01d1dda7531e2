/**
 * Exam timing as pure functions of an injected "now": the deadline is derived from when the attempt
 * started, so a reload (or a sleeping laptop) cannot stretch the exam, and tests need no real clock.
 */
export function deadlineOf(startedAt: number, limitMs: number): number {
  return startedAt + limitMs;
}

export function remainingMs(deadline: number, now: number): number {
  return Math.max(0, deadline - now);
}

/** "29:59", or "1:02:03" past an hour. Rounds up so the clock shows 0:00 only when time is up. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** "12 min 5 s" for results. */
export function formatDuration(ms: number): string {
  const total = Math.round(Math.max(0, ms) / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return `${s} s`;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

/**
 * The low-time warnings an exam shows and announces: five minutes left (politely), then one minute
 * left (assertively). Each is a fixed text that appears once, so a live region reads it once; a
 * warning only applies to an exam longer than it (a 2-minute exam never says "5 minutes left").
 */
export function lowTimeWarnings(limitMs: number, remaining: number): { fiveMinutes: string; oneMinute: string } {
  const reached = (mark: number) => limitMs > mark && remaining <= mark;
  return { fiveMinutes: reached(5 * 60_000) ? '5 minutes left.' : '', oneMinute: reached(60_000) ? '1 minute left.' : '' };
}

export interface Countdown {
  stop: () => void;
}

/**
 * Ticks once a second until the deadline, then calls onExpire exactly once. Clock and scheduler
 * are injected: the browser passes Date.now and setTimeout, tests pass fakes.
 */
export function startCountdown(options: {
  deadline: number;
  now: () => number;
  schedule: (fn: () => void, ms: number) => () => void;
  onTick: (remaining: number) => void;
  onExpire: () => void;
}): Countdown {
  let cancel: (() => void) | null = null;
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    const remaining = remainingMs(options.deadline, options.now());
    options.onTick(remaining);
    if (remaining === 0) {
      stopped = true;
      options.onExpire();
      return;
    }
    // Wake at the next whole second of remaining time, so the display never skips a second.
    cancel = options.schedule(tick, remaining % 1000 || 1000);
  };
  tick();
  return {
    stop: () => {
      stopped = true;
      cancel?.();
    },
  };
}

/** Default exam length: AWS associate exams allow about 2 minutes a question; we use 1.5. */
export function defaultExamMinutes(questionCount: number): number {
  return Math.max(1, Math.round(questionCount * 1.5));
}
