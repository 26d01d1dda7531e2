/**
 * Saved values that could not be read, as the store keeps them: copies under
 * `<key>:unreadable:<ISO time>`, and, when a copy could not be made, the original key itself.
 */
const COPY_KEY = /^stevedore[\w-]*:unreadable:(.*)$/;

export interface UnreadableCopy {
  key: string;
  /** When it was set aside (from the key), or null for the original key that could not be copied. */
  setAsideAt: string | null;
  /** Its length in characters. */
  size: number;
}

/** Every set-aside copy in `storage`, oldest first; [] when storage cannot be read. */
export function listUnreadableCopies(storage: Storage | undefined): UnreadableCopy[] {
  try {
    if (!storage) return [];
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '');
    return keys
      .flatMap((key) => {
        const match = COPY_KEY.exec(key);
        return match ? [{ key, setAsideAt: match[1] ?? '', size: storage.getItem(key)?.length ?? 0 }] : [];
      })
      .sort((a, b) => (a.key < b.key ? -1 : 1));
  } catch {
    return [];
  }
}

/** A file name for the download of an unreadable value: "stevedore-progress-unreadable-2026-12-03T09-30-00.json". */
export function unreadableFileName(key: string, now = new Date()): string {
  const when = (COPY_KEY.exec(key)?.[1] || now.toISOString()).slice(0, 19).replace(/:/g, '-');
  return `${key.split(':')[0]}-unreadable-${when}.json`;
}

/** The raw text under `key`, or null when it is not there or storage cannot be read. */
export function readRaw(storage: Storage | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** window.localStorage, or undefined where there is none or the browser blocks it (its getter throws). */
export function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
