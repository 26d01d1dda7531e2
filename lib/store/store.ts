import { createStore, type StoreApi } from 'zustand';
import { persist } from 'zustand/middleware';
import { canonical, mergeWithBase } from './merge-state';
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

const persisted = (state: AppState): PersistedState => ({ progress: state.progress, quiz: state.quiz });

/** One store from slices, persisted once. The app uses a singleton; tests make their own. */
export function createAppStore({ storage, version = STORE_VERSION, migrations }: AppStoreOptions) {
  let pendingNotices: StorageNotice[] = [];
  const apply = (notice: StorageNotice) =>
    store.setState(
      notice.kind === 'memory-only'
        ? { memoryOnly: notice.cause }
        : { storageNotice: notice, ...(notice.kind === 'not-set-aside' ? { unwritableKey: notice.key } : {}) },
    );
  const safeStorage = createSafeStorage(
    storage,
    version,
    {
      // Deferred: a notice can arise in the middle of a write, which must not start another.
      onNotice: (notice) => queueMicrotask(() => (store.getState().hydrated ? apply(notice) : pendingNotices.push(notice))),
      // Adopt what other tabs stored, keeping any change this tab made since it wrote.
      onMerged: (merged, written) =>
        queueMicrotask(() => {
          const now = persisted(store.getState());
          const next = mergeWithBase(written, merged, now);
          if (canonical(next) !== canonical(now)) store.setState(next);
        }),
    },
    migrations,
  );
  const store: StoreApi<AppState> & {
    persist: { rehydrate: () => Promise<void> | void };
    /** Another tab changed the stored value: merge it into this tab's state (and this tab's into it). */
    syncWithOtherTabs: () => void;
  } = Object.assign(
    createStore<AppState>()(
      persist((...a) => ({ ...createProgressSlice(...a), ...createQuizSlice(...a), ...createSystemSlice(...a) }), {
        name: STORAGE_KEY,
        version,
        storage: safeStorage,
        partialize: persisted,
        // Rendered HTML is the same for everyone; the browser rehydrates after mount.
        skipHydration: true,
        onRehydrateStorage: () => () => {
          store.setState({ hydrated: true });
          pendingNotices.forEach(apply);
          pendingNotices = [];
        },
      }),
    ),
    {
      syncWithOtherTabs: () => {
        if (store.getState().hydrated) void safeStorage.setItem(STORAGE_KEY, { state: persisted(store.getState()), version });
      },
    },
  );
  return store;
}

export type AppStore = ReturnType<typeof createAppStore>;
