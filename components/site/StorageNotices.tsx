'use client';
import { lazy, Suspense } from 'react';
import { useApp } from '@/lib/store';

// Rarely needed, so their code loads only when there is something to say (the lesson's JavaScript budget).
const StorageNoticeBanner = lazy(() => import('./StorageNoticeBanner').then((m) => ({ default: m.StorageNoticeBanner })));
const MemoryOnlyNotice = lazy(() => import('./MemoryOnlyNotice').then((m) => ({ default: m.MemoryOnlyNotice })));

/** Saved progress that could not be read, and storage that keeps nothing: each said once, below the header. */
export function StorageNotices() {
  const unreadable = useApp((s) => s.storageNotice !== null);
  const memoryOnly = useApp((s) => s.memoryOnly !== null);
  return (
    <>
      {unreadable && (
        <Suspense>
          <StorageNoticeBanner />
        </Suspense>
      )}
      {/* The live region is always there, so the notice is announced when it arrives. */}
      <div aria-live="polite">
        {memoryOnly && (
          <Suspense>
            <MemoryOnlyNotice />
          </Suspense>
        )}
      </div>
    </>
  );
}
