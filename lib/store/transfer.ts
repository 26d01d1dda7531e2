import { EXPORT_FORMAT, STORE_VERSION } from './constants';
import type { PersistedState } from './schema';

/** The export file: the same envelope the store persists, plus a marker and a date. */
export function exportProgress(state: PersistedState, now = new Date()): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), version: STORE_VERSION, state }, null, 2)}\n`;
}
