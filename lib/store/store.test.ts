import { describe, expect, it } from 'vitest';
import { fakeStorage } from './fake-storage';
import { createAppStore } from './store';
import { STORAGE_KEY, STORE_VERSION } from './schema';
import { MIGRATIONS, readPersisted } from './read-persisted';
import { emptyQuizState } from './quiz-state';
import { parseImport } from './import-progress';
import { exportProgress } from './transfer';

const validV1 = JSON.stringify({
  state: {
    progress: {
      completed: { 'what-is-docker': '2026-11-01T10:00:00.000Z' },
      lastVisited: { slug: 'what-is-docker', at: '2026-11-01T10:00:00.000Z' },
    },
  },
  version: 1,
});

async function hydrate(storage: Storage, options: Partial<Parameters<typeof createAppStore>[0]> = {}) {
  const store = createAppStore({ storage: () => storage, ...options });
  await store.persist.rehydrate();
  return store;
}

const keysOf = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i) as string);

describe('progress store', () => {
  it('starts empty and hydrated when nothing is stored', async () => {
    const store = await hydrate(fakeStorage());
    expect(store.getState().hydrated).toBe(true);
    expect(store.getState().progress.completed).toEqual({});
    expect(store.getState().storageNotice).toBeNull();
  });

  it('restores saved progress and writes changes back with the version', async () => {
    const storage = fakeStorage({ [STORAGE_KEY]: validV1 });
    const store = await hydrate(storage);
    expect(Object.keys(store.getState().progress.completed)).toEqual(['what-is-docker']);
    store.getState().markComplete('docker-vs-virtual-machines', new Date('2026-11-02T00:00:00Z'));
    const saved = JSON.parse(storage.getItem(STORAGE_KEY) as string);
    expect(saved.version).toBe(STORE_VERSION);
    expect(Object.keys(saved.state.progress.completed)).toEqual(['what-is-docker', 'docker-vs-virtual-machines']);
    expect(saved.state).not.toHaveProperty('hydrated');
  });

  it.each([
    ['not JSON', '{"state": {', /not valid JSON/],
    ['the wrong shape', JSON.stringify({ state: { progress: { completed: ['a'] } }, version: 1 }), /not valid/],
    ['a bad date', JSON.stringify({ state: { progress: { completed: { a: 'yesterday' }, lastVisited: null } }, version: 1 }), /completed/],
    ['a newer format', JSON.stringify({ state: {}, version: 99 }), /newer Stevedore/],
  ])('sets aside %s instead of wiping it, and says so', async (_label, raw, reason) => {
    const storage = fakeStorage({ [STORAGE_KEY]: raw });
    const store = await hydrate(storage);
    const notice = store.getState().storageNotice;
    expect(notice?.reason).toMatch(reason);
    if (notice?.kind !== 'set-aside') throw new Error(`expected the value set aside, got ${JSON.stringify(notice)}`);
    expect(storage.getItem(notice.keptUnder)).toBe(raw);
    expect(store.getState().progress.completed).toEqual({});
    // Working on afterwards does not touch the kept copy.
    store.getState().markComplete('what-is-docker');
    expect(storage.getItem(notice.keptUnder)).toBe(raw);
    expect(keysOf(storage)).toHaveLength(2);
  });

  it('migrates an older version step by step before validating', async () => {
    // A hypothetical version 1 that stored completion as a list, and its migration to the current shape.
    const migrations = {
      1: (v1: unknown) => {
        const { done } = v1 as { done: string[] };
        return {
          progress: {
            completed: Object.fromEntries(done.map((slug) => [slug, '2026-01-01T00:00:00.000Z'])),
            lastVisited: null,
            reading: {},
          },
          quiz: emptyQuizState(),
        };
      },
    };
    const storage = fakeStorage({ [STORAGE_KEY]: JSON.stringify({ state: { done: ['what-is-docker'] }, version: 1 }) });
    const store = await hydrate(storage, { version: 2, migrations });
    expect(store.getState().progress.completed).toEqual({ 'what-is-docker': '2026-01-01T00:00:00.000Z' });
    expect(store.getState().storageNotice).toBeNull();
    store.getState().recordVisit('what-is-docker');
    expect(JSON.parse(storage.getItem(STORAGE_KEY) as string).version).toBe(2);
  });

  it('sets aside a value whose migration fails', async () => {
    const migrations = {
      1: () => {
        throw new Error('boom');
      },
    };
    const storage = fakeStorage({ [STORAGE_KEY]: validV1 });
    const store = await hydrate(storage, { version: 2, migrations });
    expect(store.getState().storageNotice?.reason).toMatch(/migrating from version 1 failed: boom/);
  });
});

