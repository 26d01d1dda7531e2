'use client';
import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { DeckDialog } from './DeckDialog';
import { DeckViewContext, type DeckView } from './deck-view';
import { Stage } from './Stage';
import type { DeckMeta } from '@/lib/present/types';

const COLUMNS = 4;

/** "O": every slide as a thumbnail, fully revealed; arrows move, Enter or a click jumps there. */
export function Overview({
  open,
  onClose,
  deck,
  current,
  onPick,
  view,
  children,
}: {
  open: boolean;
  onClose: () => void;
  deck: DeckMeta;
  current: number;
  onPick: (slide: number) => void;
  view: DeckView;
  children: ReactNode;
}) {
  const grid = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (open) grid.current?.querySelectorAll<HTMLButtonElement>('button')[current]?.focus();
  }, [open, current]);
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    const buttons = [...(grid.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const move = { ArrowRight: 1, ArrowLeft: -1, ArrowDown: COLUMNS, ArrowUp: -COLUMNS }[event.key];
    if (move === undefined || at < 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + move))]?.focus();
  };
  return (
    <DeckDialog open={open} onClose={onClose} title={`All ${deck.slides.length} slides`} width="w-[min(90rem,96vw)]">
      <ol ref={grid} className="grid max-h-[80vh] grid-cols-2 gap-4 overflow-y-auto p-5 md:grid-cols-4" onKeyDown={onKeyDown}>
        {deck.slides.map((slide, i) => (
          <li key={i}>
            <button
              type="button"
              onClick={() => onPick(i)}
              aria-current={i === current ? 'step' : undefined}
              className="deck-thumb block w-full rounded-lg border-2 border-transparent p-1 text-left aria-[current=step]:border-[var(--accent)]"
            >
              <DeckViewContext.Provider value={{ ...view, copy: 'thumb', slide: i, fragment: slide.fragments }}>
                <Stage decorative className="aspect-video rounded bg-[var(--bg)]">
                  {children}
                </Stage>
              </DeckViewContext.Provider>
              <span className="mt-1 block text-sm">
                <span className="font-semibold">{i + 1}.</span> {slide.title}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </DeckDialog>
  );
}
