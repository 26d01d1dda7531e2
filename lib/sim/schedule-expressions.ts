/**
 * Scheduled-action expressions, aws-facts §3 and §10: `at(yyyy-mm-ddThh:mm:ss)`, `rate(value unit)`
 * and 6-field `cron(...)`, all in UTC, minute precision. SIMULATOR.md "Exact semantics" 12: `at`
 * fires once, `rate` first fires one period after t = 0, cron needs exactly one `?` among
 * day-of-month and day-of-week.
 */

export type Schedule = { kind: 'at'; epochMs: number } | { kind: 'rate'; periodSeconds: number } | { kind: 'cron'; fields: CronFields };

/** allowed[v] is true when value v matches; `null` means `?` (no constraint). */
export interface CronFields {
  minutes: boolean[];
  hours: boolean[];
  dayOfMonth: boolean[] | null;
  month: boolean[];
  dayOfWeek: boolean[] | null;
  year: boolean[];
}

export type ScheduleParse = { ok: true; schedule: Schedule } | { ok: false; reason: string };

const RATE_UNITS: Record<string, number> = { minute: 60, hour: 3600, day: 86400 };

function parseAt(body: string): ScheduleParse {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/.exec(body);
  if (!m) return { ok: false, reason: 'at(...) needs a UTC time written yyyy-mm-ddThh:mm:ss, e.g. at(2026-01-05T08:00:00)' };
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  const epochMs = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(epochMs);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    return { ok: false, reason: `at(${body}) is not a real date and time` };
  }
  return { ok: true, schedule: { kind: 'at', epochMs } };
}

function parseRate(body: string): ScheduleParse {
  const m = /^(\d+) ([a-z]+)$/.exec(body.trim());
  if (!m) return { ok: false, reason: 'rate(...) needs a whole number and a unit, e.g. rate(5 minutes)' };
  const value = Number(m[1]);
  const unit = m[2] as string;
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  const seconds = RATE_UNITS[singular];
  if (seconds === undefined) return { ok: false, reason: `unknown rate unit "${unit}"; use minute(s), hour(s) or day(s)` };
  if (value < 1) return { ok: false, reason: 'the rate value must be at least 1' };
  // §10: "If the value is equal to 1, then the unit must be singular" (and plural otherwise).
  if (value === 1 && unit !== singular) return { ok: false, reason: `with a value of 1 the unit is singular: rate(1 ${singular})` };
  if (value !== 1 && unit === singular)
    return { ok: false, reason: `with a value above 1 the unit is plural: rate(${value} ${singular}s)` };
  return { ok: true, schedule: { kind: 'rate', periodSeconds: value * seconds } };
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldSpec {
  name: string;
  min: number;
  max: number;
  names?: string[]; // names[i] stands for min + i
}

const FIELD_SPECS: FieldSpec[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS },
  { name: 'year', min: 1970, max: 2199 },
];

function parseValue(text: string, spec: FieldSpec): number | string {
  const named = spec.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return spec.min + named;
  if (!/^\d+$/.test(text)) return `${spec.name}: "${text}" is not a number`;
  const v = Number(text);
  if (v < spec.min || v > spec.max) return `${spec.name}: ${v} is out of range ${spec.min}-${spec.max}`;
  return v;
}

/** Parses one cron field into its allowed values, or returns the reason it is invalid. */
function parseField(text: string, spec: FieldSpec): boolean[] | string {
  if (/[LW#]/i.test(text.replace(/[A-Z]{3}/gi, (w) => (spec.names?.includes(w.toUpperCase()) ? '' : w)))) {
    return `${spec.name}: L, W and # are valid in AWS but this simulator does not model them`;
  }
  const allowed: boolean[] = new Array<boolean>(spec.max + 1).fill(false);
  for (const item of text.split(',')) {
    const [rangeText, stepText, extra] = item.split('/');
    if (extra !== undefined || rangeText === undefined || rangeText === '') return `${spec.name}: cannot read "${item}"`;
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d+$/.test(stepText) || Number(stepText) < 1) return `${spec.name}: the step in "${item}" must be a whole number ≥ 1`;
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (rangeText === '*') {
      from = spec.min;
      to = spec.max;
    } else {
      const [a, b, more] = rangeText.split('-');
      if (more !== undefined || a === undefined) return `${spec.name}: cannot read "${item}"`;
      const lo = parseValue(a, spec);
      if (typeof lo === 'string') return lo;
      from = lo;
      to = lo;
      if (b !== undefined) {
        const hi = parseValue(b, spec);
        if (typeof hi === 'string') return hi;
        if (hi < lo) return `${spec.name}: the range "${rangeText}" runs backwards`;
        to = hi;
      } else if (stepText !== undefined) {
        to = spec.max; // "5/15" means from 5 every 15
      }
    }
    for (let v = from; v <= to; v += step) allowed[v] = true;
  }
  return allowed;
}

