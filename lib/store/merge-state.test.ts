import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewCard } from '@/lib/quiz/review-schedule';
import { STORAGE_KEY } from './constants';
import { fakeStorage } from './fake-storage';
import { canonical, emptyPersistedState, mergeStates, mergeWithBase } from './merge-state';
import type { Attempt } from './quiz-state-schema';
import type { PersistedState } from './schema';
import { createAppStore } from './store';

const NOW = Date.UTC(2026, 11, 3, 9);
const iso = (ms: number) => new Date(ms).toISOString();

// Small pools of keys, so that generated states often share entities.
const slug = fc.constantFrom('what-is-docker', 'docker-vs-virtual-machines', 'ecs-basics', 'fargate');
const question = fc.constantFrom('q-one', 'q-two', 'q-three', 'q-four');
const at = fc.integer({ min: NOW - 1e9, max: NOW });

const attemptArb = fc.record({
  id: fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5'),
  startedAt: at,
  finished: fc.boolean(),
  answers: fc.array(fc.option(fc.constantFrom<number[]>([0], [1], [0, 2]), { nil: null }), { minLength: 2, maxLength: 2 }),
});

const stateArb: fc.Arbitrary<PersistedState> = fc
  .record({
    completed: fc.dictionary(slug, at.map(iso)),
    reading: fc.dictionary(
      slug,
      fc.record({ section: fc.option(fc.constantFrom('intro', 'why-it-matters'), { nil: null }), at: at.map(iso) }),
    ),
    lastVisited: fc.option(fc.record({ slug, at: at.map(iso) }), { nil: null }),
    attempts: fc.uniqueArray(attemptArb, { selector: (a) => a.id, maxLength: 5 }),
    cards: fc.dictionary(
      question,
      fc.tuple(fc.boolean(), at).map(([ok, t]) => reviewCard(undefined, ok, t)),
    ),
    history: fc.uniqueArray(fc.record({ q: question, ok: fc.boolean(), at }), { selector: (h) => `${h.at}:${h.q}`, maxLength: 8 }),
  })
  .map((s) => ({
    progress: { completed: s.completed, lastVisited: s.lastVisited, reading: s.reading },
    quiz: {
      attempts: s.attempts.map((a): Attempt => ({
        id: a.id,
        mode: 'exam',
        seed: 1,
        startedAt: a.startedAt,
        finishedAt: a.finished ? a.startedAt + 1000 : null,
        limitMs: 60_000,
        questions: ['q-one', 'q-two'],
        answers: a.answers,
        flagged: [],
        current: 0,
      })),
      cards: s.cards,
      history: s.history,
    },
  }));

/** Every entity of a state by kind and key, as text: equal when the states hold the same entities. */
function entities(s: PersistedState) {
  const keys = (o: object) => Object.keys(o).sort();
  return {
    completed: keys(s.progress.completed),
    reading: keys(s.progress.reading),
    lastVisited: s.progress.lastVisited ? [s.progress.lastVisited.at] : [],
    attempts: s.quiz.attempts.map((a) => a.id).sort(),
    cards: keys(s.quiz.cards),
    history: s.quiz.history.map((h) => `${h.at}:${h.q}`).sort(),
  };
}

