'use client';
import { useEffect, useId, useRef } from 'react';
import { PlaygroundButton } from './PlaygroundButton';
import { SHORTCUTS } from './shortcuts';

/** The keyboard shortcuts, in a native modal dialog (focus moves in, Esc closes, focus returns). */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby={id}
      onClose={onClose}
      onClick={(e) => { if (e.target === ref.current) onClose(); }}
      className="m-auto w-[min(26rem,92vw)] rounded-xl border border-line bg-bg p-0 text-fg shadow-xl backdrop:bg-black/50"
    >
      <div className="p-5">
        <h2 id={id} className="text-lg font-semibold">Keyboard shortcuts</h2>
        <p className="mt-1 text-sm text-muted">
          They work while the playground has focus: click its run or Tab to one of its controls (not a
          text field). Elsewhere Space, the arrows, Home and End scroll the page as usual; on the playground
          page the letter keys also work when nothing else has focus.
        </p>
        <table className="mt-3 w-full text-sm">
          <thead className="sr-only"><tr><th scope="col">Keys</th><th scope="col">Action</th></tr></thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action} className="border-b border-line last:border-0">
                <td className="py-1.5 pr-3">{s.keys.map((k, i) => <span key={k}>{i > 0 && ' or '}<kbd className="rounded border border-line bg-bg-subtle px-1.5 py-0.5 font-mono text-xs">{k}</kbd></span>)}</td>
                <td className="py-1.5">{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-4 flex justify-end">
          <PlaygroundButton variant="primary" onClick={onClose}>Close</PlaygroundButton>
        </div>
      </div>
    </dialog>
  );
}
