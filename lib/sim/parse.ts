/**
 * parseScenario: the one door into the engine. Returns every problem at once, each with a path in
 * the `a.b[1].c` form the playground shows next to its field, and a message a learner can act on.
 */
import type { z } from 'zod';
import { scenarioSchema, type Scenario } from './schema';

export interface ScenarioError {
  path: string;
  message: string;
}

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; errors: ScenarioError[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const EXPECTED: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  tuple: 'a list',
};

/** YAML's `.inf`, `-.inf` and `.nan`, and numbers too large for a double (1e999), parse to these. */
function nonFinite(value: number): string {
  if (Number.isNaN(value)) return 'not a number (.nan)';
  return value > 0 ? 'infinite (.inf, or a number too large)' : 'infinite (-.inf, or a number too large)';
}

/** The default message for an issue; a schema's own message (limits, name rules) takes precedence. */
function messageFor(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input))
        return `must be a finite ${issue.expected === 'int' ? 'whole number' : 'number'}, not ${nonFinite(issue.input)}`;
      if (issue.expected === 'int') return 'must be a whole number';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? 'must not be empty' : `must be at least ${String(issue.minimum)} characters`;
      return `must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `has more than ${String(issue.maximum)} items`;
      if (issue.origin === 'string') return `must be at most ${String(issue.maximum)} characters`;
      return `must be ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}${issue.divisor === 60 ? ' (whole minutes)' : ''}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return `must be one of ${issue.options.map(String).join(', ')}`;
      return 'does not match any of the allowed forms';
    default:
      return 'is not valid here';
  }
}

export function parseScenario(input: unknown): ParseResult {
  const result = scenarioSchema.safeParse(input, { reportInput: true, error: messageFor });
  if (result.success) return { ok: true, scenario: result.data };
  const errors: ScenarioError[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({ path: formatPath([...issue.path, key]), message: 'unknown field (check the spelling; names follow the AWS APIs)' });
    } else {
      errors.push({ path: formatPath(issue.path), message: issue.message });
    }
  }
  return { ok: false, errors };
}
