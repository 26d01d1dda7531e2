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

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'required';
      if (issue.expected === 'int') return 'must be a whole number';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${typeName(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `has more than ${String(issue.maximum)} items`;
      return `must be ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}${issue.divisor === 60 ? ' (whole minutes)' : ''}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_union':
      if ('options' in issue && Array.isArray(issue.options)) return `must be one of ${issue.options.map(String).join(', ')}`;
      return issue.message;
    default:
      return issue.message;
  }
}

export function parseScenario(input: unknown): ParseResult {
  const result = scenarioSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, scenario: result.data };
  const errors: ScenarioError[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push({ path: formatPath([...issue.path, key]), message: 'unknown field (check the spelling; names follow the AWS APIs)' });
    } else {
      errors.push({ path: formatPath(issue.path), message: messageFor(issue) });
    }
  }
  return { ok: false, errors };
}
