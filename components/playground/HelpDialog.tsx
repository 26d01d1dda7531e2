'use client';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { SHORTCUTS } from './shortcuts';

/** The keyboard shortcuts, in the site's Modal (focus moves in, Esc closes, focus returns). */
export function HelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <Modal open={open} onClose={onClose} title="Keyboard shortcuts" width="w-[min(26rem,92vw)]">
      <div>
        <p className="mt-1 text-sm text-muted">
          They work while the playground has focus: click its run or Tab to one of its controls (not a text field). Elsewhere Space, the
          arrows, Home and End scroll the page as usual; on the playground page the letter keys also work when nothing else has focus.
        </p>
        <table className="mt-3 w-full text-sm">
          <thead className="sr-only">
            <tr>
              <th scope="col">Keys</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map((s) => (
              <tr key={s.action} className="border-b border-line last:border-0">
                <td className="py-1.5 pr-3">
                  {s.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 && ' or '}
                      <kbd className="rounded border border-line bg-bg-subtle px-1.5 py-0.5 font-mono text-xs">{k}</kbd>
                    </span>
                  ))}
                </td>
                <td className="py-1.5">{s.action}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-4 flex justify-end">
          <Button variant="primary" size="toolbar" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
    </Modal>
  );
}
