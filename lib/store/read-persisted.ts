import { describeIssues, valueText } from './describe-issues';
import { emptyQuizState } from './quiz-state';
import { persistedStateSchema, type PersistedState } from './schema';

/** A migration takes the state stored at version `from` and returns it at version `from + 1`. */
export type Migrations = Readonly<Record<number, (state: unknown) => unknown>>;

/** Each entry upgrades one version; add `n: (vn) => vn+1` when the stored shape changes. */
export const MIGRATIONS: Migrations = {
  /** 1 → 2: quiz practice arrives; a learner's lesson progress is kept and the quiz state starts empty. */
  1: (state) => {
    if (!isRecord(state)) throw new Error('the saved state is not an object');
    return { ...state, quiz: emptyQuizState() };
  },
  /**
   * 2 → 3: reading positions arrive. The lesson opened last becomes "in progress" (at its top: which
   * section was being read was not kept before).
   */
  2: (state) => {
    if (!isRecord(state) || !isRecord(state.progress)) throw new Error('the saved state has no lesson progress');
    const last = state.progress.lastVisited;
    const reading = isRecord(last) && typeof last.slug === 'string' ? { [last.slug]: { section: null, at: last.at } } : {};
    return { ...state, progress: { ...state.progress, reading } };
  },
};

export type ReadResult = { ok: true; state: PersistedState; migratedFrom?: number } | { ok: false; reason: string };

/**
 * Turns a stored or imported JSON text into the current state: parse, check the envelope, run
 * migrations from its version, validate. Pure, so the store, the import and the tests share it.
 */
export function readPersisted(raw: string, currentVersion: number, migrations: Migrations = MIGRATIONS): ReadResult {
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (!isRecord(envelope)) {
    return {
      ok: false,
      reason: `it is not Stevedore progress (expected an object with "state" and "version", got ${valueText(envelope)})`,
    };
  }
  if (!('state' in envelope)) return { ok: false, reason: 'it is not Stevedore progress ("state" is missing)' };
  if (typeof envelope.version !== 'number' || !Number.isInteger(envelope.version)) {
    const found = 'version' in envelope ? `must be a whole number, got ${valueText(envelope.version)}` : 'is missing';
    return { ok: false, reason: `it is not Stevedore progress ("version" ${found})` };
  }
  const version = envelope.version;
  if (version > currentVersion) {
    return { ok: false, reason: `it was saved by a newer Stevedore (format version ${version}; this one reads up to ${currentVersion})` };
  }
  if (version < 1) return { ok: false, reason: `format version ${version} does not exist` };
  let state: unknown = envelope.state;
  for (let v = version; v < currentVersion; v++) {
    const migrate = migrations[v];
    if (!migrate) return { ok: false, reason: `no migration from format version ${v} to ${v + 1}` };
    try {
      state = migrate(state);
    } catch (error) {
      return { ok: false, reason: `migrating from version ${v} failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const parsed = persistedStateSchema.safeParse(state);
  if (!parsed.success) {
    return { ok: false, reason: `some of it is not valid (${describeIssues(parsed.error.issues, state).join('; ')})` };
  }
  return version === currentVersion ? { ok: true, state: parsed.data } : { ok: true, state: parsed.data, migratedFrom: version };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
