import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import type { ProgressState } from './schema';

export interface ProgressSlice {
  progress: ProgressState;
  markComplete: (slug: string, at?: Date) => void;
  markIncomplete: (slug: string) => void;
  recordVisit: (slug: string, at?: Date) => void;
  resetProgress: () => void;
}

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set) => ({
  progress: { completed: {}, lastVisited: null },
  markComplete: (slug, at = new Date()) =>
    set((s) => ({ progress: { ...s.progress, completed: { ...s.progress.completed, [slug]: at.toISOString() } } })),
  markIncomplete: (slug) =>
    set((s) => {
      const completed = { ...s.progress.completed };
      delete completed[slug];
      return { progress: { ...s.progress, completed } };
    }),
  recordVisit: (slug, at = new Date()) =>
    set((s) => ({ progress: { ...s.progress, lastVisited: { slug, at: at.toISOString() } } })),
  resetProgress: () => set({ progress: { completed: {}, lastVisited: null } }),
});
