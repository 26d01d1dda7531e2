'use client';
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { useHydrated } from '@/components/diagram/use-media';
import { flushSync } from 'react-dom';
import { classQuery, CLASS_PARAM, parseClassList, type ParsedClass } from '@/lib/present/class-list';
import {
  firstPosition,
  formatHash,
  isEnd,
  isStart,
  lastPosition,
  nextPosition,
  previousPosition,
  slidePosition,
} from '@/lib/present/position';
import { AudienceView } from './AudienceView';
import { DeckDocument } from './DeckDocument';
import { DeckHelp } from './DeckHelp';
import type { DeckAction } from './deck-keys';
import { DeckViewContext, type DeckView, type DeckWindow } from './deck-view';
import { Overview } from './Overview';
import { PresenterView } from './PresenterView';
import type { DeckListItem, DeckMeta } from '@/lib/present/types';
import { useDeckKeys } from './use-deck-keys';
import { useDeckState } from './use-deck-state';
import './present.css';

type Overlay = 'none' | 'overview' | 'help';

const noSubscription = () => () => {};

/** The class this deck is taught in (`?class=`), if it is one of its decks; what could not be used, said. */
function classFor(search: string, slug: string, decks: readonly DeckListItem[]): ParsedClass {
  const parsed = parseClassList(
    new URLSearchParams(search).get(CLASS_PARAM),
    decks.map((d) => d.slug),
  );
  if (parsed.slugs.length === 0 || parsed.slugs.includes(slug)) return parsed;
  return { slugs: [], problems: [...parsed.problems, 'This deck is not in the class list; presenting it on its own.'] };
}

/**
 * Presenter mode for one deck. The server renders the deck's slides once (`children`); this island
 * places them: as a document before hydration, without JS and in print, and on the stage, in the
 * next-slide preview and the overview once running. `?view=audience` is the room's window; both
 * windows follow each other over a BroadcastChannel, and each keeps the position in its URL hash.
 */
