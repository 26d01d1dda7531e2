import type { z } from 'zod/mini';

/**
 * Turns zod's issues into sentences a learner can act on: the field's path, what was expected and
 * what was found, unknown keys named. zod/mini ships no messages ("Invalid input" for everything),
 * so each issue code is described here; a message set in a schema (e.g. "must be a lesson slug")
 * is used as it is.
 */

type Issue = z.core.$ZodIssue;

const GENERIC = 'Invalid input';
const SHOWN = 40;

const clip = (text: string) => (text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text);
const quote = (text: string) => JSON.stringify(clip(text));

/** `state.quiz.attempts.0.mode`; a key that is not a plain word is quoted: `state.progress.completed["Bad Slug"]`. */
export function pathText(root: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    const text = String(key);
    return /^[\w-]+$/.test(text) ? `${out}.${clip(text)}` : `${out}[${quote(text)}]`;
  }, root);
}

/** A found value in a few words: "yes" (text), 5, true, null, a list, an object. */
export function valueText(value: unknown): string {
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

const TYPES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  record: 'an object',
};

const plural = (n: number | bigint, one: string) => `${n} ${one}${n === 1 || n === BigInt(1) ? '' : 's'}`;

function atPath(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function bound(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>): string {
  const [word, n] = issue.code === 'too_big' ? ['at most', issue.maximum] : ['at least', issue.minimum];
  if (issue.origin === 'string') return `must be ${word} ${plural(n, 'character')} long`;
  if (issue.origin === 'array' || issue.origin === 'set') return `must have ${word} ${plural(n, 'item')}`;
  if (!issue.inclusive) return `must be ${issue.code === 'too_big' ? 'less' : 'more'} than ${n}`;
  return `must be ${word} ${n}`;
}

/** What is wrong with the value, without its path. */
function problem(issue: Issue, found: unknown): string {
  // What was found, for a plain value: "an object" adds nothing to "must have at most 1000 lessons".
  const got = found === undefined || (typeof found === 'object' && found !== null) ? '' : `, got ${valueText(found)}`;
  const custom = issue.message && issue.message !== GENERIC ? issue.message : null;
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `is missing (expected ${TYPES[issue.expected] ?? issue.expected})`;
      return `expected ${TYPES[issue.expected] ?? issue.expected}, got ${valueText(found)}`;
    case 'unrecognized_keys':
      return `has ${issue.keys.length === 1 ? 'an unknown key' : 'unknown keys'} ${issue.keys.slice(0, 5).map(quote).join(', ')}${issue.keys.length > 5 ? ', …' : ''}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => (typeof v === 'string' ? quote(v) : String(v))).join(' or ')}${got}`;
    case 'too_big':
    case 'too_small':
      return `${custom ?? bound(issue)}${issue.origin === 'string' || issue.origin === 'array' ? '' : got}`;
    case 'invalid_format':
      if (custom) return `${custom}${got}`;
      if (issue.format === 'datetime') return `expected a date and time like 2026-11-01T10:00:00.000Z${got}`;
      return `expected ${issue.format}${got}`;
    case 'invalid_key':
      return `the key ${valueText(String(found))} ${issue.issues.map((inner) => problem(inner as Issue, undefined)).join('; ')}`;
    case 'invalid_element':
      return `has a value that is not allowed: ${issue.issues.map((inner) => problem(inner as Issue, undefined)).join('; ')}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}${got}`;
    default:
      return `${custom ?? 'is not valid'}${got}`;
  }
}

/** One sentence per issue, at most `limit` of them, each naming its field under `root`. */
export function describeIssues(issues: readonly Issue[], input: unknown, root = 'state', limit = 3): string[] {
  const lines = issues.slice(0, limit).map((issue) => {
    // A bad record key: zod's path ends at the key; name the record, then the key.
    if (issue.code === 'invalid_key') return `${pathText(root, issue.path.slice(0, -1))}: ${problem(issue, issue.path.at(-1))}`;
    return `${pathText(root, issue.path)}: ${problem(issue, atPath(input, issue.path))}`;
  });
  return issues.length > limit ? [...lines, `and ${plural(issues.length - limit, 'more problem')}`] : lines;
}
