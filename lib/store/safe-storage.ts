import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Migrations } from './read-persisted';
import type { PersistedState } from './schema';

export interface StorageNotice {
  /** Where the unreadable value was kept, so nothing the learner did is lost. */
  keptUnder: string;
  reason: string;
}

/**
 * localStorage for `persist`, with validation and migration on the way in. They run here rather
 * than in persist's `migrate`/`merge` so that a value that cannot be read is copied to another
 * key *before* persist writes the fresh state over it.
 */
export function createSafeStorage(
  backend: () => Storage | undefined,
  currentVersion: number,
  onNotice: (notice: StorageNotice) => void,
  migrations?: Migrations,
): PersistStorage<PersistedState> {
  return {
    async getItem(name) {
      const storage = backend();
      const raw = storage?.getItem(name);
      if (!storage || raw == null) return null;
      // The validator (zod) loads only when there is something to read, keeping it out of every
      // page's first-load JavaScript.
      const { readPersisted } = await import('./read-persisted');
      const result = readPersisted(raw, currentVersion, migrations);
      if (result.ok) return { state: result.state, version: currentVersion };
      const keptUnder = `${name}:unreadable:${new Date().toISOString()}`;
      try {
        storage.setItem(keptUnder, raw);
        storage.removeItem(name);
      } catch {
        // Storage full or blocked: leave the original where it is rather than lose it.
        onNotice({ keptUnder: name, reason: result.reason });
        return null;
      }
      onNotice({ keptUnder, reason: result.reason });
      return null;
    },
    setItem(name, value: StorageValue<PersistedState>) {
      try {
        backend()?.setItem(name, JSON.stringify(value));
      } catch {
        // Private mode or a full quota: the learner keeps working; progress lives for this tab only.
      }
    },
    removeItem(name) {
      backend()?.removeItem(name);
    },
  };
}
