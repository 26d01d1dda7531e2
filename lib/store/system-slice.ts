import type { StateCreator } from 'zustand';
import type { MemoryOnlyCause, UnreadableNotice } from './safe-storage';
import type { AppState } from './store';

/** Session-only state about the store itself; never persisted. */
export interface SystemSlice {
  hydrated: boolean;
  /** Saved progress could not be read (the banner). */
  storageNotice: UnreadableNotice | null;
  /** The key whose unreadable value could not be copied aside: left as it is, never written this page load. */
  unwritableKey: string | null;
  /** Nothing is being kept after the tab closes, and why (the memory-only notice). */
  memoryOnly: MemoryOnlyCause | null;
  dismissStorageNotice: () => void;
}

export const createSystemSlice: StateCreator<AppState, [], [], SystemSlice> = (set) => ({
  hydrated: false,
  storageNotice: null,
  unwritableKey: null,
  memoryOnly: null,
  dismissStorageNotice: () => set({ storageNotice: null }),
});
