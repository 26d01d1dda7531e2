'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { ConfirmDialog } from '@/components/ui/ConfirmDialog';
import { downloadUnreadable } from '@/components/ui/download-file';
import { useApp } from '@/lib/store';
import { listUnreadableCopies, localStorageOrNothing, readRaw, type UnreadableCopy } from '@/lib/store/unreadable-copies';

function readCopies(unwritableKey: string | null): UnreadableCopy[] {
  const storage = localStorageOrNothing();
  const kept = listUnreadableCopies(storage);
  const original = unwritableKey ? readRaw(storage, unwritableKey) : null;
  return original !== null && unwritableKey ? [{ key: unwritableKey, setAsideAt: null, size: original.length }, ...kept] : kept;
}
const size = (chars: number) => (chars < 1024 ? `${chars} characters` : `${(chars / 1024).toFixed(1)} K characters`);
const when = (iso: string) => (Number.isNaN(Date.parse(iso)) ? iso : new Date(iso).toLocaleString());

/**
 * Saved progress that could not be read, as kept in this browser: each copy set aside (download or
 * delete) and the original left untouched when it could not be copied (download only).
 */
export function UnreadableCopies() {
  const hydrated = useApp((s) => s.hydrated);
  const unwritableKey = useApp((s) => s.unwritableKey);
  const [deleting, setDeleting] = useState<UnreadableCopy | null>(null);
  const [message, setMessage] = useState('');
  // Read from storage at each render (only once hydrated, so never on the server): a few keys, and a
  // deletion or download re-renders through the state it sets.
  const copies = hydrated ? readCopies(unwritableKey) : [];

  if (copies.length === 0 && !message) return null;
  return (
    <section aria-labelledby="unreadable-heading" className="rounded-xl border border-warning/40 p-5">
      <h2 id="unreadable-heading" className="text-lg font-semibold">
        Saved data that could not be read
      </h2>
      <p className="mt-1 text-sm text-muted">
        Stevedore never deletes progress it cannot read. Download it to keep it or to send it with a bug report; delete a copy once you no
        longer need it, to free space in this browser.
      </p>
      <ul className="mt-4 divide-y divide-line">
        {copies.map((copy) => (
          <li key={copy.key} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
            <div className="min-w-0 flex-1 basis-60 text-sm">
              <p className="font-medium">
                {copy.setAsideAt === null
                  ? 'Your saved progress (left untouched: it could not be copied aside)'
                  : `Set aside ${when(copy.setAsideAt)}`}
              </p>
              <p className="text-muted">
                <code className="font-mono text-xs break-all">{copy.key}</code> · {size(copy.size)}
              </p>
            </div>
            <div className="flex gap-2">
              <Button
                size="sm"
                onClick={() => setMessage(downloadUnreadable(copy.key) ? '' : `${copy.key} is no longer in this browser’s storage.`)}
                aria-label={`Download ${copy.key}`}
              >
                Download
              </Button>
              {copy.setAsideAt !== null ? (
                <Button
                  size="sm"
                  className="text-red-700 dark:text-red-400"
                  onClick={() => setDeleting(copy)}
                  aria-label={`Delete ${copy.key}…`}
                >
                  Delete…
                </Button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <p role="status" className="min-h-5 text-sm text-tip">
        {message}
      </p>
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this unreadable copy?"
        confirmLabel="Delete copy"
        destructive
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          if (deleting) {
            try {
              localStorageOrNothing()?.removeItem(deleting.key);
            } catch {
              // Blocked since: the list below shows what is still there.
            }
          }
          setMessage(deleting ? `Deleted ${deleting.key}.` : '');
          setDeleting(null);
        }}
      >
        {deleting
          ? `${deleting.key} (${size(deleting.size)}) is removed from this browser for good. Download it first if you may want it.`
          : null}
      </ConfirmDialog>
    </section>
  );
}
