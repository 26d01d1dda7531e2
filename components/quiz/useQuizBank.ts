'use client';
import { useCallback, useEffect, useState } from 'react';
import { indexBank, QUIZ_BANK_URL, type IndexedBank, type QuizBank } from '@/lib/quiz/bank';

export type BankState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; index: IndexedBank };

// One request per page load, shared by every component that needs the bank.
let pending: Promise<IndexedBank> | null = null;

async function fetchBank(): Promise<IndexedBank> {
  const response = await fetch(QUIZ_BANK_URL);
  if (!response.ok) throw new Error(`the server answered ${response.status}`);
  const bank = (await response.json()) as QuizBank;
  if (!Array.isArray(bank?.questions) || !Array.isArray(bank.lessons)) throw new Error('the question bank is not in the expected format');
  return indexBank(bank);
}

/** The bank, fetched once per page load (a failed fetch is retried by the next call). */
export function loadQuizBank(): Promise<IndexedBank> {
  pending ??= fetchBank();
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

/** The question bank from /quiz-bank.json (built at build time): loading, error with retry, or ready. */
export function useQuizBank(): BankState & { retry: () => void } {
  const [state, setState] = useState<BankState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    loadQuizBank().then(
      (index) => live && setState({ status: 'ready', index }),
      (error: unknown) => {
        if (live) setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
