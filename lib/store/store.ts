import { createStore, type StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';
import { createProgressSlice, type ProgressSlice } from './progress-slice';
import { createQuizSlice, type QuizSlice } from './quiz-slice';
import type { Migrations } from './read-persisted';
import { createSafeStorage, type StorageNotice } from './safe-storage';
import { STORAGE_KEY, STORE_VERSION } from './constants';
import type { PersistedState } from './schema';
import { createSystemSlice, type SystemSlice } from './system-slice';

export type AppState = ProgressSlice & QuizSlice & SystemSlice;

export interface AppStoreOptions {
  storage: () => Storage | undefined;
  version?: number;
  migrations?: Migrations;
}

/** One store from slices, persisted once. The app uses a singleton; tests make their own. */
export function createAppStore({ storage, version = STORE_VERSION, migrations }: AppStoreOptions) {
  let pendingNotice: StorageNotice | null = null;
  const store: StoreApi<AppState> & { persist: { rehydrate: () => Promise<void> | void } } = createStore<AppState>()(
    persist((...a) => ({ ...createProgressSlice(...a), ...createQuizSlice(...a), ...createSystemSlice(...a) }), {
      name: STORAGE_KEY,
      version,
      storage: createSafeStorage(
        storage,
        version,
        (notice) => {
          pendingNotice = notice;
        },
        migrations,
      ),
      partialize: (state): PersistedState => ({ progress: state.progress, quiz: state.quiz }),
      // Rendered HTML is the same for everyone; the browser rehydrates after mount.
      skipHydration: true,
      onRehydrateStorage: () => () => {
        store.setState({ hydrated: true, storageNotice: pendingNotice });
        pendingNotice = null;
      },
    }),
  );
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
