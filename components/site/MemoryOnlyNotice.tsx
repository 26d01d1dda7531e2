'use client';
import Link from '@/components/ui/Link';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { useApp } from '@/lib/store';

const DISMISSED_KEY = 'stevedore-memory-only-dismissed';
// Remembered for the tab: in sessionStorage where the browser allows it, else for this page load.
let dismissedHere = false;

function wasDismissed(): boolean {
  try {
    return dismissedHere || window.sessionStorage.getItem(DISMISSED_KEY) === '1';
  } catch {
    return dismissedHere;
  }
}

function rememberDismissed() {
  dismissedHere = true;
  try {
    window.sessionStorage.setItem(DISMISSED_KEY, '1');
  } catch {
    // Session storage blocked too: this page load remembers it.
  }
}

/**
 * Says once that nothing will be kept after the tab closes (storage blocked, or a write refused),
 * and suggests exporting. It renders inside StorageNotices' live region, so it is announced.
 */
export function MemoryOnlyNotice() {
  const cause = useApp((s) => s.memoryOnly);
  // The banner already says it when the saved value could not be copied aside.
  const covered = useApp((s) => s.unwritableKey !== null);
  const [dismissed, setDismissed] = useState(false);
  // `cause` is only ever set in the browser, after hydration: reading sessionStorage here is safe.
  const show = cause !== null && !covered && !dismissed && !wasDismissed();
  return show ? (
    <div className="border-b border-warning/40 bg-warning/10">
      <div className="mx-auto flex max-w-7xl flex-wrap items-start gap-x-4 gap-y-2 px-4 py-3 text-sm">
        <p className="min-w-0 flex-1 basis-72 text-fg">
          <strong>Nothing you do here will be kept after this tab closes.</strong>{' '}
          {cause === 'blocked'
            ? 'This browser does not let Stevedore save (storage is blocked, as in some private modes), so your progress lives in this tab only.'
            : 'This browser’s storage is full or refuses to save, so your progress lives in this tab only.'}{' '}
          To keep it,{' '}
          <Link href="/progress/" className="font-medium text-accent underline">
            export your progress
          </Link>{' '}
          to a file before you close the tab.
        </p>
        <Button
          size="sm"
          variant="ghost"
          onClick={() => {
            rememberDismissed();
            setDismissed(true);
          }}
        >
          Dismiss
        </Button>
      </div>
    </div>
  ) : null;
}
