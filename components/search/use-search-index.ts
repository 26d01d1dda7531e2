'use client';
import type MiniSearch from 'minisearch';
import { useEffect, useState } from 'react';
import { loadIndex } from '@/lib/search/search';
import { SEARCH_INDEX_URL, type SearchDoc } from '@/lib/search/types';

export type IndexState = { status: 'loading' } | { status: 'ready'; index: MiniSearch<SearchDoc> } | { status: 'error' };

let pending: Promise<MiniSearch<SearchDoc>> | null = null;

/** Fetched once per page load and shared; a failure is forgotten so that Retry fetches again. */
function fetchIndex(): Promise<MiniSearch<SearchDoc>> {
  pending ??= fetch(SEARCH_INDEX_URL)
    .then((res) => {
      if (!res.ok) throw new Error(`${SEARCH_INDEX_URL}: HTTP ${res.status}`);
      return res.text();
    })
    .then(loadIndex)
    .catch((error: unknown) => {
      pending = null;
      throw error;
    });
  return pending;
}

/** The search index, loading from the first render (the dialog mounts only once search is opened). */
export function useSearchIndex(): { state: IndexState; retry: () => void } {
  const [state, setState] = useState<IndexState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    fetchIndex().then(
      (index) => live && setState({ status: 'ready', index }),
      () => live && setState({ status: 'error' }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return {
    state,
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
  };
}
