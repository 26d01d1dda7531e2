'use client';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/Button';
import { applyUpdate, registerServiceWorker } from './register-sw';

/**
 * Offline support: registers the service worker after load and idle, and when a newer build has
 * been downloaded says so quietly (a status, never a dialog or a focus change) with Reload and Later.
 * `prompt={false}` (presenter mode) registers without ever showing the prompt on a projected screen.
 */
export function OfflineSupport({ prompt = true }: { prompt?: boolean }) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const [dismissed, setDismissed] = useState(false);
  useEffect(() => {
    if (process.env.NODE_ENV !== 'production') return; // `next dev` has no sw.js
    return registerServiceWorker((worker) => {
      setWaiting(worker);
      setDismissed(false);
    });
  }, []);
  if (!prompt) return null;
  return (
    <div role="status" className="no-print pointer-events-none fixed inset-x-0 bottom-0 z-40 flex justify-center p-3 sm:justify-end sm:p-4">
      {waiting && !dismissed ? (
        <div className="pointer-events-auto flex max-w-md flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-line bg-card px-4 py-3 text-sm text-fg shadow-lg">
          <p className="flex-1">A new version of Stevedore is available.</p>
          <div className="flex gap-2">
            <Button size="sm" variant="primary" onClick={() => applyUpdate(waiting)}>
              Reload
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setDismissed(true)}>
              Later
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
