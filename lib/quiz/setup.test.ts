import { describe, expect, it } from 'vitest';
import { attemptTitle, createAttempt, createFollowUp, followUpQuestions } from './attempt';
import { testBank, testIndex } from './fixtures';
import { answerHint } from './scoring';
import { lastResults, matchingQuestions } from './select';
import { parseWholeNumber, plural } from './setup-fields';

describe('practice setup fields', () => {
  it('pluralises counts', () => {
    expect(plural(1, 'question')).toBe('1 question');
    expect(plural(0, 'question')).toBe('0 questions');
    expect(plural(3, 'minute')).toBe('3 minutes');
  });

  it('refuses empty, zero, negative and fractional counts with a reason, instead of turning them into 1', () => {
    const limits = { min: 1, max: 200, what: 'questions' };
    expect(parseWholeNumber('12', limits)).toEqual({ ok: true, value: 12 });
    expect(parseWholeNumber('', limits)).toEqual({ ok: false, error: 'Enter the number of questions, from 1 to 200.' });
    expect(parseWholeNumber('0', limits)).toEqual({ ok: false, error: 'Choose at least 1 question; 0 is too few.' });
    expect(parseWholeNumber('-3', limits)).toEqual({ ok: false, error: 'Choose at least 1 question; -3 is too few.' });
    expect(parseWholeNumber('2.5', limits)).toMatchObject({ ok: false, error: expect.stringMatching(/whole number/) });
    expect(parseWholeNumber('999', limits)).toEqual({ ok: false, error: 'At most 200 questions.' });
  });

  it('one hint wording for every flow', () => {
    expect(answerHint(testIndex.questions.get('d1')!)).toBe('Choose an option first.');
    expect(answerHint(testIndex.questions.get('d3')!)).toBe('Choose 2 options first.');
  });
});

describe('choosing questions by the learner’s record', () => {
  const all = { lessons: new Set(testBank.lessons.map((l) => l.slug)), difficulties: new Set([1, 2, 3] as const) };
  // d1 was wrong then right; d2 right then wrong; f1 wrong.
  const results = lastResults([
    { q: 'd1', ok: false },
    { q: 'd2', ok: true },
    { q: 'd1', ok: true },
    { q: 'd2', ok: false },
    { q: 'f1', ok: false },
  ]);
  const ids = (history: 'all' | 'wrong' | 'new') => matchingQuestions(testBank.questions, { ...all, history, results }).map((q) => q.id);

  it('"only questions I got wrong" takes those whose latest answer was wrong', () => {
    expect(ids('wrong')).toEqual(['d2', 'f1']);
  });

  it('"only questions I have never answered" leaves out everything in the history', () => {
    expect(ids('new')).toEqual(['d3', 'v1', 'f2']);
    expect(ids('all')).toHaveLength(testBank.questions.length);
  });
});

describe('follow-ups from a finished attempt', () => {
  const exam = {
    ...createAttempt({ mode: 'exam', questions: ['d1', 'd3', 'f1', 'gone'], seed: 5, now: 1000, limitMs: 600_000 }),
    answers: [[0], [0, 2], null, [0]],
    flagged: [1, 2],
    finishedAt: 2000,
  };

  it('"Retake missed" takes the wrong and unanswered questions, in the same mode, with time for them', () => {
    expect(followUpQuestions(testIndex, exam, 'missed')).toEqual(['f1']);
    expect(createFollowUp(testIndex, exam, 'missed', { seed: 9, now: 3000 })).toMatchObject({
      mode: 'exam',
      questions: ['f1'],
      limitMs: 2 * 60_000,
      finishedAt: null,
    });
  });

  it('"Review flagged" takes the flagged questions in practice mode; nothing flagged gives nothing', () => {
    expect(createFollowUp(testIndex, exam, 'flagged', { seed: 9, now: 3000 })).toMatchObject({
      mode: 'practice',
      questions: ['d3', 'f1'],
      limitMs: null,
    });
    expect(createFollowUp(testIndex, { ...exam, flagged: [] }, 'flagged', { seed: 9, now: 3000 })).toBeNull();
  });
});

describe('an exam preset attempt', () => {
  const base = { questions: ['d1'], seed: 1, now: 1000, limitMs: 60_000 };

  it('keeps its exam code in exam mode only, and is named after it', () => {
    const preset = createAttempt({ ...base, mode: 'exam', exam: 'SAA-C03' });
    expect(preset.exam).toBe('SAA-C03');
    expect(attemptTitle(preset)).toBe('SAA-C03 preset exam');
    const practice = createAttempt({ ...base, mode: 'practice', exam: 'SAA-C03' });
    expect('exam' in practice).toBe(false);
    expect(attemptTitle(practice)).toBe('Practice');
    expect(attemptTitle(createAttempt({ ...base, mode: 'exam' }))).toBe('Exam');
  });

  it('"Retake missed" from a preset is a plain exam: not the preset’s length or pass line', () => {
    const preset = { ...createAttempt({ ...base, mode: 'exam', exam: 'SAA-C03' }), answers: [null], finishedAt: 2000 };
    expect(createFollowUp(testIndex, preset, 'missed', { seed: 2, now: 3000 })).not.toHaveProperty('exam');
  });
});
