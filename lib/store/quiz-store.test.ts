import { describe, expect, it } from 'vitest';
import { fakeStorage } from './fake-storage';
import { reviewCard } from '@/lib/quiz/review-schedule';
import { STORAGE_KEY, STORE_VERSION } from './constants';
import { parseImport } from './import-progress';
import type { Attempt } from './quiz-state-schema';
import { emptyQuizState, MAX_ATTEMPTS, MAX_HISTORY } from './quiz-state';
import { MIGRATIONS, readPersisted } from './read-persisted';
import { createAppStore } from './store';
import { exportProgress } from './transfer';

const v1Progress = {
  completed: { 'what-is-docker': '2026-11-01T10:00:00.000Z' },
  lastVisited: { slug: 'what-is-docker', at: '2026-11-01T10:00:00.000Z' },
};
/** v1Progress after the 2 → 3 migration: the lesson opened last is in progress, at its top. */
const v3Progress = { ...v1Progress, reading: { 'what-is-docker': { section: null, at: '2026-11-01T10:00:00.000Z' } } };
const v1Blob = JSON.stringify({ state: { progress: v1Progress }, version: 1 });
const NOW = Date.UTC(2026, 10, 27, 10);

const attempt = (id: string, extra: Partial<Attempt> = {}): Attempt => ({
  id,
  mode: 'exam',
  seed: 42,
  startedAt: NOW,
  finishedAt: null,
  limitMs: 60_000,
  questions: ['docker-kernel-sharing', 'docker-image-contents'],
  answers: [null, null],
  flagged: [],
  current: 0,
  ...extra,
});

async function hydrate(storage: Storage) {
  const store = createAppStore({ storage: () => storage });
  await store.persist.rehydrate();
  return store;
}

describe('store version 2: quiz state', () => {
  it('has a real 1 → 2 migration', () => {
    expect(MIGRATIONS[1]?.({ progress: v1Progress })).toEqual({ progress: v1Progress, quiz: emptyQuizState() });
    expect(() => MIGRATIONS[1]?.('nonsense')).toThrow(/not an object/);
  });

  it('migrates a version-1 blob in storage: progress kept, quiz state empty, saved back at the current version', async () => {
    const storage = fakeStorage({ [STORAGE_KEY]: v1Blob });
    const store = await hydrate(storage);
    expect(store.getState().storageNotice).toBeNull();
    expect(store.getState().progress).toEqual(v3Progress);
    expect(store.getState().quiz).toEqual(emptyQuizState());
    store.getState().recordReviews([{ id: 'docker-kernel-sharing', ok: false, at: NOW, card: reviewCard(undefined, false, NOW) }]);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!);
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.state.progress).toEqual(v3Progress);
    expect(saved.state.quiz.history).toEqual([{ q: 'docker-kernel-sharing', ok: false, at: NOW }]);
    expect(Object.keys(saved.state.quiz.cards)).toEqual(['docker-kernel-sharing']);
  });

  it('restores attempts and cards after a reload', async () => {
    const storage = fakeStorage();
    const first = await hydrate(storage);
    first.getState().startAttempt(attempt('a1'));
    first.getState().answerQuestion('a1', 1, [0, 2]);
    first.getState().toggleFlag('a1', 0);
    const second = await hydrate(storage);
    expect(second.getState().quiz.attempts).toEqual([attempt('a1', { answers: [null, [0, 2]], flagged: [0] })]);
  });

  it('imports a version-1 export through the migration', () => {
    const v1Export = JSON.stringify({
      format: 'stevedore-progress',
      exportedAt: '2026-11-20T00:00:00.000Z',
      version: 1,
      state: { progress: v1Progress },
    });
    expect(parseImport(v1Export)).toEqual({ ok: true, state: { progress: v3Progress, quiz: emptyQuizState() }, migratedFrom: 1 });
  });

  it('round-trips quiz data through export and import', () => {
    const quiz = {
      attempts: [attempt('a1', { finishedAt: NOW + 30_000, answers: [[1], null], flagged: [1] })],
      cards: { 'docker-kernel-sharing': reviewCard(undefined, true, NOW) },
      history: [{ q: 'docker-kernel-sharing', ok: true, at: NOW }],
    };
    const state = { progress: v3Progress, quiz };
    expect(parseImport(exportProgress(state))).toEqual({ ok: true, state });
  });

  it('keeps an exam preset’s code with its attempt; attempts saved without one stay valid; a malformed code is refused', async () => {
    const storage = fakeStorage();
    const first = await hydrate(storage);
    first.getState().startAttempt(attempt('a1', { exam: 'SAA-C03' }));
    expect((await hydrate(storage)).getState().quiz.attempts[0]?.exam).toBe('SAA-C03');
    const state = (exam?: string) => ({
      progress: v3Progress,
      quiz: { ...emptyQuizState(), attempts: [attempt('a1', exam ? { exam } : {})] },
    });
    expect(readPersisted(JSON.stringify({ version: STORE_VERSION, state: state() }), STORE_VERSION).ok).toBe(true);
    const bad = readPersisted(JSON.stringify({ version: STORE_VERSION, state: state('<b>') }), STORE_VERSION);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/state\.quiz\.attempts\.0\.exam/);
  });

  it('rejects stored answers that are not option indexes', () => {
    const bad = {
      progress: v3Progress,
      quiz: { ...emptyQuizState(), attempts: [attempt('a1', { answers: [['a'] as unknown as number[], null] })] },
    };
    const result = readPersisted(JSON.stringify({ version: STORE_VERSION, state: bad }), STORE_VERSION);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(/state\.quiz\.attempts\.0\.answers/);
  });
});

