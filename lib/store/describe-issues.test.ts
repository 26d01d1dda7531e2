import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from './constants';
import { fakeStorage } from './fake-storage';
import { parseImport } from './import-progress';
import { keepKnown, leftOutNote } from './keep-known';
import { emptyQuizState } from './quiz-state';
import { readPersisted } from './read-persisted';
import { createAppStore } from './store';
import { pathText, valueText } from './describe-issues';

const good = { progress: { completed: {}, lastVisited: null, reading: {} }, quiz: emptyQuizState() };
const AT = '2026-11-01T10:00:00.000Z';
const attempt = {
  id: 'a1',
  mode: 'exam',
  seed: 1,
  startedAt: 1,
  finishedAt: null,
  limitMs: 60_000,
  questions: ['q-one'],
  answers: [null],
  flagged: [],
  current: 0,
};
const withQuiz = (quiz: object) => ({ ...good, quiz: { ...good.quiz, ...quiz } });
const withProgress = (progress: object) => ({ ...good, progress: { ...good.progress, ...progress } });
const file = (state: unknown, extra: object = {}) => JSON.stringify({ format: 'stevedore-progress', version: 3, state, ...extra });
const invalid = (...problems: string[]) => `some of it is not valid (${problems.join('; ')})`;

describe('every rejection names the field and what was expected', () => {
  it.each([
    ['an extra key', file({ ...good, extra: 1 }), invalid('state: has an unknown key "extra"')],
    ['two extra keys', file({ ...good, a: 1, b: 2 }), invalid('state: has unknown keys "a", "b"')],
    ['a number for an object', file({ ...good, progress: 5 }), invalid('state.progress: expected an object, got 5')],
    ['a missing part', file({ progress: good.progress }), invalid('state.quiz: is missing (expected an object)')],
    [
      'a bad lesson slug',
      file(withProgress({ completed: { 'Bad Slug': AT } })),
      invalid('state.progress.completed: the key "Bad Slug" must be a lesson slug'),
    ],
    [
      'a bad date',
      file(withProgress({ completed: { 'what-is-docker': 'yesterday' } })),
      invalid('state.progress.completed.what-is-docker: expected a date and time like 2026-11-01T10:00:00.000Z, got "yesterday"'),
    ],
    [
      'text for true/false',
      file(withQuiz({ history: [{ q: 'q-one', ok: 'yes', at: 1 }] })),
      invalid('state.quiz.history.0.ok: expected true or false, got "yes"'),
    ],
    [
      'an unknown mode',
      file(withQuiz({ attempts: [{ ...attempt, mode: 'quiz' }] })),
      invalid('state.quiz.attempts.0.mode: expected "practice" or "exam", got "quiz"'),
    ],
    [
      'an absurd exam time limit',
      file(withQuiz({ attempts: [{ ...attempt, limitMs: 1e15 }] })),
      invalid(
        'state.quiz.attempts.0.limitMs: must be at most 36000000 (600 minutes, the longest exam the practice page sets), got 1000000000000000',
      ),
    ],
    [
      'a zero exam time limit',
      file(withQuiz({ attempts: [{ ...attempt, limitMs: 0 }] })),
      invalid('state.quiz.attempts.0.limitMs: must be at least 60000 (1 minute), got 0'),
    ],
    [
      'an absurd time',
      file(withQuiz({ history: [{ q: 'q-one', ok: true, at: 1e300 }] })),
      invalid('state.quiz.history.0.at: must be a time in milliseconds since 1970, before the year 275760, got 1e+300'),
    ],
    [
      'a 300-character question id',
      file(withQuiz({ history: [{ q: 'a'.repeat(300), ok: true, at: 1 }] })),
      invalid('state.quiz.history.0.q: must be at most 200 characters long'),
    ],
    [
      'a long attempt id',
      file(withQuiz({ attempts: [{ ...attempt, id: 'x'.repeat(41) }] })),
      invalid('state.quiz.attempts.0.id: must be at most 40 characters long'),
    ],
    [
      'a long lesson slug',
      file(withProgress({ completed: { ['a'.repeat(201)]: AT } })),
      invalid(`state.progress.completed: the key "${'a'.repeat(40)}…" must be at most 200 characters long`),
    ],
    [
      'too many lessons',
      file(withProgress({ completed: Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`l${i}`, AT])) })),
      invalid('state.progress.completed: must have at most 1000 lessons'),
    ],
    [
      'too many answers in an attempt',
      file(withQuiz({ attempts: [{ ...attempt, answers: Array.from({ length: 201 }, () => null) }] })),
      invalid('state.quiz.attempts.0.answers: must have at most 200 items'),
    ],
    [
      'many problems',
      file(withQuiz({ history: [1, 2, 3, 4, 5] })),
      invalid(
        'state.quiz.history.0: expected an object, got 1',
        'state.quiz.history.1: expected an object, got 2',
        'state.quiz.history.2: expected an object, got 3',
        'and 2 more problems',
      ),
    ],
    [
      'an object as format',
      JSON.stringify({ format: {}, version: 3, state: good }),
      'it is not Stevedore progress ("format" should be "stevedore-progress", got an object)',
    ],
    [
      'a long foreign format',
      JSON.stringify({ format: 'x'.repeat(100), state: good }),
      `it is a "${'x'.repeat(40)}…" file, not Stevedore progress`,
    ],
    ['a foreign file without format', JSON.stringify({ name: 'my notes', items: [] }), 'it is not Stevedore progress ("state" is missing)'],
    [
      'a foreign state without format',
      JSON.stringify({ state: { foo: 1 }, version: 3 }),
      invalid(
        'state.progress: is missing (expected an object)',
        'state.quiz: is missing (expected an object)',
        'state: has an unknown key "foo"',
      ),
    ],
    [
      'a text version',
      JSON.stringify({ state: good, version: '3' }),
      'it is not Stevedore progress ("version" must be a whole number, got "3")',
    ],
    ['no version', JSON.stringify({ state: good }), 'it is not Stevedore progress ("version" is missing)'],
    ['a list', '[1,2]', 'it is not Stevedore progress (expected an object with "state" and "version", got a list of 2)'],
    ['not JSON', '{"state":', 'it is not valid JSON'],
    ['an empty file', '  ', 'the file is empty'],
  ])('%s', (_label, text, reason) => {
    expect(parseImport(text)).toEqual({ ok: false, reason });
    expect(reason).not.toMatch(/Invalid input/);
  });

  it('stored state is read with the same messages, and an unreadable one leaves nothing changed', async () => {
    const raw = JSON.stringify({ version: 3, state: { ...good, extra: 1 } });
    expect(readPersisted(raw, 3)).toEqual({ ok: false, reason: invalid('state: has an unknown key "extra"') });
    const storage = fakeStorage({ [STORAGE_KEY]: raw });
    const store = createAppStore({ storage: () => storage });
    await store.persist.rehydrate();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getState().storageNotice?.reason).toBe(invalid('state: has an unknown key "extra"'));
  });

  it('paths quote keys that are not plain words, and values are shown short', () => {
    expect(pathText('state', ['progress', 'completed', 'a b', 0])).toBe('state.progress.completed["a b"].0');
    expect(valueText('y'.repeat(50))).toBe(`"${'y'.repeat(40)}…"`);
    expect(valueText({})).toBe('an object');
    expect(valueText(null)).toBe('null');
  });
});

