'use client';
import { useStore } from 'zustand';
import { createAppStore, type AppState } from './store';

export const appStore = createAppStore({ storage: () => (typeof window === 'undefined' ? undefined : window.localStorage) });

export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
