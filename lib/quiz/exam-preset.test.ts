import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexBank, type BankQuestion } from './bank';
import { defaultExam, scoreByDomain } from './domain-stats';
import { allocate, drawDomain, drawPreset, planPreset } from './exam-preset';
import { EXAMS, examByCode, passPercent, tagProblem } from './exams';
import { q, testIndex } from './fixtures';

const SAA = examByCode('SAA-C03')!;
const DOP = examByCode('DOP-C02')!;

/** `n` questions per tag, ids like "secure-3". */
function bankOf(counts: Record<string, number>, extra: Partial<BankQuestion> = {}): BankQuestion[] {
  return Object.entries(counts).flatMap(([tag, n]) =>
    Array.from({ length: n }, (_, i) =>
      q(`${tag.split('/')[1]}-${tag.split('/')[0]!.toLowerCase()}-${i}`, 'l', 'm', { exams: [tag], ...extra }),
    ),
  );
}

describe('the exam registry', () => {
  it('has domain weights that add up to 100 for every exam, and a pass line as a share of questions', () => {
    for (const exam of EXAMS)
      expect(
        exam.domains.reduce((sum, d) => sum + d.weight, 0),
        exam.code,
      ).toBe(100);
    expect(passPercent(SAA)).toBe(72);
    expect(passPercent(DOP)).toBe(75);
  });

  it('explains a bad tag by what would be right', () => {
    expect(tagProblem('SAA-C03/secure')).toBeNull();
    expect(tagProblem('SAA-C03/security')).toMatch(/unknown domain "security" of SAA-C03; use one of SAA-C03\/secure/);
    expect(tagProblem('SOA-C02/monitoring')).toMatch(/unknown exam domain "SOA-C02\/monitoring".*SOA-C03/);
    expect(tagProblem('resilient')).toMatch(/write EXAM\/domain/);
  });
});

describe('sharing a preset out by domain weight', () => {
  it('follows the weights when the bank has room: SAA-C03 65 = 30/26/24/20 %, each within one question of its quota', () => {
    const counts = allocate([30, 26, 24, 20], [99, 99, 99, 99], 65);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(65);
    [19.5, 16.9, 15.6, 13].forEach((quota, i) => expect(Math.abs(counts[i]! - quota)).toBeLessThan(1));
  });

  it('gives a domain with too few questions all it has and shares the rest out by weight', () => {
    // DOP-C02 with only 7 configuration-management questions: the other five domains take the 6 left over.
    const counts = allocate([22, 17, 15, 15, 14, 17], [30, 7, 30, 30, 30, 30], 75);
    expect(counts[1]).toBe(7);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(75);
    for (const i of [0, 2, 3, 4, 5]) expect(counts[i]!).toBeGreaterThanOrEqual(Math.floor(([22, 17, 15, 15, 14, 17][i]! * 75) / 100));
  });

  it('properties: fills exactly min(total, room), never over a capacity, each share with room stays at or above its quota floor', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ weight: fc.integer({ min: 1, max: 40 }), capacity: fc.integer({ min: 0, max: 40 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 120 }),
        (shares, total) => {
          const weights = shares.map((s) => s.weight);
          const capacities = shares.map((s) => s.capacity);
          const counts = allocate(weights, capacities, total);
          const room = capacities.reduce((a, b) => a + b, 0);
          const filled = Math.min(total, room);
          expect(counts.reduce((a, b) => a + b, 0)).toBe(filled);
          const sum = weights.reduce((a, b) => a + b, 0);
          counts.forEach((c, i) => {
            expect(c).toBeLessThanOrEqual(capacities[i]!);
            if (c < capacities[i]!) expect(c).toBeGreaterThanOrEqual(Math.floor((weights[i]! * filled) / sum));
          });
          if (capacities.every((cap, i) => cap >= Math.ceil((weights[i]! * filled) / sum))) {
            counts.forEach((c, i) => expect(Math.abs(c - (weights[i]! * filled) / sum)).toBeLessThan(1));
          }
        },
      ),
    );
  });
});

