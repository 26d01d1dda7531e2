'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';

/** A modal `<dialog>` for the deck's overlays: focus moves in and back, Escape closes it. */
export function DeckDialog({ open, onClose, title, children, className = '' }: { open: boolean; onClose: () => void; title: string; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className={`deck-dialog ${className}`} aria-labelledby={titleId} onClose={onClose} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <div className="flex items-center justify-between gap-4 border-b border-white/15 px-5 py-3">
        <h2 id={titleId} className="text-lg font-semibold">{title}</h2>
        <button type="button" onClick={onClose} className="rounded border border-white/25 px-2.5 py-1 text-sm hover:bg-white/10">Close <kbd className="ml-1 text-xs text-white/60">Esc</kbd></button>
      </div>
      {open && children}
    </dialog>
  );
}
