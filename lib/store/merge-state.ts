import type { Attempt } from './quiz-state-schema';
import { emptyQuizState, MAX_ATTEMPTS, MAX_HISTORY } from './quiz-state';
import type { PersistedState } from './schema';

/**
 * Merging what several tabs stored, entity by entity (a lesson's completion, its reading position,
 * an attempt, a review card, an answer), so that no tab's work replaces another's.
 *
 * `mergeWithBase(base, stored, local)` is a three-way merge: `base` is what this tab last read or
 * wrote, `stored` what is in storage now (other tabs may have written since), `local` this tab's
 * state. An entity only one side changed takes that side's value, a deletion included (a reset or
 * an undo in this tab removes what it had seen, never what another tab added since). When both
 * changed it, the newer state wins, and work beats a deletion. `mergeStates(a, b)` is the same with
 * nothing in common: a union, commutative and idempotent.
 */

/** Code-unit order, the same in every browser (localeCompare is not). */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A value's text with object keys sorted: equal values give equal text whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => compareText(a, b)))
      : v,
  );
}

const same = (a: unknown, b: unknown) => a === b || (a !== undefined && b !== undefined && canonical(a) === canonical(b));

/** Picks the newer of two states of one entity by `rank`; ties go to the larger text, so any order gives the same pick. */
function newerBy<V>(rank: (v: V) => readonly number[]) {
  return (a: V, b: V): V => {
    const [ra, rb] = [rank(a), rank(b)];
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! > rb[i]! ? a : b;
    return canonical(a) >= canonical(b) ? a : b;
  };
}

function mergeEntities<V>(base: Map<string, V>, stored: Map<string, V>, local: Map<string, V>, newer: (a: V, b: V) => V) {
  const out = new Map<string, V>();
  for (const key of new Set([...stored.keys(), ...local.keys()])) {
    const [b, s, l] = [base.get(key), stored.get(key), local.get(key)];
    const value = same(l, b) ? s : same(s, b) ? l : s === undefined ? l : l === undefined ? s : newer(s, l);
    if (value !== undefined) out.set(key, value);
  }
  return out;
}

const time = (iso: string) => Date.parse(iso) || 0;
const byAt = newerBy((v: { at: string }) => [time(v.at)]);
const answered = (a: Attempt) => a.answers.filter((x) => x !== null).length;

/** Each entity kind: how to list it by key, which state is newer, and how to put the list back. */
const kinds = {
  completed: {
    from: (s: PersistedState) => new Map(Object.entries(s.progress.completed)),
    newer: newerBy((at: string) => [time(at)]),
  },
  reading: {
    from: (s: PersistedState) => new Map(Object.entries(s.progress.reading)),
    newer: byAt,
  },
  lastVisited: {
    from: (s: PersistedState) => new Map(s.progress.lastVisited ? [['last', s.progress.lastVisited]] : []),
    newer: byAt,
  },
  attempts: {
    from: (s: PersistedState) => new Map(s.quiz.attempts.map((a) => [a.id, a])),
    // A finished attempt is further along than an open one, then the one with more answers.
    newer: newerBy((a: Attempt) => [a.finishedAt === null ? 0 : 1, answered(a), a.finishedAt ?? 0]),
  },
  cards: {
    from: (s: PersistedState) => new Map(Object.entries(s.quiz.cards)),
    newer: newerBy((c: PersistedState['quiz']['cards'][string]) => [c.lastReview ?? -1, c.reps]),
  },
  history: {
    from: (s: PersistedState) => new Map(s.quiz.history.map((h) => [`${h.at}:${h.q}`, h])),
    newer: newerBy(() => []),
  },
};

function mergeKind<K extends keyof typeof kinds>(kind: K, base: PersistedState, stored: PersistedState, local: PersistedState) {
  const { from, newer } = kinds[kind] as { from: (s: PersistedState) => Map<string, unknown>; newer: (a: unknown, b: unknown) => unknown };
  return mergeEntities(from(base), from(stored), from(local), newer) as ReturnType<(typeof kinds)[K]['from']>;
}

export const emptyPersistedState = (): PersistedState => ({
  progress: { completed: {}, lastVisited: null, reading: {} },
  quiz: emptyQuizState(),
});

export function mergeWithBase(base: PersistedState, stored: PersistedState, local: PersistedState): PersistedState {
  const attempts = [...mergeKind('attempts', base, stored, local).values()]
    .sort((a, b) => a.startedAt - b.startedAt || compareText(a.id, b.id))
    .slice(-MAX_ATTEMPTS);
  const history = [...mergeKind('history', base, stored, local).values()]
    .sort((a, b) => a.at - b.at || compareText(a.q, b.q))
    .slice(-MAX_HISTORY);
  return {
    progress: {
      completed: Object.fromEntries(mergeKind('completed', base, stored, local)),
      lastVisited: mergeKind('lastVisited', base, stored, local).get('last') ?? null,
      reading: Object.fromEntries(mergeKind('reading', base, stored, local)),
    },
    quiz: { attempts, cards: Object.fromEntries(mergeKind('cards', base, stored, local)), history },
  };
}

/** Two states with nothing in common: every entity either had, the newer state of each. */
export const mergeStates = (a: PersistedState, b: PersistedState) => mergeWithBase(emptyPersistedState(), a, b);
