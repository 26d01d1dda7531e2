import { localStorageOrNothing, readRaw, unreadableFileName } from '@/lib/store/unreadable-copies';

/** Saves `text` as a file named `name` through a temporary link (no server involved). */
export function downloadFile(name: string, text: string, type = 'application/json') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  URL.revokeObjectURL(url);
}

/** Saves the raw unreadable value under `key`; false when it is no longer there to read. */
export function downloadUnreadable(key: string): boolean {
  const raw = readRaw(localStorageOrNothing(), key);
  if (raw === null) return false;
  downloadFile(unreadableFileName(key), raw);
  return true;
}
