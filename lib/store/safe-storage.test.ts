import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from './constants';
import { fakeStorage } from './fake-storage';
import { createAppStore } from './store';
import { listUnreadableCopies, unreadableFileName } from './unreadable-copies';

const UNREADABLE = '{"state": {"progress": 42}, "version": 3, "padding": "' + 'x'.repeat(400) + '"}';
const keysOf = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i) as string);
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function hydrate(storage: () => Storage | undefined) {
  const store = createAppStore({ storage });
  await store.persist.rehydrate();
  await tick();
  return store;
}

describe('an unreadable value in a full storage', () => {
  it('is left untouched for the whole page load, and the notice says it could not be copied', async () => {
    // Room for small writes, not for a second copy of the value.
    const storage = fakeStorage({ [STORAGE_KEY]: UNREADABLE }, { quota: STORAGE_KEY.length + UNREADABLE.length + 100 });
    const store = await hydrate(() => storage);
    expect(store.getState().storageNotice).toEqual({
      kind: 'not-set-aside',
      key: STORAGE_KEY,
      reason: expect.stringContaining('state.progress'),
    });
    expect(store.getState().unwritableKey).toBe(STORAGE_KEY);

    store.getState().markComplete('what-is-docker');
    store.getState().recordVisit('what-is-docker');
    store.persist.rehydrate();
    await tick();
    expect(storage.getItem(STORAGE_KEY)).toBe(UNREADABLE);
    expect(keysOf(storage)).toEqual([STORAGE_KEY]);
    // The learner keeps working in memory.
    expect(store.getState().progress.reading).toHaveProperty('what-is-docker');
  });

  it('is copied aside when there is room, and the original key starts fresh', async () => {
    const storage = fakeStorage({ [STORAGE_KEY]: UNREADABLE }, { quota: 3 * UNREADABLE.length });
    const store = await hydrate(() => storage);
    const notice = store.getState().storageNotice;
    if (notice?.kind !== 'set-aside') throw new Error(`expected a copy, got ${JSON.stringify(notice)}`);
    expect(storage.getItem(notice.keptUnder)).toBe(UNREADABLE);
    store.getState().markComplete('what-is-docker');
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.progress.completed).toHaveProperty('what-is-docker');
    expect(listUnreadableCopies(storage)).toEqual([
      { key: notice.keptUnder, setAsideAt: notice.keptUnder.split(':unreadable:')[1], size: UNREADABLE.length },
    ]);
  });

  it('written by another tab after this one loaded, is set aside before this tab writes', async () => {
    const storage = fakeStorage();
    const store = await hydrate(() => storage);
    store.getState().markComplete('what-is-docker');
    storage.setItem(STORAGE_KEY, 'garbage');
    store.getState().markComplete('ecs-basics');
    await tick();
    await tick();
    const notice = store.getState().storageNotice;
    if (notice?.kind !== 'set-aside') throw new Error(`expected a copy, got ${JSON.stringify(notice)}`);
    expect(storage.getItem(notice.keptUnder)).toBe('garbage');
    expect(Object.keys(JSON.parse(storage.getItem(STORAGE_KEY)!).state.progress.completed).sort()).toEqual([
      'ecs-basics',
      'what-is-docker',
    ]);
  });
});

describe('no storage at all', () => {
  it.each([
    [
      'storage access throws SecurityError',
      () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    ],
    ['every write is refused', () => fakeStorage({}, { quota: 0 })],
  ])('%s: the store works in memory and says nothing will be kept', async (label, backend) => {
    const store = await hydrate(backend);
    expect(store.getState().hydrated).toBe(true);
    expect(store.getState().memoryOnly).toBe(label.includes('SecurityError') ? 'blocked' : 'write-failed');
    store.getState().markComplete('what-is-docker');
    expect(store.getState().progress.completed).toHaveProperty('what-is-docker');
  });

  it('a write refused later (quota reached) is reported; the last write that fitted stays and memory has all', async () => {
    const storage = fakeStorage({}, { quota: 400 });
    const store = await hydrate(() => storage);
    expect(store.getState().memoryOnly).toBeNull();
    store.getState().markComplete('what-is-docker');
    for (let i = 0; i < 20; i++) store.getState().markComplete(`lesson-${i}`);
    await tick();
    expect(store.getState().memoryOnly).toBe('write-failed');
    // The last write that fitted is still there and readable; memory has everything.
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).state.progress.completed).toHaveProperty('what-is-docker');
    expect(Object.keys(store.getState().progress.completed)).toHaveLength(21);
  });
});

describe('unreadable copies', () => {
  it('lists only set-aside copies, oldest first, and names their downloads by when they were set aside', () => {
    const storage = fakeStorage({
      'stevedore-progress:unreadable:2026-12-03T09:30:00.000Z': 'b',
      'stevedore-progress:unreadable:2026-11-01T08:00:00.000Z': 'aa',
      'stevedore-progress': '{}',
      'someone-else:unreadable:2026': 'c',
    });
    expect(listUnreadableCopies(storage).map((c) => [c.key, c.size])).toEqual([
      ['stevedore-progress:unreadable:2026-11-01T08:00:00.000Z', 2],
      ['stevedore-progress:unreadable:2026-12-03T09:30:00.000Z', 1],
    ]);
    expect(unreadableFileName('stevedore-progress:unreadable:2026-12-03T09:30:00.000Z')).toBe(
      'stevedore-progress-unreadable-2026-12-03T09-30-00.json',
    );
    expect(unreadableFileName('stevedore-progress', new Date('2026-12-03T10:00:00Z'))).toBe(
      'stevedore-progress-unreadable-2026-12-03T10-00-00.json',
    );
  });
});
