'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { applyUpdate } from './register-sw';

/** "A new version is available": Reload switches to it, Later hides it until the next page. */
export default function UpdatePrompt({ worker }: { worker: ServiceWorker }) {
  const [dismissed, setDismissed] = useState(false);
  if (dismissed) return null;
  return (
    <div className="pointer-events-auto flex max-w-md flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-line bg-card px-4 py-3 text-sm text-fg shadow-lg">
      <p className="flex-1">A new version of Stevedore is available.</p>
      <div className="flex gap-2">
        <Button size="sm" variant="primary" onClick={() => applyUpdate(worker)}>
          Reload
        </Button>
        <Button size="sm" variant="ghost" onClick={() => setDismissed(true)}>
          Later
        </Button>
      </div>
    </div>
  );
}
