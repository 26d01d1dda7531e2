/**
 * Output for the sim CLI: text made safe for a terminal, and the result written as JSON in chunks
 * (the same text as JSON.stringify(result, null, 2), never one giant string), refusing a number
 * that is not finite instead of printing it as null.
 */
import type { Result } from '../lib/sim';
import { showUnsafe } from '../lib/sim';

/** One line of text as a terminal may show it: every unsafe character as \u{…}, so no escape sequence reaches it. */
export const terminalSafe = showUnsafe;

/** Several lines: each made safe, the line breaks kept. */
export const terminalSafeLines = (text: string): string => text.split('\n').map(terminalSafe).join('\n');

export class NonFiniteNumberError extends Error {}

function stringify(value: unknown, where: string): string {
  return JSON.stringify(
    value,
    (key, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v))
        throw new NonFiniteNumberError(`${where}${key ? `.${key}` : ''} is ${String(v)}, not a finite number`);
      return v;
    },
    2,
  );
}

const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);

/**
 * The result as JSON text, in pieces of roughly `chunkSize` characters: exactly
 * `JSON.stringify(r, null, 2)` plus a newline. Generic over the result's keys (a field added to
 * Result is written without a change here); arrays are written item by item, so no giant string.
 */
export function* resultJson(r: Result, chunkSize = 1 << 16): Generator<string> {
  const entries = Object.entries(r).filter(([, value]) => value !== undefined);
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  let buffer = '{\n';
  for (let k = 0; k < entries.length; k++) {
    const [key, value] = entries[k] as [string, unknown];
    const comma = k + 1 < entries.length ? ',' : '';
    const name = JSON.stringify(key);
    if (!Array.isArray(value) || value.length === 0) {
      buffer += `  ${name}: ${indent(stringify(value, key), '  ')}${comma}\n`;
      continue;
    }
    buffer += `  ${name}: [\n`;
    for (let i = 0; i < value.length; i++) {
      buffer += `    ${indent(stringify(value[i] ?? null, `${key}[${i}]`), '    ')}${i + 1 < value.length ? ',' : ''}\n`;
      if (buffer.length >= chunkSize) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += `  ]${comma}\n`;
  }
  yield `${buffer}}\n`;
}
