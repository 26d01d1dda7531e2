'use client';
import { useRef, type ReactNode } from 'react';

/** A button that opens a modal side drawer (native <dialog>: focus trap, Esc to close). */
export function Drawer({ label, title, children }: { label: string; title: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        onClick={() => {
          dialog.current?.showModal();
          // Open at the current page's entry (e.g. this lesson in a long course map).
          dialog.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'center' });
        }}
        className="inline-flex items-center gap-2 rounded-md border border-line px-3 py-1.5 text-sm font-medium hover:bg-bg-subtle"
        aria-haspopup="dialog"
      >
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true"><path d="M4 6h16M4 12h16M4 18h10" /></svg>
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-label={title}
        onClick={(e) => { if (e.target === dialog.current) dialog.current?.close(); }}
        className="m-0 h-full max-h-none w-[min(22rem,88vw)] max-w-none bg-bg p-0 text-fg backdrop:bg-black/50"
      >
        <div className="flex items-center justify-between border-b border-line px-4 py-3">
          <h2 className="font-semibold">{title}</h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded-md px-2 py-1 text-sm hover:bg-bg-subtle">
            Close<span className="sr-only"> {title}</span>
          </button>
        </div>
        {/* Following a link inside closes the drawer. */}
        <div className="p-3" onClick={(e) => { if ((e.target as HTMLElement).closest('a')) dialog.current?.close(); }}>
          {children}
        </div>
      </dialog>
    </>
  );
}
