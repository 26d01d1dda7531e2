'use client';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from './Button';

interface Props {
  open: boolean;
  /** Called for Esc, the Close button and a click on the backdrop. */
  onClose: () => void;
  title: string;
  children: ReactNode;
  /**
   * centre: a dialog in the middle of the window; top: near the top, so a list that grows below
   * its first line (search results) never moves that line; drawer: a full-height panel from the left edge.
   */
  placement?: 'centre' | 'top' | 'drawer';
  /** A Close button in the header (drawers); a centred dialog ends in its own buttons instead. */
  closeButton?: boolean;
  /** Runs once the dialog is showing: e.g. scroll its list to the current entry. */
  onOpened?: (body: HTMLElement) => void;
  /** A centred or top dialog's width class; the default suits a short confirmation. */
  width?: string;
  /** site: the page's colours; dark: the presenter's dark chrome (its content pads itself). */
  tone?: 'site' | 'dark';
  /** Shown after "Close" on the header's Close button, e.g. <kbd>Esc</kbd>. */
  closeHint?: ReactNode;
}

const PLACEMENT = {
  centre: 'm-auto rounded-xl border shadow-xl',
  top: 'mx-auto mb-auto mt-[max(1rem,8vh)] max-h-[min(40rem,84vh)] rounded-xl border shadow-xl',
  drawer: 'm-0 h-full max-h-none w-[min(22rem,88vw)] max-w-none',
} as const;

const TONE = {
  site: { dialog: 'border-line bg-bg text-fg backdrop:bg-black/50', header: 'border-line px-4 py-3', body: 'p-3' },
  dark: {
    dialog: 'max-h-[92vh] border-white/20 bg-[#111827] text-[#e5e7eb] backdrop:bg-black/70',
    header: 'border-white/15 px-5 py-3',
    body: '',
  },
} as const;

/**
 * The site's one modal, on the native <dialog>: focus moves in and is trapped, Esc closes, focus
 * returns to what opened it. The title labels it through an id from useId, so any number can exist
 * on a page. The header stays put while the body scrolls, so Close is always in view.
 */
export function Modal({
  open,
  onClose,
  title,
  children,
  placement = 'centre',
  closeButton = placement === 'drawer',
  onOpened,
  width = 'w-[min(28rem,92vw)]',
  tone = 'site',
  closeHint,
}: Props) {
  const look = TONE[tone];
  const dialog = useRef<HTMLDialogElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const onOpenedRef = useRef(onOpened);
  useEffect(() => {
    onOpenedRef.current = onOpened;
  });

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
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        if (e.target === dialog.current) onClose();
      }}
      className={`p-0 open:flex open:flex-col ${look.dialog} ${PLACEMENT[placement]}${placement === 'drawer' ? '' : ` ${width}`}`}
    >
      <div className={`flex shrink-0 items-center justify-between gap-3 ${closeButton ? `border-b ${look.header}` : 'px-5 pt-5'}`}>
        <h2 id={titleId} className={placement === 'drawer' ? 'font-semibold' : 'text-lg font-semibold'}>
          {title}
        </h2>
        {closeButton ? (
          <Button variant={tone === 'dark' ? 'onDark' : 'ghost'} size="sm" onClick={onClose}>
            Close<span className="sr-only"> {title}</span>
            {closeHint}
          </Button>
        ) : null}
      </div>
      <div ref={body} className={`min-h-0 flex-1 overflow-y-auto ${closeButton ? look.body : 'px-5 pb-5'}`}>
        {children}
      </div>
    </dialog>
  );
}
