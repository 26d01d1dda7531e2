'use client';
import { Button, ButtonLink, buttonClasses } from '@/components/ui/Button';
import { useDeferredValue, useRef, useState, type PointerEvent, type ReactNode } from 'react';
import { ThemeToggle } from '@/components/ui/ThemeToggle';
import { isEnd, isStart, nextPosition, type DeckPosition } from '@/lib/present/position';
import { useSwipe } from './use-swipe';
import type { LaserPoint, Screen } from './deck-channel';
import { DeckViewContext, type DeckView } from './deck-view';
import { LaserLayer, laserPointFrom } from './LaserLayer';
import { PresenterClock } from './PresenterClock';
import { Stage } from './Stage';
import type { DeckListItem, DeckMeta } from '@/lib/present/types';

export interface PresenterProps {
  deck: DeckMeta;
  position: DeckPosition;
  /** The stage's view; `children` are the deck's slides, placed here on stage and in the preview. */
  view: DeckView;
  screen: Screen;
  laser: LaserPoint | null;
  laserOn: boolean;
  notesVisible: boolean;
  notice: string | null;
  gotoBuffer: string | null;
  classDecks: DeckListItem[];
  classIndex: number;
  classProblems: string[];
  printNotes: boolean;
  onPrintNotes: (on: boolean) => void;
  onPrint: () => void;
  onNotesTarget: (el: HTMLElement | null) => void;
  onLaser: (point: LaserPoint | null) => void;
  onStep: (direction: 1 | -1) => void;
  onAction: (action: 'overview' | 'help' | 'black' | 'white' | 'laser' | 'notes' | 'fullscreen') => void;
  onOpenAudience: () => void;
  onDismissNotice: () => void;
  children: ReactNode;
}

/**
 * The instructor's window: the current slide, the next one (or the next reveal), the notes, the
 * clock against the plan, counters and every mode as a button as well as a key.
 */
