'use client';
import Link from '@/components/ui/Link';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { downloadUnreadable } from '@/components/ui/download-file';
import { useApp } from '@/lib/store';

const code = 'rounded bg-bg-subtle px-1 font-mono text-xs break-all';

/**
 * Tells the learner when saved progress could not be read: where it was kept (or that it could not
 * be copied, is left untouched and not saved over), with its download.
 */
export function StorageNoticeBanner() {
  const notice = useApp((s) => s.storageNotice);
  const dismiss = useApp((s) => s.dismissStorageNotice);
  const [gone, setGone] = useState(false);
  if (!notice) return null;
  const key = notice.kind === 'set-aside' ? notice.keptUnder : notice.key;
  return (
    <div role="alert" className="border-b border-warning/40 bg-warning/10">
      <div className="mx-auto flex max-w-7xl flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3 text-sm">
        <div className="min-w-0 flex-1 basis-72 space-y-1 text-fg">
          <p>
            <strong>Your saved progress could not be read</strong> — {notice.reason}.
          </p>
          {notice.kind === 'set-aside' ? (
            <p>
              It has not been deleted: a copy is kept in this browser under <code className={code}>{key}</code>, and Stevedore has started
              fresh. Download the copy to keep it, or{' '}
              <Link href="/progress/" className="font-medium text-accent underline">
                import a saved export
              </Link>{' '}
              to restore your progress.
            </p>
          ) : (
            <p>
              It could not be copied aside (this browser’s storage is full or refused the copy), so Stevedore has left it untouched under{' '}
              <code className={code}>{key}</code> and will not save over it:{' '}
              <strong>what you do now is kept only until you close this tab.</strong> Download it to keep it, then free space on{' '}
              <Link href="/progress/" className="font-medium text-accent underline">
                Your progress
              </Link>{' '}
              and reload.
            </p>
          )}
          {gone ? <p role="status">It is no longer in this browser’s storage, so there is nothing to download.</p> : null}
        </div>
        <div className="flex gap-2">
          <Button size="sm" variant="secondary" onClick={() => setGone(!downloadUnreadable(key))}>
            Download it
          </Button>
          <Button size="sm" variant="ghost" onClick={dismiss}>
            Dismiss
          </Button>
        </div>
      </div>
    </div>
  );
}