describe('store version 3: reading positions', () => {
  const at = '2026-11-01T10:00:00.000Z';
  const v2 = { progress: { completed: {}, lastVisited: { slug: 'docker-vs-virtual-machines', at } }, quiz: emptyQuizState() };

  it('is version 3; the 2 → 3 migration makes the lesson opened last "in progress" at its top', () => {
    expect(STORE_VERSION).toBe(3);
    expect(MIGRATIONS[2]?.(v2)).toEqual({
      ...v2,
      progress: { ...v2.progress, reading: { 'docker-vs-virtual-machines': { section: null, at } } },
    });
    expect(MIGRATIONS[2]?.({ ...v2, progress: { completed: {}, lastVisited: null } })).toEqual({
      ...v2,
      progress: { completed: {}, lastVisited: null, reading: {} },
    });
    expect(() => MIGRATIONS[2]?.({ quiz: emptyQuizState() })).toThrow(/no lesson progress/);
  });

  it('migrates a stored version-2 blob and then keeps the section per lesson across a reload', async () => {
    const storage = fakeStorage({ [STORAGE_KEY]: JSON.stringify({ state: v2, version: 2 }) });
    const store = await hydrate(storage);
    expect(store.getState().storageNotice).toBeNull();
    expect(store.getState().progress.reading).toEqual({ 'docker-vs-virtual-machines': { section: null, at } });
    store.getState().recordVisit('what-is-docker', new Date(at));
    store.getState().recordSection('what-is-docker', 'why-it-matters', new Date(at));
    store.getState().recordVisit('what-is-docker');
    const again = await hydrate(storage);
    expect(again.getState().progress.reading['what-is-docker']?.section).toBe('why-it-matters');
    expect(again.getState().progress.reading['docker-vs-virtual-machines']?.section).toBeNull();
    expect(JSON.parse(storage.getItem(STORAGE_KEY) as string).version).toBe(3);
  });

  it('refuses a section that is not a heading id', () => {
    const state = {
      progress: { completed: {}, lastVisited: null, reading: { 'what-is-docker': { section: '"><script>', at } } },
      quiz: emptyQuizState(),
    };
    const result = readPersisted(JSON.stringify({ state, version: 3 }), 3);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/state\.progress\.reading\.what-is-docker\.section/);
  });
});

describe('export and import', () => {
  const state = {
    progress: { completed: { 'what-is-docker': '2026-11-01T10:00:00.000Z' }, lastVisited: null, reading: {} },
    quiz: emptyQuizState(),
  };

  it('round-trips an export', () => {
    const result = parseImport(exportProgress(state, new Date('2026-11-27T00:00:00Z')));
    expect(result).toEqual({ ok: true, state });
  });

  it.each([
    ['', /empty/],
    ['hello', /not valid JSON/],
    [JSON.stringify({ format: 'something-else', version: 1, state }), /"something-else" file/],
    [JSON.stringify({ version: 1 }), /not Stevedore progress/],
    [
      JSON.stringify({ version: 1, state: { progress: { completed: { 'Bad Slug': '2026-11-01T10:00:00.000Z' }, lastVisited: null } } }),
      /state\.progress\.completed/,
    ],
    [
      JSON.stringify({ version: 2, state: { ...state, quiz: { ...emptyQuizState(), history: [{ q: 'x', ok: 'yes', at: 1 }] } } }),
      /state\.quiz\.history\.0\.ok/,
    ],
  ])('rejects %j with a reason', (text, reason) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });
});
