import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyPersistedState, mergeWithBase } from './merge-state';
import type { Migrations } from './read-persisted';
import type { PersistedState } from './schema';

/** Saved progress could not be read. */
export type UnreadableNotice =
  /** It was copied to `keptUnder` and the original key starts fresh. */
  | { kind: 'set-aside'; reason: string; keptUnder: string }
  /** It could not be copied (storage full): it stays under `key`, which this page load never writes. */
  | { kind: 'not-set-aside'; reason: string; key: string };

/** Nothing will be kept after the tab closes: storage is blocked, or a write failed (full quota). */
export type MemoryOnlyCause = 'blocked' | 'write-failed';

export type StorageNotice = UnreadableNotice | { kind: 'memory-only'; cause: MemoryOnlyCause };

export interface SafeStorageEvents {
  onNotice: (notice: StorageNotice) => void;
  /** Another tab's work was merged in: `merged` is what is stored now, `written` this tab's state that went into it. */
  onMerged: (merged: PersistedState, written: PersistedState) => void;
}

type Reader = typeof import('./read-persisted');

const PROBE_KEY = 'stevedore-storage-probe';

/**
 * localStorage for `persist`, with validation and migration on the way in and a merge on the way
 * out. Reading runs here rather than in persist's `migrate`/`merge` so that a value that cannot be
 * read is copied to another key *before* anything is written over it; a value that cannot be copied
 * is never written over at all. Each write first reads what is stored and merges this tab's changes
 * into it (merge-state.ts), so two open tabs never replace each other's work.
 */
export function createSafeStorage(
  backend: () => Storage | undefined,
  currentVersion: number,
  events: SafeStorageEvents,
  migrations?: Migrations,
): PersistStorage<PersistedState> {
  // The validator (zod) loads only when there is something to read, keeping it out of every page's
  // first-load JavaScript.
  let reader: Reader | null = null;
  const loadReader = async () => (reader ??= await import('./read-persisted'));
  /** What this tab last read or wrote (the merge's common ancestor) and its exact text. */
  let base = emptyPersistedState();
  let baseRaw: string | null = null;
  /** Keys holding a value that could not be read nor copied aside: this page load never writes them. */
  const untouchable = new Set<string>();
  let reportedMemoryOnly = false;
  let queue: Promise<void> | null = null;

  const memoryOnly = (cause: MemoryOnlyCause) => {
    if (reportedMemoryOnly) return;
    reportedMemoryOnly = true;
    events.onNotice({ kind: 'memory-only', cause });
  };

  /** The backend, or null when there is none (the server) or it is blocked (reported). */
  const open = (): Storage | null => {
    try {
      return backend() ?? null;
    } catch {
      memoryOnly('blocked');
      return null;
    }
  };

  /** Copies an unreadable value aside; true if the original key may now be written. */
  function setAside(storage: Storage, name: string, raw: string, reason: string): boolean {
    const keptUnder = `${name}:unreadable:${new Date().toISOString()}`;
    try {
      storage.setItem(keptUnder, raw);
      if (storage.getItem(keptUnder) !== raw) throw new Error('the copy does not match');
    } catch {
      // Storage full or blocked: the original stays where it is, and nothing is written over it.
      untouchable.add(name);
      events.onNotice({ kind: 'not-set-aside', reason, key: name });
      return false;
    }
    try {
      storage.removeItem(name);
    } catch {
      // The next write replaces it; the copy is safe.
    }
    base = emptyPersistedState();
    baseRaw = null;
    events.onNotice({ kind: 'set-aside', reason, keptUnder });
    return true;
  }

  /** Reads, merges and writes synchronously; 'needs-reader' when another tab's value must be validated first. */
  function write(name: string, local: PersistedState): 'done' | 'needs-reader' {
    const storage = untouchable.has(name) ? null : open();
    if (!storage) return 'done';
    let raw: string | null;
    try {
      raw = storage.getItem(name);
    } catch {
      memoryOnly('blocked');
      return 'done';
    }
    const foreign = raw !== null && raw !== baseRaw;
    let stored = raw === null ? emptyPersistedState() : base;
    if (foreign) {
      if (!reader) return 'needs-reader';
      const result = reader.readPersisted(raw!, currentVersion, migrations);
      if (result.ok) stored = result.state;
      else if (setAside(storage, name, raw!, result.reason)) stored = emptyPersistedState();
      else return 'done';
    }
    // Nothing changed elsewhere since this tab's last read or write: its own state is the merge.
    const merged = stored === base ? local : mergeWithBase(base, stored, local);
    const text = JSON.stringify({ state: merged, version: currentVersion });
    try {
      if (text !== raw) storage.setItem(name, text);
      [base, baseRaw] = [merged, text];
    } catch {
      // A full quota or blocked storage: the learner keeps working; the state lives for this tab only.
      [base, baseRaw] = [stored, raw];
      memoryOnly('write-failed');
    }
    if (foreign) events.onMerged(merged, local);
    return 'done';
  }

  return {
    async getItem(name) {
      const storage = open();
      let raw: string | null = null;
      try {
        raw = storage?.getItem(name) ?? null;
      } catch {
        memoryOnly('blocked');
      }
      try {
        // A browser may read but refuse every write (a full quota, some private modes): say so before the learner works.
        storage?.setItem(PROBE_KEY, '1');
        storage?.removeItem(PROBE_KEY);
      } catch (error) {
        memoryOnly(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'write-failed' : 'blocked');
      }
      if (!storage || raw === null) return null;
      const result = (await loadReader()).readPersisted(raw, currentVersion, migrations);
      if (result.ok) {
        [base, baseRaw] = [result.state, raw];
        return { state: result.state, version: currentVersion };
      }
      setAside(storage, name, raw, result.reason);
      return null;
    },
    setItem(name, value: StorageValue<PersistedState>) {
      const task = async () => {
        if (write(name, value.state) === 'needs-reader') {
          await loadReader();
          write(name, value.state);
        }
      };
      // Writes run in order: synchronously when nothing waits, else after the one waiting.
      if (!queue && write(name, value.state) === 'done') return;
      const next: Promise<void> = (queue ?? Promise.resolve()).then(task).catch(() => memoryOnly('write-failed'));
      queue = next;
      void next.then(() => {
        if (queue === next) queue = null;
      });
      return next;
    },
    removeItem(name) {
      if (!untouchable.has(name)) open()?.removeItem(name);
    },
  };
}