describe('an import keeps only what the course has', () => {
  const state = {
    progress: {
      completed: { 'what-is-docker': AT, 'gone-lesson': AT },
      lastVisited: { slug: 'gone-lesson', at: AT },
      reading: { 'gone-lesson': { section: null, at: AT } },
    },
    quiz: {
      attempts: [
        { ...attempt, id: 'kept', questions: ['q-one'] },
        { ...attempt, id: 'dropped', questions: ['q-one', 'q-gone'], answers: [null, null] },
      ],
      cards: {},
      history: [
        { q: 'q-one', ok: true, at: 1 },
        { q: 'q-gone', ok: false, at: 2 },
        { q: 'q-old', ok: true, at: 3 },
      ],
    },
  } as const;
  const known = { lessons: new Set(['what-is-docker']), questions: new Set(['q-one']) };

  it('drops unknown lessons and questions, with their answers, cards and sessions, and counts them', () => {
    const parsed = parseImport(file(state));
    if (!parsed.ok) throw new Error(parsed.reason);
    const { state: kept, leftOut } = keepKnown(parsed.state, known);
    expect(leftOut).toEqual({ lessons: 1, questions: 2, attempts: 1 });
    expect(kept.progress).toEqual({ completed: { 'what-is-docker': AT }, lastVisited: null, reading: {} });
    expect(kept.quiz.attempts.map((a) => a.id)).toEqual(['kept']);
    expect(kept.quiz.history.map((h) => h.q)).toEqual(['q-one']);
    expect(keepKnown(parsed.state, { ...known, questions: null }).leftOut).toEqual({ lessons: 1, questions: 0, attempts: 0 });
  });

  it.each([
    [{ lessons: 0, questions: 0, attempts: 0 }, ''],
    [{ lessons: 2, questions: 0, attempts: 0 }, ' (2 entries for lessons this course does not have left out)'],
    [
      { lessons: 1, questions: 1, attempts: 0 },
      ' (1 entry for lessons this course does not have and the answers and review cards for 1 question it does not have left out)',
    ],
    [
      { lessons: 0, questions: 3, attempts: 2 },
      ' (the answers and review cards for 3 questions it does not have and 2 sessions that asked them left out)',
    ],
  ])('%j → %j', (leftOut, note) => expect(leftOutNote(leftOut)).toBe(note));
});
