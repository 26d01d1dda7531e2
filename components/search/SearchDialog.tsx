'use client';
import { useRouter } from 'next/navigation';
import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button } from '@/components/ui/Button';
import { Modal } from '@/components/ui/Modal';
import { MIN_QUERY_LENGTH, searchCourse, type SearchHit } from '@/lib/search/search';
import { focusWhenShown } from './focus-target';
import { SearchResults } from './SearchResults';
import { useSearchIndex } from './use-search-index';

interface Props {
  open: boolean;
  /** Put in the box when the dialog opens (the glossary's "search the whole course"); empty keeps the last query. */
  initialQuery: string;
  onClose: () => void;
}

/**
 * Search over lessons, sections, glossary terms, quiz questions, slides and the cheat sheet: type,
 * ↑/↓ to choose, Enter to open, Esc to close. A combobox over a listbox: focus stays in the box
 * while the active result is announced (aria-activedescendant). Loaded only once search is opened.
 */
export default function SearchDialog({ open, initialQuery, onClose }: Props) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [query, setQuery] = useState(initialQuery);
  const [active, setActive] = useState(0);
  const { state, retry } = useSearchIndex();
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => (state.status === 'ready' ? searchCourse(state.index, deferred) : []), [state, deferred]);
  const current = hits.length > 0 ? Math.min(active, hits.length - 1) : -1;
  const optionId = (i: number) => `${listId}-${i}`;

  const go = (hit: SearchHit) => {
    onClose();
    router.push(hit.href);
    focusWhenShown(hit.href);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length === 0) return;
      const next = (current + (e.key === 'ArrowDown' ? 1 : -1) + hits.length) % hits.length;
      setActive(next);
      document.getElementById(optionId(next))?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Escape') {
      // A search field's own Escape would only clear it: here Escape closes, as everywhere in a dialog.
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && current >= 0) {
      e.preventDefault();
      go(hits[current]!);
    }
  };

  const typed = deferred.trim();
  return (
    <Modal
      open={open}
      onClose={onClose}
      title="Search the course"
      placement="top"
      width="w-[min(42rem,94vw)]"
      closeButton
      closeHint={<kbd className="ml-1 hidden font-sans text-xs text-muted sm:inline">Esc</kbd>}
      onOpened={() => {
        if (initialQuery) setQuery(initialQuery);
        input.current?.focus();
        input.current?.select();
      }}
    >
      <div className="sticky -top-3 z-10 -mx-3 -mt-3 border-b border-line bg-bg px-3 py-3">
        <input
          ref={input}
          type="search"
          role="combobox"
          aria-label="Search lessons, glossary, questions and slides"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={current >= 0 ? optionId(current) : undefined}
          placeholder="Search lessons, glossary, questions, slides…"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="go"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          className="w-full rounded-lg border border-line bg-card px-3 py-2 text-base text-fg placeholder:text-muted focus:border-accent"
        />
      </div>
      <div className="pt-2">
        {state.status === 'loading' ? (
          <p role="status" className="px-2 py-6 text-center text-sm text-muted">
            Loading the search index…
          </p>
        ) : state.status === 'error' ? (
          <div role="alert" className="px-2 py-6 text-center text-sm">
            <p>The search index could not be loaded. Check your connection and try again.</p>
            <Button size="sm" className="mt-3" onClick={retry}>
              Try again
            </Button>
          </div>
        ) : typed.length < MIN_QUERY_LENGTH ? (
          <p className="px-2 py-6 text-center text-sm text-muted">
            Lessons and their sections, glossary terms, quiz questions, slides and the cheat sheet.
          </p>
        ) : (
          <>
            <p role="status" className="sr-only">
              {hits.length === 0 ? `No results for ${typed}` : `${hits.length} result${hits.length === 1 ? '' : 's'}`}
            </p>
            {hits.length === 0 ? (
              <p className="px-2 py-6 text-center text-sm text-muted">Nothing matches “{typed}”. Try fewer or shorter words.</p>
            ) : (
              <SearchResults hits={hits} listId={listId} optionId={optionId} active={current} onHover={setActive} onChoose={go} />
            )}
          </>
        )}
      </div>
      <p className="mt-2 hidden border-t border-line px-2 pt-2 text-xs text-muted sm:block" aria-hidden="true">
        <kbd className="font-sans">↑</kbd> <kbd className="font-sans">↓</kbd> to choose · <kbd className="font-sans">Enter</kbd> to open ·{' '}
        <kbd className="font-sans">Esc</kbd> to close
      </p>
    </Modal>
  );
}