export function DeckApp({ deck, decks, children }: { deck: DeckMeta; decks: DeckListItem[]; children: ReactNode }) {
  const mounted = useHydrated();
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => '',
  );
  const windowKind: DeckWindow = new URLSearchParams(search).get('view') === 'audience' ? 'audience' : 'presenter';
  const klass = useMemo(() => classFor(search, deck.slug, decks), [search, deck.slug, decks]);
  const [overlay, setOverlay] = useState<Overlay>('none');
  const [notesVisible, setNotesVisible] = useState(true);
  const [laserOn, setLaserOn] = useState(false);
  const [gotoBuffer, setGotoBuffer] = useState<string | null>(null);
  const [notesTarget, setNotesTarget] = useState<HTMLElement | null>(null);
  const [printing, setPrinting] = useState(false);
  const [printNotes, setPrintNotes] = useState(false);
  const shape = useMemo(() => deck.slides.map((s) => s.fragments), [deck]);

  const classDecks = useMemo(
    () => klass.slugs.map((s) => decks.find((d) => d.slug === s)).filter((d): d is DeckListItem => !!d),
    [klass, decks],
  );
  const classIndex = classDecks.findIndex((d) => d.slug === deck.slug);

  const deckUrl = useCallback(
    (slug: string, hash: string, view: DeckWindow) => {
      const query = new URLSearchParams(classQuery(klass.slugs).slice(1));
      if (view === 'audience') query.set('view', 'audience');
      const search = query.toString();
      return `/present/${slug}/${search ? `?${search.replace(/%2C/g, ',')}` : ''}${hash}`;
    },
    [klass],
  );
  const openDeck = useCallback(
    (slug: string, hash: string) => window.location.assign(deckUrl(slug, hash, windowKind)),
    [deckUrl, windowKind],
  );
  const state = useDeckState(deck.slug, shape, openDeck);
  const { position, go } = state;

  const toDeck = useCallback(
    (target: DeckListItem, atEnd: boolean) => {
      const hash = atEnd ? formatHash({ slide: target.slideCount - 1, fragment: target.lastFragments }) : '#1';
      state.navigate(target.slug, hash);
      openDeck(target.slug, hash);
    },
    [state, openDeck],
  );

  const step = useCallback(
    (direction: 1 | -1) => {
      if (direction === 1) {
        const following = classDecks[classIndex + 1];
        if (isEnd(position, shape) && following) toDeck(following, false);
        else go(nextPosition(position, shape));
      } else {
        const preceding = classIndex > 0 ? classDecks[classIndex - 1] : undefined;
        if (isStart(position) && preceding) toDeck(preceding, true);
        else go(previousPosition(position, shape));
      }
    },
    [position, shape, go, classDecks, classIndex, toDeck],
  );

  const print = useCallback(() => {
    flushSync(() => setPrinting(true));
    window.print();
  }, []);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const onAction = useCallback(
    (action: DeckAction) => {
      switch (action) {
        case 'next':
          return step(1);
        case 'previous':
          return step(-1);
        case 'first':
          return go(firstPosition());
        case 'last':
          return go(lastPosition(shape));
        case 'black':
          return state.setScreen(state.screen === 'black' ? 'normal' : 'black');
        case 'white':
          return state.setScreen(state.screen === 'white' ? 'normal' : 'white');
        case 'notes':
          return setNotesVisible((v) => !v);
        case 'overview':
          return setOverlay((o) => (o === 'overview' ? 'none' : 'overview'));
        case 'help':
          return setOverlay((o) => (o === 'help' ? 'none' : 'help'));
        case 'laser':
          setLaserOn((on) => !on);
          return state.setLaser(null);
        case 'fullscreen':
          if (document.fullscreenElement) void document.exitFullscreen();
          else void document.documentElement.requestFullscreen?.().catch(() => {});
          return;
        case 'escape':
          if (overlay !== 'none') return setOverlay('none');
          if (state.screen !== 'normal') return state.setScreen('normal');
          if (laserOn) {
            setLaserOn(false);
            state.setLaser(null);
          }
          return;
        case 'goto':
          return;
      }
    },
    [step, go, shape, state, overlay, laserOn],
  );

  useDeckKeys(mounted && !printing, onAction, (buffer, commit) => {
    setGotoBuffer(commit ? null : buffer);
    if (commit && buffer) go(slidePosition(Number(buffer), shape));
  });

  const view: DeckView = useMemo(
    () => ({
      copy: 'stage',
      window: windowKind,
      slide: position.slide,
      fragment: position.fragment,
      notesTarget,
      playbackSync: state.playbackSync,
      printNotes,
    }),
    [windowKind, position, notesTarget, state.playbackSync, printNotes],
  );

  if (!mounted || printing) {
    return (
      <DeckViewContext.Provider value={{ ...view, copy: 'document' }}>
        <DeckDocument deck={deck} live={mounted} printNotes={printNotes}>
          {children}
        </DeckDocument>
      </DeckViewContext.Provider>
    );
  }

  return (
    <div
      data-deck-window={windowKind}
      data-deck-position={formatHash(position).slice(1)}
      data-deck-slides={deck.slides.length}
      data-deck-screen={state.screen}
    >
      {windowKind === 'audience' ? (
        <AudienceView title={deck.title} screen={state.screen} laser={state.laser} notice={state.notice} onSwipe={step}>
          <DeckViewContext.Provider value={view}>{children}</DeckViewContext.Provider>
        </AudienceView>
      ) : (
        <PresenterView
          deck={deck}
          position={position}
          view={view}
          screen={state.screen}
          laser={state.laser}
          laserOn={laserOn}
          notesVisible={notesVisible}
          notice={state.notice}
          gotoBuffer={gotoBuffer}
          classDecks={classDecks}
          classIndex={classIndex}
          classProblems={klass.problems}
          printNotes={printNotes}
          onPrintNotes={setPrintNotes}
          onPrint={print}
          onNotesTarget={setNotesTarget}
          onLaser={state.setLaser}
          onStep={step}
          onAction={onAction}
          onDismissNotice={state.dismissNotice}
          onOpenAudience={() =>
            window.open(
              deckUrl(deck.slug, formatHash(position), 'audience'),
              `stevedore-audience-${deck.slug}`,
              'popup,width=1280,height=720',
            )
          }
        >
          {children}
        </PresenterView>
      )}
      <Overview
        open={overlay === 'overview'}
        onClose={() => setOverlay('none')}
        deck={deck}
        current={position.slide}
        view={view}
        onPick={(slide) => {
          go({ slide, fragment: 0 });
          setOverlay('none');
        }}
      >
        {children}
      </Overview>
      <DeckHelp open={overlay === 'help'} onClose={() => setOverlay('none')} />
    </div>
  );
}