describe('quiz slice', () => {
  it('keeps history and attempts bounded', async () => {
    const store = await hydrate(fakeStorage());
    const entries = Array.from({ length: MAX_HISTORY + 5 }, (_, i) => ({
      id: 'q',
      ok: true,
      at: NOW + i,
      card: reviewCard(undefined, true, NOW),
    }));
    store.getState().recordReviews(entries);
    expect(store.getState().quiz.history).toHaveLength(MAX_HISTORY);
    expect(store.getState().quiz.history[0]?.at).toBe(NOW + 5);
    for (let i = 0; i < MAX_ATTEMPTS + 3; i++) {
      store.getState().startAttempt(attempt(`a${i}`, { answers: [[0], null] }));
    }
    const { attempts } = store.getState().quiz;
    expect(attempts).toHaveLength(MAX_ATTEMPTS);
    expect(attempts.at(-1)?.id).toBe(`a${MAX_ATTEMPTS + 2}`);
    // Starting a new attempt ended the previous one.
    expect(attempts.filter((a) => a.finishedAt === null).map((a) => a.id)).toEqual([`a${MAX_ATTEMPTS + 2}`]);
  });

  it('drops an untouched unfinished attempt when another starts, and never changes a finished one', async () => {
    const store = await hydrate(fakeStorage());
    store.getState().startAttempt(attempt('empty'));
    store.getState().startAttempt(attempt('next'));
    expect(store.getState().quiz.attempts.map((a) => a.id)).toEqual(['next']);
    store.getState().finishAttempt('next', NOW + 1000);
    store.getState().answerQuestion('next', 0, [1]);
    expect(store.getState().quiz.attempts[0]).toMatchObject({ finishedAt: NOW + 1000, answers: [null, null] });
  });

  it('undoes the last review: the card and the history entry', async () => {
    const store = await hydrate(fakeStorage());
    const before = reviewCard(undefined, true, NOW);
    store.getState().recordReviews([{ id: 'q1', ok: true, at: NOW, card: before }]);
    store.getState().recordReviews([{ id: 'q1', ok: false, at: NOW + 1, card: reviewCard(before, false, NOW + 1) }], { undoable: true });
    store.getState().recordReviews([{ id: 'q2', ok: false, at: NOW + 2, card: reviewCard(undefined, false, NOW + 2) }], { undoable: true });
    store.getState().undoLastReview();
    expect(store.getState().quiz.cards).toEqual({ q1: reviewCard(before, false, NOW + 1) });
    expect(store.getState().quiz.history.map((h) => h.q)).toEqual(['q1', 'q1']);
    expect(store.getState().reviewUndo).toBeNull();
  });
});
