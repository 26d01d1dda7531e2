import type { IndexedBank } from './bank';
import { domainsOf, EXAMS, type Exam } from './exams';

/**
 * Results by certification exam domain, derived from the bank's tags when shown (never stored), so
 * attempts and answers from before the tags existed get domains too.
 */

/** One answered question: an attempt's result or an answer in the history. */
export interface Answered {
  q: string;
  ok: boolean;
}

export interface DomainScore {
  key: string;
  name: string;
  weight: number;
  correct: number;
  total: number;
}

export interface DomainBreakdown {
  exam: Exam;
  /** Every domain of the exam, in the exam guide's order; total 0 where nothing was answered. */
  domains: DomainScore[];
  /** Answers to questions that serve the exam. */
  served: number;
  /** Answers to questions that do not (counted in no domain of it). */
  outside: number;
  /** Whether some question counted in more than one domain. */
  overlaps: boolean;
}

export function scoreByDomain(answers: readonly Answered[], index: IndexedBank, exam: Exam): DomainBreakdown {
  const domains = exam.domains.map((d) => ({ key: d.key, name: d.name, weight: d.weight, correct: 0, total: 0 }));
  let served = 0;
  let outside = 0;
  let overlaps = false;
  for (const answer of answers) {
    const question = index.questions.get(answer.q);
    if (!question) continue;
    const keys = domainsOf(question.exams, exam);
    if (keys.length === 0) {
      outside += 1;
      continue;
    }
    served += 1;
    overlaps ||= keys.length > 1;
    for (const score of domains) {
      if (!keys.includes(score.key)) continue;
      score.total += 1;
      if (answer.ok) score.correct += 1;
    }
  }
  return { exam, domains, served, outside, overlaps };
}

/** The exam to show first: the one asked for, else the one the most answers serve (the first on a tie). */
export function defaultExam(answers: readonly Answered[], index: IndexedBank, preferred?: string): Exam {
  const asked = EXAMS.find((e) => e.code === preferred);
  if (asked) return asked;
  const counts = EXAMS.map((exam) => scoreByDomain(answers, index, exam).served);
  return EXAMS[counts.indexOf(Math.max(...counts))] ?? EXAMS[0];
}
