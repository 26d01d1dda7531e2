'use client';
import { useEffect } from 'react';
import { appStore } from '@/lib/store';

/** Loads saved progress once the page is interactive; the HTML itself is the same for everyone. */
export function StoreHydrator() {
  useEffect(() => {
    void appStore.persist.rehydrate();
  }, []);
  return null;
}
