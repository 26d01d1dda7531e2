/**
 * The question bank as the browser sees it: plain, serialisable data built from every lesson's
 * quiz.yaml at build time (lib/content/quiz.server.ts) and shipped as /quiz-bank.json.
 */
export type Difficulty = 1 | 2 | 3;

export interface BankOption {
  text: string;
  correct: boolean;
  why: string;
}

export interface BankQuestion {
  /** Stable forever: attempts and review cards key on it. */
  id: string;
  lesson: string;
  module: string;
  kind: 'single' | 'multiple';
  difficulty: Difficulty;
  /** The stem, without a trailing "(Choose two.)": the UI says how many to choose. */
  question: string;
  /** In the canonical (file) order; answers are stored as indexes into this list. */
  options: BankOption[];
  /** Heading ids in the lesson (without "#") that teach it. */
  refs: string[];
  /** The exam domains it serves, as `EXAM/domain` tags (lib/quiz/exams.ts); results by domain come from here. */
  exams: string[];
}

export interface BankLesson {
  slug: string;
  title: string;
  module: string;
  /** Heading id → heading text, for the sections the questions point at. */
  sections: Record<string, string>;
}

export interface BankModule {
  slug: string;
  title: string;
  order: number;
}

export interface QuizBank {
  modules: BankModule[];
  lessons: BankLesson[];
  questions: BankQuestion[];
}

export const QUIZ_BANK_URL = '/quiz-bank.json';

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { 1: 'Recall', 2: 'Apply', 3: 'Analyse' };

/** How many options a multiple-answer question wants, in words: "Choose two." */
export function chooseInstruction(question: Pick<BankQuestion, 'kind' | 'options'>): string | null {
  if (question.kind === 'single') return null;
  const n = question.options.filter((o) => o.correct).length;
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six'];
  return `Choose ${words[n] ?? n}.`;
}

/** Fast lookups for the pages that use the bank. */
export function indexBank(bank: QuizBank) {
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const lessons = new Map(bank.lessons.map((l) => [l.slug, l]));
  const modules = new Map(bank.modules.map((m) => [m.slug, m]));
  return { bank, questions, lessons, modules };
}

export type IndexedBank = ReturnType<typeof indexBank>;

/** Where the lesson teaches a question: its first ref, as a link and a label. */
export function sectionLinks(question: BankQuestion, lesson: BankLesson | undefined) {
  return question.refs.map((ref) => ({
    href: `/lessons/${question.lesson}/#${ref}`,
    label: lesson?.sections[ref] ?? ref,
  }));
}