describe('an exam preset', () => {
  const bank = [
    ...bankOf({ 'SAA-C03/secure': 30, 'SAA-C03/resilient': 30, 'SAA-C03/performant': 30, 'SAA-C03/cost': 30 }),
    ...bankOf({ 'DVA-C02/deployment': 10 }),
  ];

  it('has the official length, time and pass line, and draws only questions tagged for the exam, by weight', () => {
    const plan = planPreset(bank, SAA);
    expect(plan).toMatchObject({ pool: 120, length: 65, capped: false, minutes: 130, passPercent: 72 });
    const ids = drawPreset(bank, plan, 7);
    expect(ids).toHaveLength(65);
    expect(new Set(ids).size).toBe(65);
    const index = indexBank({ modules: [], lessons: [], questions: bank });
    const drawn = plan.domains.map((d) => ids.filter((id) => drawDomain(index.questions.get(id)!, SAA) === d.key).length);
    expect(drawn).toEqual(plan.domains.map((d) => d.count));
    expect(ids.every((id) => index.questions.get(id)!.exams[0]!.startsWith('SAA-C03/'))).toBe(true);
  });

  it('is the same for the same seed and another draw for another seed', () => {
    const plan = planPreset(bank, SAA);
    expect(drawPreset(bank, plan, 1)).toEqual(drawPreset(bank, plan, 1));
    expect(drawPreset(bank, plan, 1)).not.toEqual(drawPreset(bank, plan, 2));
  });

  it('is capped at the questions the bank has for the exam, keeping the official pace', () => {
    const small = bankOf({ 'DOP-C02/sdlc': 10, 'DOP-C02/security': 5, 'DOP-C02/incident': 15 });
    const plan = planPreset(small, DOP);
    expect(plan).toMatchObject({ pool: 30, length: 30, capped: true, minutes: 72 });
    expect(plan.domains.find((d) => d.key === 'config-iac')).toMatchObject({ available: 0, count: 0 });
    expect(drawPreset(small, plan, 3)).toHaveLength(30);
  });

  it('draws a question tagged for two domains of an exam under the first one', () => {
    expect(drawDomain(q('x', 'l', 'm', { exams: ['DVA-C02/security', 'SAA-C03/cost', 'SAA-C03/secure'] }), SAA)).toBe('cost');
    expect(drawDomain(q('y', 'l', 'm', { exams: ['DVA-C02/security'] }), SAA)).toBeUndefined();
  });
});

describe('results by exam domain', () => {
  // Fixture tags: d1 and f1 SAA resilient; d2 SAA secure + DVA security; d3 DVA deployment; v1 SAA cost + performant; f2 SOA monitoring.
  const answers = [
    { q: 'd1', ok: true },
    { q: 'd2', ok: false },
    { q: 'd3', ok: true },
    { q: 'v1', ok: true },
    { q: 'f1', ok: false },
    { q: 'f2', ok: true },
    { q: 'gone', ok: true },
  ];

  it('tallies every domain of the exam in the guide’s order, a question in each domain it serves', () => {
    const saa = scoreByDomain(answers, testIndex, SAA);
    expect(saa.domains.map((d) => [d.key, d.correct, d.total])).toEqual([
      ['secure', 0, 1],
      ['resilient', 1, 2],
      ['performant', 1, 1],
      ['cost', 1, 1],
    ]);
    expect(saa).toMatchObject({ served: 4, outside: 2, overlaps: true });
  });

  it('counts the questions that serve another exam apart, and has nothing for an exam none of them serves', () => {
    const dop = scoreByDomain(answers, testIndex, DOP);
    expect(dop).toMatchObject({ served: 0, outside: 6, overlaps: false });
    expect(dop.domains.every((d) => d.total === 0)).toBe(true);
    expect(scoreByDomain(answers, testIndex, examByCode('DVA-C02')!).domains.map((d) => d.total)).toEqual([0, 1, 1, 0]);
  });

  it('shows first the exam asked for, else the one most answers serve', () => {
    expect(defaultExam(answers, testIndex, 'SOA-C03').code).toBe('SOA-C03');
    expect(defaultExam(answers, testIndex).code).toBe('SAA-C03');
    expect(defaultExam([{ q: 'd3', ok: true }], testIndex).code).toBe('DVA-C02');
    expect(defaultExam([], testIndex).code).toBe('SAA-C03');
    expect(defaultExam(answers, testIndex, 'XYZ-C01').code).toBe('SAA-C03');
  });
});
