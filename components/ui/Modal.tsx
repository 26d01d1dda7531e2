'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

interface Props {
  open: boolean;
  /** Called for Esc, the Close button and a click on the backdrop. */
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** centre: a dialog in the middle of the window; drawer: a full-height panel from the left edge. */
  placement?: 'centre' | 'drawer';
  /** A Close button in the header (drawers); a centred dialog ends in its own buttons instead. */
  closeButton?: boolean;
  /** Runs once the dialog is showing: e.g. scroll its list to the current entry. */
  onOpened?: (body: HTMLElement) => void;
}

const PLACEMENT = {
  centre: 'm-auto w-[min(28rem,92vw)] rounded-xl border border-line shadow-xl',
  drawer: 'm-0 h-full max-h-none w-[min(22rem,88vw)] max-w-none',
} as const;

/**
 * The site's one modal, on the native <dialog>: focus moves in and is trapped, Esc closes, focus
 * returns to what opened it. The title labels it through an id from useId, so any number can exist
 * on a page. The header stays put while the body scrolls, so Close is always in view.
 */
export function Modal({ open, onClose, title, children, placement = 'centre', closeButton = placement === 'drawer', onOpened }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const onOpenedRef = useRef(onOpened);
  useEffect(() => { onOpenedRef.current = onOpened; });

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      if (body.current) onOpenedRef.current?.(body.current);
    }
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onCancel={(e) => { e.preventDefault(); onClose(); }}
      onClick={(e) => { if (e.target === dialog.current) onClose(); }}
      className={`bg-bg p-0 text-fg backdrop:bg-black/50 open:flex open:flex-col ${PLACEMENT[placement]}`}
    >
      <div className={`flex shrink-0 items-center justify-between gap-3 ${closeButton ? 'border-b border-line px-4 py-3' : 'px-5 pt-5'}`}>
        <h2 id={titleId} className={placement === 'drawer' ? 'font-semibold' : 'text-lg font-semibold'}>{title}</h2>
        {closeButton ? (
          <Button variant="ghost" size="sm" onClick={onClose}>
            Close<span className="sr-only"> {title}</span>
          </Button>
        ) : null}
      </div>
      <div ref={body} className={`min-h-0 flex-1 overflow-y-auto ${closeButton ? 'p-3' : 'px-5 pb-5'}`}>
        {children}
      </div>
    </dialog>
  );
}
