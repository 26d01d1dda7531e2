import { EXPORT_FORMAT, STORE_VERSION } from './constants';
import { readPersisted, type ReadResult } from './read-persisted';

/** Validates an imported file exactly as stored progress is validated; nothing is applied here. */
export function parseImport(text: string): ReadResult {
  if (text.trim() === '') return { ok: false, reason: 'the file is empty' };
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === 'object' && parsed !== null && 'format' in parsed && parsed.format !== EXPORT_FORMAT) {
      return { ok: false, reason: `it is a "${String(parsed.format)}" file, not Stevedore progress` };
    }
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  return readPersisted(text, STORE_VERSION);
}