describe('merging two tabs’ states', () => {
  it('is commutative: either order gives the same state', () => {
    fc.assert(fc.property(stateArb, stateArb, (a, b) => canonical(mergeStates(a, b)) === canonical(mergeStates(b, a))));
  });

  it('is idempotent: merging a state with itself, or a merge with either side again, changes nothing', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        expect(entities(mergeStates(a, a))).toEqual(entities(a));
        const ab = mergeStates(a, b);
        expect(canonical(mergeStates(ab, b))).toBe(canonical(ab));
        expect(canonical(mergeStates(a, ab))).toBe(canonical(ab));
      }),
    );
  });

  it('never drops an entity either side had (the newest lastVisited stands for both)', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (a, b) => {
        const merged = entities(mergeStates(a, b));
        const [ea, eb] = [entities(a), entities(b)];
        for (const kind of ['completed', 'reading', 'attempts', 'cards', 'history'] as const) {
          expect(merged[kind]).toEqual([...new Set([...ea[kind], ...eb[kind]])].sort());
        }
        expect(merged.lastVisited.length).toBe(ea.lastVisited.length || eb.lastVisited.length ? 1 : 0);
      }),
    );
  });

  it('keeps the newer state of an entity both sides have', () => {
    const older = { ...emptyPersistedState() };
    older.quiz = { ...older.quiz, cards: { 'q-one': reviewCard(undefined, true, NOW - 1000) } };
    const newer = { ...emptyPersistedState() };
    newer.quiz = { ...newer.quiz, cards: { 'q-one': reviewCard(reviewCard(undefined, true, NOW - 1000), false, NOW) } };
    expect(mergeStates(older, newer).quiz.cards['q-one']).toEqual(newer.quiz.cards['q-one']);
    expect(mergeStates(newer, older).quiz.cards['q-one']).toEqual(newer.quiz.cards['q-one']);
  });

  it('with a common base: this tab’s deletions and undos apply, another tab’s new work stays', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (base, theirs) => {
        // This tab reset everything it had; the other tab, since, added `theirs` to the base.
        const stored = mergeStates(base, theirs);
        const merged = mergeWithBase(base, stored, emptyPersistedState());
        const e = entities(merged);
        const [eb, et] = [entities(base), entities(theirs)];
        for (const kind of ['completed', 'attempts', 'cards', 'history'] as const) {
          // What is left is the other tab's, and every entity the other tab changed or added is left.
          for (const key of e[kind]) expect(et[kind]).toContain(key);
          for (const key of et[kind].filter((k) => !eb[kind].includes(k))) expect(e[kind]).toContain(key);
        }
      }),
    );
  });

  it('an undone review in this tab goes back to the previous card even though it is older', () => {
    const first = reviewCard(undefined, true, NOW - 1000);
    const second = reviewCard(first, false, NOW);
    const withCard = (card: typeof first): PersistedState => ({
      ...emptyPersistedState(),
      quiz: { attempts: [], cards: { 'q-one': card }, history: [] },
    });
    expect(mergeWithBase(withCard(second), withCard(second), withCard(first)).quiz.cards['q-one']).toEqual(first);
  });
});

describe('two tabs on one storage', () => {
  async function tab(storage: Storage) {
    const store = createAppStore({ storage: () => storage });
    await store.persist.rehydrate();
    return store;
  }
  const attempt = (id: string, startedAt: number): Attempt => ({
    id,
    mode: 'practice',
    seed: 7,
    startedAt,
    finishedAt: null,
    limitMs: null,
    questions: ['q-one', 'q-two'],
    answers: [null, null],
    flagged: [],
    current: 0,
  });
  const stored = (storage: Storage): PersistedState => JSON.parse(storage.getItem(STORAGE_KEY)!).state;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('both write before either hears the other: storage and, once told, both tabs have all the work', async () => {
    const storage = fakeStorage();
    const [a, b] = [await tab(storage), await tab(storage)];
    a.getState().markComplete('what-is-docker', new Date(NOW));
    a.getState().recordReviews([{ id: 'q-one', ok: true, at: NOW, card: reviewCard(undefined, true, NOW) }]);
    b.getState().markComplete('ecs-basics', new Date(NOW + 1));
    b.getState().startAttempt(attempt('b1', NOW + 2));
    b.getState().answerQuestion('b1', 0, [1]);
    await tick();
    expect(Object.keys(stored(storage).progress.completed).sort()).toEqual(['ecs-basics', 'what-is-docker']);
    expect(stored(storage).quiz.history.map((h) => h.q)).toEqual(['q-one']);
    expect(stored(storage).quiz.attempts[0]?.answers).toEqual([[1], null]);

    a.syncWithOtherTabs(); // the storage event
    await tick();
    expect(Object.keys(a.getState().progress.completed).sort()).toEqual(['ecs-basics', 'what-is-docker']);
    expect(a.getState().quiz.attempts.map((x) => x.id)).toEqual(['b1']);
    expect(Object.keys(a.getState().quiz.cards)).toEqual(['q-one']);
  });

  it('a reset in one tab clears what it had seen, and keeps what the other tab did since', async () => {
    const storage = fakeStorage();
    const a = await tab(storage);
    a.getState().markComplete('what-is-docker', new Date(NOW));
    const b = await tab(storage);
    b.getState().markComplete('ecs-basics', new Date(NOW + 1));
    a.getState().resetProgress();
    await tick();
    expect(Object.keys(stored(storage).progress.completed)).toEqual(['ecs-basics']);
    b.getState().markIncomplete('ecs-basics');
    await tick();
    expect(stored(storage).progress.completed).toEqual({});
  });
});
