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

/** The result as JSON text, in pieces of roughly `chunkSize` characters. */
export function* resultJson(r: Pick<Result, 'version' | 'minutes' | 'events' | 'summary'>, chunkSize = 1 << 16): Generator<string> {
  let buffer = `{\n  "version": ${stringify(r.version, 'version')},\n`;
  const list = function* (key: 'minutes' | 'events', items: readonly unknown[], last: boolean): Generator<string> {
    if (items.length === 0) {
      buffer += `  "${key}": []${last ? '' : ','}\n`;
      return;
    }
    buffer += `  "${key}": [\n`;
    for (let i = 0; i < items.length; i++) {
      buffer += `    ${indent(stringify(items[i], `${key}[${i}]`), '    ')}${i + 1 < items.length ? ',' : ''}\n`;
      if (buffer.length >= chunkSize) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += `  ]${last ? '' : ','}\n`;
  };
  yield* list('minutes', r.minutes, false);
  yield* list('events', r.events, false);
  buffer += `  "summary": ${indent(stringify(r.summary, 'summary'), '  ')}\n}\n`;
  yield buffer;
}