export function PresenterView(props: PresenterProps) {
  const { deck, position, view, screen, laser, laserOn, notesVisible, children, classDecks, classIndex } = props;
  const { onPrintNotes, onPrint, onStep, onNotesTarget, onLaser, onAction, onOpenAudience, onDismissNotice } = props;
  const canvas = useRef<HTMLDivElement | null>(null);
  const [holding, setHolding] = useState(false);
  const swipe = useSwipe(onStep);
  const shape = deck.slides.map((s) => s.fragments);
  const slide = deck.slides[position.slide];
  const next = nextPosition(position, shape);
  // The preview renders after the stage, in an interruptible pass: the room's slide never waits for it.
  const preview = useDeferredValue(next);
  const atEnd = isEnd(position, shape);
  const nextDeck = classDecks[classIndex + 1];
  const nextLabel = atEnd
    ? nextDeck
      ? `Next deck: ${nextDeck.title}`
      : 'End of the deck'
    : next.slide === position.slide
      ? `Next: reveal ${next.fragment} of ${slide?.fragments ?? 0}`
      : `Next slide: ${deck.slides[next.slide]?.title ?? ''}`;
  const minutesBefore = classDecks.slice(0, Math.max(0, classIndex)).reduce((sum, d) => sum + d.minutes, 0);
  const totalMinutes = classDecks.length > 0 ? classDecks.reduce((sum, d) => sum + d.minutes, 0) : deck.minutes;

  const pointer = (e: PointerEvent<HTMLElement>, kind: 'down' | 'move' | 'up') => {
    if (e.pointerType === 'touch') return;
    const interactive = (e.target as Element).closest('button, a, input, select, [data-playground-preset]');
    if (kind === 'down' && e.button === 0 && !interactive) setHolding(true);
    if (kind === 'up') setHolding(false);
    const active = laserOn || (holding && kind !== 'up') || (kind === 'down' && e.button === 0 && !interactive);
    const el = canvas.current;
    if (!el) return;
    if (active) onLaser(laserPointFrom(el, e.clientX, e.clientY));
    else if (laser) onLaser(null);
  };

  return (
    <div className="deck-presenter" data-notes={notesVisible ? 'shown' : 'hidden'}>
      <header className="deck-presenter-bar">
        <div className="min-w-0">
          <h1 className="truncate text-base font-semibold">{deck.title}</h1>
          {classDecks.length > 1 && (
            <p className="text-xs text-white/60">
              Deck {classIndex + 1} of {classDecks.length} in this class
            </p>
          )}
        </div>
        <p className="font-mono text-sm tabular-nums" aria-live="polite" data-testid="deck-counter">
          Slide {position.slide + 1} / {deck.slides.length}
          {(slide?.fragments ?? 0) > 0 && (
            <span className="text-white/70">
              {' '}
              · reveal {position.fragment} / {slide?.fragments}
            </span>
          )}
        </p>
        <PresenterClock
          storageKey={`stevedore-present-clock:${classDecks.length > 1 ? classDecks.map((d) => d.slug).join(',') : deck.slug}`}
          plannedMinutes={deck.minutes}
          minutesBefore={minutesBefore}
          totalMinutes={totalMinutes}
          slide={position.slide}
          slideCount={deck.slides.length}
        />
        <nav aria-label="Presenter tools" className="flex flex-wrap items-center gap-1.5">
          <Button variant="primary" size="sm" onClick={onOpenAudience}>
            Open audience window
          </Button>
          <Button variant="onDark" size="sm" onClick={() => onAction('overview')} aria-keyshortcuts="O">
            Overview
          </Button>
          <Button variant="onDark" size="sm" aria-pressed={screen === 'black'} onClick={() => onAction('black')} aria-keyshortcuts="B">
            Black
          </Button>
          <Button variant="onDark" size="sm" aria-pressed={screen === 'white'} onClick={() => onAction('white')} aria-keyshortcuts="W">
            White
          </Button>
          <Button variant="onDark" size="sm" aria-pressed={laserOn} onClick={() => onAction('laser')} aria-keyshortcuts="L">
            Laser
          </Button>
          <Button variant="onDark" size="sm" aria-pressed={notesVisible} onClick={() => onAction('notes')} aria-keyshortcuts="N">
            Notes
          </Button>
          <Button variant="onDark" size="sm" onClick={() => onAction('fullscreen')} aria-keyshortcuts="F">
            Full screen
          </Button>
          <Button variant="onDark" size="sm" onClick={() => onAction('help')} aria-keyshortcuts="?">
            Keys
          </Button>
          <ThemeToggle variant="onDark" />
        </nav>
      </header>

      {(props.notice || props.classProblems.length > 0 || props.gotoBuffer !== null) && (
        <div className="deck-presenter-notices" role="status">
          {props.gotoBuffer !== null && (
            <p>
              Go to slide: <strong className="font-mono">{props.gotoBuffer || '…'}</strong>{' '}
              <span className="text-white/60">(type a number, then Enter; Esc cancels)</span>
            </p>
          )}
          {props.notice && (
            <p>
              {props.notice}{' '}
              <Button variant="link" size="inline" onClick={onDismissNotice}>
                Dismiss
              </Button>
            </p>
          )}
          {props.classProblems.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}

      {/* The window's main content: the slide the audience sees. */}
      <main
        className="deck-presenter-current"
        aria-label="Current slide"
        data-screen={screen}
        onPointerDown={(e) => {
          swipe.onPointerDown(e);
          pointer(e, 'down');
        }}
        onPointerMove={(e) => pointer(e, 'move')}
        onPointerUp={(e) => {
          swipe.onPointerUp(e);
          pointer(e, 'up');
        }}
        onPointerLeave={() => {
          setHolding(false);
          if (laser) onLaser(null);
        }}
        data-laser={laserOn ? 'on' : undefined}
      >
        <Stage
          className="h-full w-full"
          onStageRef={(el) => {
            canvas.current = el;
          }}
        >
          <DeckViewContext.Provider value={view}>{children}</DeckViewContext.Provider>
          <LaserLayer point={laser} />
        </Stage>
        {screen !== 'normal' && (
          <p className="deck-screen-badge">
            The audience sees a {screen} screen ({screen === 'black' ? 'B' : 'W'} or Esc to return)
          </p>
        )}
      </main>

      <aside className="deck-presenter-side" aria-label="Next and notes">
        <div>
          <p className="mb-1 text-xs font-semibold uppercase tracking-wider text-white/60" data-testid="deck-next-label">
            {nextLabel}
          </p>
          {!atEnd && (
            <DeckViewContext.Provider value={{ ...view, copy: 'preview', slide: preview.slide, fragment: preview.fragment }}>
              <Stage decorative className="aspect-video w-full rounded-md bg-[var(--bg)]">
                {children}
              </Stage>
            </DeckViewContext.Provider>
          )}
        </div>
        <section className="deck-presenter-notes" aria-label="Speaker notes" hidden={!notesVisible}>
          <h2 className="mb-1 text-xs font-semibold uppercase tracking-wider text-white/60">Notes</h2>
          {/* Long notes scroll: focusable, so the keyboard can scroll them too. */}
          <div ref={onNotesTarget} className="deck-notes-panel" tabIndex={0} />
        </section>
        <div className="mt-auto space-y-2 border-t border-white/15 pt-3 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={props.printNotes} onChange={(e) => onPrintNotes(e.target.checked)} />
            Speaker notes in the handout
          </label>
          <div className="flex flex-wrap gap-2">
            <Button variant="onDark" size="sm" onClick={onPrint}>
              Print handout
            </Button>
            <a className={buttonClasses({ variant: 'onDark', size: 'sm' })} href={deck.lessonHref}>
              Back to the lesson
            </a>
            <ButtonLink variant="onDark" size="sm" href="/present/">
              All decks
            </ButtonLink>
          </div>
        </div>
      </aside>

      <footer className="deck-presenter-foot">
        <Button
          variant="onDark"
          size="sm"
          onClick={() => onStep(-1)}
          disabled={isStart(position) && classIndex <= 0}
          aria-keyshortcuts="ArrowLeft PageUp"
        >
          ← Previous
        </Button>
        <Button
          variant="onDark"
          size="sm"
          className="min-w-32"
          onClick={() => onStep(1)}
          disabled={atEnd && !nextDeck}
          aria-keyshortcuts="ArrowRight PageDown Space"
        >
          Next →
        </Button>
      </footer>
    </div>
  );
}
