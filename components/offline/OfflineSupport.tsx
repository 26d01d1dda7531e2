'use client';
import { usePathname } from 'next/navigation';
import { lazy, Suspense, useEffect, useState } from 'react';
import { registerServiceWorker } from './register-sw';

// The prompt's code loads only once a newer build is waiting (the service worker has it cached by then).
const UpdatePrompt = lazy(() => import('./UpdatePrompt'));

/** A deck's presenter and audience views: a projected screen never shows the prompt. */
const isDeck = (path: string) => /^\/present\/[^/]+\//.test(path);

/**
 * Offline support, for every page: registers the service worker after load and idle, and when a
 * newer build has been downloaded says so quietly (a status line, never a dialog or a focus move).
 */
export function OfflineSupport() {
  const pathname = usePathname() ?? '/';
  // Each offer is numbered: a newer build after "Later" (or another tab's switch) is offered afresh.
  const [offer, setOffer] = useState<{ worker: ServiceWorker; n: number } | null>(null);
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') return; // `next dev` has no sw.js
    return registerServiceWorker((worker) => setOffer((last) => ({ worker, n: (last?.n ?? 0) + 1 })));
  }, []);
  return (
    <div role="status" className="no-print pointer-events-none fixed inset-x-0 bottom-0 z-40 flex justify-center p-3 sm:justify-end sm:p-4">
      {offer && !isDeck(pathname) ? (
        <Suspense fallback={null}>
          <UpdatePrompt key={offer.n} worker={offer.worker} />
        </Suspense>
      ) : null}
    </div>
  );
}
