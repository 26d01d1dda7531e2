'use client';
import Link from '@/components/ui/Link';
import { Button } from '@/components/ui/Button';
import { useApp } from '@/lib/store';

/** Tells the learner when saved progress could not be read, and where it was kept. */
export function StorageNoticeBanner() {
  const notice = useApp((s) => s.storageNotice);
  const dismiss = useApp((s) => s.dismissStorageNotice);
  if (!notice) return null;
  return (
    <div role="alert" className="border-b border-warning/40 bg-warning/10">
      <div className="mx-auto flex max-w-7xl flex-wrap items-start gap-3 px-4 py-3 text-sm">
        <p className="flex-1 text-fg">
          <strong>Your saved progress could not be read</strong> — {notice.reason}. It has not been deleted: it is kept in this browser
          under <code className="rounded bg-bg-subtle px-1 font-mono text-xs">{notice.keptUnder}</code>, and Stevedore has started fresh.{' '}
          <Link href="/progress/" className="font-medium text-accent underline">
            Import a saved export
          </Link>{' '}
          to restore it.
        </p>
        <Button size="sm" onClick={dismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
