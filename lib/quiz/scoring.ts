import type { BankQuestion, IndexedBank } from './bank';

/** Canonical indexes of the options the learner chose; null when the question was left unanswered. */
export type Answer = readonly number[] | null;

export function correctIndexes(question: Pick<BankQuestion, 'options'>): number[] {
  return question.options.flatMap((o, i) => (o.correct ? [i] : []));
}

/** All or nothing: right only when exactly the correct options are chosen, as on AWS exams. */
export function isCorrect(question: Pick<BankQuestion, 'options'>, answer: Answer): boolean {
  if (!answer || answer.length === 0) return false;
  const chosen = new Set(answer);
  const correct = correctIndexes(question);
  return chosen.size === correct.length && correct.every((i) => chosen.has(i));
}

/** Whether an answer is complete enough to submit: one option, or exactly as many as asked. */
export function isAnswerReady(question: Pick<BankQuestion, 'kind' | 'options'>, answer: Answer): boolean {
  if (!answer || answer.length === 0) return false;
  if (question.kind === 'single') return answer.length === 1;
  return answer.length === correctIndexes(question).length;
}

/** What to tell a learner who pressed Check too early: the one wording every question flow uses. */
export function answerHint(question: Pick<BankQuestion, 'kind' | 'options'>): string {
  return question.kind === 'multiple' ? `Choose ${correctIndexes(question).length} options first.` : 'Choose an option first.';
}

/** Choosing an option: a radio replaces, a checkbox toggles. Kept sorted so stored answers compare. */
export function toggleOption(kind: BankQuestion['kind'], answer: Answer, index: number): number[] {
  if (kind === 'single') return [index];
  const current = new Set(answer ?? []);
  if (current.has(index)) current.delete(index);
  else current.add(index);
  return [...current].sort((a, b) => a - b);
}

export interface ModuleScore {
  module: string;
  title: string;
  correct: number;
  total: number;
}

export interface Score {
  correct: number;
  total: number;
  unanswered: number;
  percent: number;
  byModule: ModuleScore[];
  /** Per question, in attempt order: null when the question is no longer in the bank. */
  results: ({ id: string; correct: boolean; answered: boolean } | null)[];
}

/** Scores an attempt against the bank. Questions removed from the bank since are left out of the score. */
export function scoreAttempt(index: IndexedBank, questionIds: readonly string[], answers: readonly Answer[]): Score {
  const byModule = new Map<string, ModuleScore>();
  let correct = 0;
  let total = 0;
  let unanswered = 0;
  const results = questionIds.map((id, i) => {
    const question = index.questions.get(id);
    if (!question) return null;
    const answer = answers[i] ?? null;
    const right = isCorrect(question, answer);
    const answered = Boolean(answer && answer.length > 0);
    total += 1;
    if (right) correct += 1;
    if (!answered) unanswered += 1;
    const mod = byModule.get(question.module) ?? {
      module: question.module,
      title: index.modules.get(question.module)?.title ?? question.module,
      correct: 0,
      total: 0,
    };
    mod.total += 1;
    if (right) mod.correct += 1;
    byModule.set(question.module, mod);
    return { id, correct: right, answered };
  });
  const order = (slug: string) => index.modules.get(slug)?.order ?? 0;
  return {
    correct,
    total,
    unanswered,
    percent: total === 0 ? 0 : Math.round((correct / total) * 100),
    byModule: [...byModule.values()].sort((a, b) => order(a.module) - order(b.module)),
    results,
  };
}