function parseCron(body: string): ScheduleParse {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 6) {
    return {
      ok: false,
      reason: `cron needs 6 fields (minutes hours day-of-month month day-of-week year), got ${parts.length}${parts.length === 5 ? '; add the year, e.g. *' : ''}`,
    };
  }
  const domQ = parts[2] === '?';
  const dowQ = parts[4] === '?';
  if (domQ === dowQ) return { ok: false, reason: 'exactly one of day-of-month and day-of-week must be ? (e.g. cron(0 8 * * ? *))' };
  const parsed: (boolean[] | null)[] = [];
  for (let i = 0; i < 6; i++) {
    const text = parts[i] as string;
    const spec = FIELD_SPECS[i] as FieldSpec;
    if (text === '?') {
      if (i !== 2 && i !== 4) return { ok: false, reason: `${spec.name}: ? is only allowed in day-of-month or day-of-week` };
      parsed.push(null);
      continue;
    }
    const field = parseField(text, spec);
    if (typeof field === 'string') return { ok: false, reason: field };
    parsed.push(field);
  }
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = parsed as [
    boolean[],
    boolean[],
    boolean[] | null,
    boolean[],
    boolean[] | null,
    boolean[],
  ];
  return { ok: true, schedule: { kind: 'cron', fields: { minutes, hours, dayOfMonth, month, dayOfWeek, year } } };
}

export function parseSchedule(expression: string): ScheduleParse {
  const m = /^(at|rate|cron)\((.*)\)$/.exec(expression.trim());
  if (!m)
    return {
      ok: false,
      reason: 'use at(yyyy-mm-ddThh:mm:ss), rate(value unit) or cron(minutes hours day-of-month month day-of-week year)',
    };
  const body = m[2] as string;
  if (m[1] === 'at') return parseAt(body);
  if (m[1] === 'rate') return parseRate(body);
  return parseCron(body);
}

function cronMatches(f: CronFields, epochMs: number): boolean {
  const d = new Date(epochMs);
  return (
    f.minutes[d.getUTCMinutes()] === true &&
    f.hours[d.getUTCHours()] === true &&
    f.month[d.getUTCMonth() + 1] === true &&
    f.year[d.getUTCFullYear()] === true &&
    (f.dayOfMonth === null || f.dayOfMonth[d.getUTCDate()] === true) &&
    (f.dayOfWeek === null || f.dayOfWeek[d.getUTCDay() + 1] === true) // AWS: 1 = SUN
  );
}

/** Simulated seconds in [0, durationSeconds] at which the schedule fires, ascending. */
export function fireTimes(schedule: Schedule, startEpochMs: number, durationSeconds: number): number[] {
  if (schedule.kind === 'at') {
    const t = (schedule.epochMs - startEpochMs) / 1000;
    return t >= 0 && t <= durationSeconds ? [t] : [];
  }
  if (schedule.kind === 'rate') {
    const out: number[] = [];
    for (let t = schedule.periodSeconds; t <= durationSeconds; t += schedule.periodSeconds) out.push(t);
    return out;
  }
  const out: number[] = [];
  const endMs = startEpochMs + durationSeconds * 1000;
  // Cron fires on whole UTC minutes (§3: "The finest resolution using a cron expression is 1 minute").
  for (let ms = Math.ceil(startEpochMs / 60000) * 60000; ms <= endMs; ms += 60000) {
    if (cronMatches(schedule.fields, ms)) out.push((ms - startEpochMs) / 1000);
  }
  return out;
}
