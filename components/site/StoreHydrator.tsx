'use client';
import { useEffect } from 'react';
import { STORAGE_KEY } from '@/lib/store/constants';
import { appStore } from '@/lib/store';

/**
 * Loads saved progress once the page is interactive (the HTML itself is the same for everyone),
 * then follows other tabs: when one stores progress, this tab merges it in.
 */
export function StoreHydrator() {
  useEffect(() => {
    void appStore.persist.rehydrate();
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEY || e.key === null) appStore.syncWithOtherTabs();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  return null;
}
