import { describe, expect, it } from 'vitest';
import { crossReference, keyLengthStats, shownLength } from './bank-audit';
import { q } from './fixtures';

const withOptions = (id: string, texts: [string, ...string[]], kind: 'single' | 'multiple' = 'single') =>
  q(id, 'l', 'm', { kind, options: texts.map((text, i) => ({ text, correct: i === 0 || (kind === 'multiple' && i === 1), why: 'w' })) });

describe('key length statistic', () => {
  it('measures what the learner sees: backticks and emphasis do not count', () => {
    expect(shownLength('`awsvpc` **only**')).toBe('awsvpc only'.length);
  });

  it('counts single-answer questions whose key is the longest, ties included, and the key-to-distractor ratio', () => {
    const stats = keyLengthStats([
      withOptions('longest', ['a much longer key', 'short', 'tiny']),
      withOptions('tie', ['same length', 'equal words', 'x']),
      withOptions('shorter', ['key', 'a longer distractor', 'mid one']),
      withOptions('multi', ['a very very long key here', 'b', 'also long key c', 'd'], 'multiple'),
    ]);
    expect(stats).toMatchObject({ single: 3, keyLongest: 2, share: 2 / 3 });
    expect(stats.ratios.map((r) => r.id)).toEqual(['longest', 'tie', 'shorter']);
    expect(stats.ratios[0]?.ratio).toBeCloseTo(17 / 5);
    expect(stats.ratios[1]?.ratio).toBe(1);
  });

  it('is 0 for a bank without single-answer questions', () => {
    expect(keyLengthStats([]).share).toBe(0);
  });
});

describe('questions that lean on another one', () => {
  const stem = (question: string, why = 'Because.') =>
    crossReference({
      question,
      options: [
        { text: 'A', correct: true, why },
        { text: 'B', correct: false, why: 'No.' },
      ],
    });

  it.each([
    ['In the previous scenario, the team adds a second service. What changes?', 'previous scenario'],
    ['Using the same cluster as before, which setting applies?', 'same cluster as before'],
    ['Later, the team moves the service to Fargate. What must change?', 'Later'],
    ['As in the question above, a task fails to start. Why?', 'question above'],
    ['The team from earlier now wants HTTPS. What do they add?', 'team from earlier'],
  ])('flags %j', (question, phrase) => {
    expect(stem(question)).toBe(phrase);
  });

  it('flags an explanation that points at another question', () => {
    expect(stem('Which network mode gives each task its own ENI?', 'As the previous question showed, awsvpc does.')).toBe(
      'previous question',
    );
  });

  it.each([
    'A team runs two services on the same cluster. Which one scales first?',
    'After the deployment, the previous task definition revision is still ACTIVE. What happens to it?',
    'Existing customers continue as before. Which statement is true for new ones?',
  ])('lets %j through', (question) => {
    expect(stem(question)).toBeNull();
  });
});
