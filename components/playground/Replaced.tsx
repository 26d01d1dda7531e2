'use client';
import { Button } from '@/components/ui/Button';
import type { Draft } from '@/lib/playground/types';

/** A scenario an import or a preset pick replaced, and what replaced it ("Imported x.yaml"). */
export interface Undoable {
  draft: Draft;
  by: string;
}

/** Says that the learner's scenario was replaced, and brings it back on Undo (Back in the browser does too). */
export function Replaced({ replaced, onUndo, onDismiss }: { replaced: Undoable; onUndo: () => void; onDismiss: () => void }) {
  const name = typeof replaced.draft.name === 'string' && replaced.draft.name.trim() ? `“${replaced.draft.name.trim()}”` : 'your scenario';
  return (
    <div role="status" className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-lg border border-accent bg-bg-subtle p-3 text-sm">
      <p className="min-w-0 flex-1 basis-64">
        {replaced.by} in place of {name}, which you had changed or opened from a link. Undo brings it back; so does the browser’s Back
        button.
      </p>
      <div className="flex gap-2">
        <Button size="toolbar" variant="primary" onClick={onUndo}>
          Undo
        </Button>
        <Button size="toolbar" variant="ghost" onClick={onDismiss}>
          Dismiss
        </Button>
      </div>
    </div>
  );
}
