import type { StateCreator } from 'zustand';
import type { AppState } from './store';
import type { ProgressState } from './schema';

export interface ProgressSlice {
  progress: ProgressState;
  markComplete: (slug: string, at?: Date) => void;
  markIncomplete: (slug: string) => void;
  /** The learner opened a lesson: it becomes the one to continue, and is in progress until completed. */
  recordVisit: (slug: string, at?: Date) => void;
  /** The section the learner is reading in a lesson (null above its first heading), to resume there. */
  recordSection: (slug: string, section: string | null, at?: Date) => void;
  resetProgress: () => void;
}

/**
 * Defined here, not beside the zod schema, so the store (in every page's bundle) can start empty
 * without pulling the validator into first-load JavaScript (it loads when there is saved state).
 */
export const emptyProgressState = (): ProgressState => ({ completed: {}, lastVisited: null, reading: {} });

export const createProgressSlice: StateCreator<AppState, [], [], ProgressSlice> = (set) => ({
  progress: emptyProgressState(),
  markComplete: (slug, at = new Date()) =>
    set((s) => ({ progress: { ...s.progress, completed: { ...s.progress.completed, [slug]: at.toISOString() } } })),
  markIncomplete: (slug) =>
    set((s) => {
      const completed = { ...s.progress.completed };
      delete completed[slug];
      return { progress: { ...s.progress, completed } };
    }),
  recordVisit: (slug, at = new Date()) =>
    set((s) => ({
      progress: {
        ...s.progress,
        lastVisited: { slug, at: at.toISOString() },
        reading: { ...s.progress.reading, [slug]: { section: s.progress.reading[slug]?.section ?? null, at: at.toISOString() } },
      },
    })),
  recordSection: (slug, section, at = new Date()) =>
    set((s) =>
      s.progress.reading[slug]?.section === section
        ? s
        : { progress: { ...s.progress, reading: { ...s.progress.reading, [slug]: { section, at: at.toISOString() } } } },
    ),
  resetProgress: () => set({ progress: emptyProgressState() }),
});
