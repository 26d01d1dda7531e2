'use client';
import { lazy, Suspense, useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { Button } from '@/components/ui/Button';
import { isSearchShortcut, isTyping, OPEN_SEARCH_EVENT } from './search-keys';

// The dialog, MiniSearch and the index load the first time search opens, never with the page.
const SearchDialog = lazy(() => import('./SearchDialog'));

const noSubscribe = () => () => {};
const isApple = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The header's search button and the keys that open search: Ctrl+K / ⌘K and `/`. */
export function SearchLauncher() {
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [initialQuery, setInitialQuery] = useState('');
  const apple = useSyncExternalStore(noSubscribe, isApple, () => false);
  const show = (query: string) => {
    setInitialQuery(query);
    setOpened(true);
    setOpen(true);
  };
  const showFromEvent = useEffectEvent(show);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isSearchShortcut(e, { typing: isTyping(e.target), dialogOpen: !!document.querySelector('dialog[open]') })) return;
      e.preventDefault();
      showFromEvent('');
    };
    const onOpenEvent = (e: Event) => showFromEvent((e as CustomEvent<{ query?: string }>).detail?.query ?? '');
    document.addEventListener('keydown', onKey);
    window.addEventListener(OPEN_SEARCH_EVENT, onOpenEvent);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener(OPEN_SEARCH_EVENT, onOpenEvent);
    };
  }, []);

  return (
    <>
      <Button
        variant="secondary"
        size="toolbar"
        // Search runs in the browser: without JavaScript the button is left out.
        className="noscript:hidden"
        aria-haspopup="dialog"
        aria-keyshortcuts={apple ? 'Meta+K /' : 'Control+K /'}
        aria-label="Search the course"
        onClick={() => show('')}
      >
        <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
          <circle cx="11" cy="11" r="7" />
          <path d="m20 20-3.5-3.5" />
        </svg>
        <span className="hidden md:inline" aria-hidden="true">
          Search
        </span>
        <kbd className="ml-1 hidden rounded border border-line px-1 font-sans text-xs text-muted lg:inline" aria-hidden="true">
          {apple ? '⌘K' : 'Ctrl K'}
        </kbd>
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <SearchDialog open={open} initialQuery={initialQuery} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
