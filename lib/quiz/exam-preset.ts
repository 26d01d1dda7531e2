import type { BankQuestion } from './bank';
import { passPercent, type Exam } from './exams';
import { seededShuffle } from './shuffle';

/**
 * An exam preset: the official length, time and pass line of a certification exam, drawn from the
 * questions tagged for it and spread over its domains by the official weights as far as the bank allows.
 * Each question is drawn under one domain, the first of that exam its tags name, so the plan shown
 * before the start is exactly what the draw takes.
 */

export interface DomainPlan {
  key: string;
  name: string;
  /** Official weight, in percent. */
  weight: number;
  /** Questions in the bank drawn under this domain. */
  available: number;
  /** What the weights ask for out of the preset's length, before the bank's limits. */
  quota: number;
  /** What the preset takes. Below the quota only where the bank has too few. */
  count: number;
}

export interface PresetPlan {
  exam: Exam;
  /** Questions in the bank tagged for the exam. */
  pool: number;
  /** The official number of questions, or the pool when the bank has fewer. */
  length: number;
  capped: boolean;
  /** The official time; when capped, the official pace over the shorter length. */
  minutes: number;
  /** The pass line as a share of questions right (an approximation of the scaled score). */
  passPercent: number;
  domains: DomainPlan[];
}

/** The domain a question is drawn under for `exam`: the first of its tags for that exam. */
export function drawDomain(question: Pick<BankQuestion, 'exams'>, exam: Pick<Exam, 'code'>): string | undefined {
  return question.exams.find((t) => t.startsWith(`${exam.code}/`))?.slice(exam.code.length + 1);
}

/**
 * Shares out `total` slots by weight, never giving a share more than its capacity: slot by slot to
 * the share furthest below its weight (so each stays within one slot of its quota while it has
 * room), and what a full share cannot take goes to the others. Ties go to the heavier, then the first.
 */
export function allocate(weights: readonly number[], capacities: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map(() => 0);
  const slots = Math.min(
    total,
    capacities.reduce((a, b) => a + b, 0),
  );
  for (let k = 1; k <= slots; k++) {
    let best = -1;
    let bestDeficit = -Infinity;
    weights.forEach((w, d) => {
      if (counts[d]! >= capacities[d]!) return;
      const deficit = (w * k) / sum - counts[d]!;
      if (deficit > bestDeficit + 1e-9 || (Math.abs(deficit - bestDeficit) <= 1e-9 && w > weights[best]!)) {
        best = d;
        bestDeficit = deficit;
      }
    });
    counts[best]! += 1;
  }
  return counts;
}

export function planPreset(questions: readonly BankQuestion[], exam: Exam): PresetPlan {
  const byDomain = new Map(exam.domains.map((d) => [d.key, 0]));
  let pool = 0;
  for (const question of questions) {
    const key = drawDomain(question, exam);
    if (key === undefined) continue;
    pool += 1;
    byDomain.set(key, (byDomain.get(key) ?? 0) + 1);
  }
  const length = Math.min(exam.questions, pool);
  const available = exam.domains.map((d) => byDomain.get(d.key) ?? 0);
  const counts = allocate(
    exam.domains.map((d) => d.weight),
    available,
    length,
  );
  const minutes = length === exam.questions ? exam.minutes : Math.max(1, Math.round((exam.minutes * length) / exam.questions));
  return {
    exam,
    pool,
    length,
    capped: length < exam.questions,
    minutes,
    passPercent: passPercent(exam),
    domains: exam.domains.map((d, i) => ({
      key: d.key,
      name: d.name,
      weight: d.weight,
      available: available[i]!,
      quota: (d.weight * length) / 100,
      count: counts[i]!,
    })),
  };
}

/** The preset's questions: each domain's count from the plan, drawn at random (seeded), then shuffled together. */
export function drawPreset(questions: readonly BankQuestion[], plan: PresetPlan, seed: number): string[] {
  const shuffled = seededShuffle(questions, seed);
  const picked = plan.domains.flatMap((d) =>
    shuffled
      .filter((q) => drawDomain(q, plan.exam) === d.key)
      .slice(0, d.count)
      .map((q) => q.id),
  );
  return seededShuffle(picked, seed ^ 0x9e3779b9);
}

/** The honest label every preset carries, in setup and in results. */
export function presetDisclaimer(exam: Pick<Exam, 'code' | 'passScaled'>): string {
  return `Covers only the containers part of ${exam.code}. AWS scores the real exam on a scaled score of 100–1,000, ${exam.passScaled.toLocaleString('en-US')} to pass; this preset uses ${passPercent(exam)}% of questions correct as an approximation.`;
}

/** Whether a score reaches a preset's approximate pass line. */
export function reachesPassLine(correct: number, total: number, exam: Pick<Exam, 'passScaled'>): boolean {
  return total > 0 && (correct / total) * 100 >= passPercent(exam);
}
