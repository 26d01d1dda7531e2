import type { StateCreator } from 'zustand';
import type { StorageNotice } from './safe-storage';
import type { AppState } from './store';

/** Session-only state about the store itself; never persisted. */
export interface SystemSlice {
  hydrated: boolean;
  storageNotice: StorageNotice | null;
  dismissStorageNotice: () => void;
}

export const createSystemSlice: StateCreator<AppState, [], [], SystemSlice> = (set) => ({
  hydrated: false,
  storageNotice: null,
  dismissStorageNotice: () => set({ storageNotice: null }),
});
