'use client';
import { DECK_KEYS } from './deck-keys';
import { DeckDialog } from './DeckDialog';

/** "?": every key the deck understands. */
export function DeckHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  return (
    <DeckDialog open={open} onClose={onClose} title="Presenter keys" width="w-[min(40rem,92vw)]">
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 px-5 py-4 text-sm">
        {DECK_KEYS.map((k) => (
          <div key={k.action} className="contents">
            <dt className="flex flex-wrap gap-1">
              {k.keys.map((key) => (
                <kbd key={key} className="rounded border border-white/30 bg-white/10 px-1.5 font-mono text-xs">
                  {key}
                </kbd>
              ))}
            </dt>
            <dd>{k.label}</dd>
          </div>
        ))}
      </dl>
      <p className="px-5 pb-4 text-sm text-white/70">
        A clicker works as it is: it sends Page Down and Page Up. On a touch screen, swipe left or right on the slide. While a playground on
        a slide has focus, the arrows, Space, Home and End move its time; Page Down and Page Up still move the slides.
      </p>
    </DeckDialog>
  );
}
