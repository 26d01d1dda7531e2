import { EXPORT_FORMAT, STORE_VERSION } from './constants';
import { valueText } from './describe-issues';
import { readPersisted, type ReadResult } from './read-persisted';

/** Validates an imported file exactly as stored progress is validated; nothing is applied here. */
export function parseImport(text: string): ReadResult {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (typeof parsed === 'object' && parsed !== null && 'format' in parsed && parsed.format !== EXPORT_FORMAT) {
    const format = parsed.format;
    return {
      ok: false,
      reason:
        typeof format === 'string'
          ? `it is a ${valueText(format)} file, not Stevedore progress`
          : `it is not Stevedore progress ("format" should be "${EXPORT_FORMAT}", got ${valueText(format)})`,
    };
  }
  return readPersisted(text, STORE_VERSION);
}
