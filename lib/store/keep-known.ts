import type { PersistedState } from './schema';

export interface LeftOut {
  /** Lessons marked complete that the course does not have. */
  lessons: number;
  /** Distinct questions the bank does not have (their answers and review cards go with them). */
  questions: number;
  /** Sessions that asked such a question. */
  attempts: number;
}

/**
 * An imported state keeps only the lessons and questions this course has: a file from another
 * version may name some that are gone. `questions` null: the bank could not be loaded, keep them all.
 */
export function keepKnown(
  state: PersistedState,
  known: { lessons: ReadonlySet<string>; questions: ReadonlySet<string> | null },
): { state: PersistedState; leftOut: LeftOut } {
  const lesson = (slug: string) => known.lessons.has(slug);
  const question = (id: string) => known.questions?.has(id) ?? true;
  const { progress, quiz } = state;
  const completed = Object.fromEntries(Object.entries(progress.completed).filter(([slug]) => lesson(slug)));
  const unknownQuestions = new Set(
    [...Object.keys(quiz.cards), ...quiz.history.map((h) => h.q), ...quiz.attempts.flatMap((a) => a.questions)].filter(
      (id) => !question(id),
    ),
  );
  const attempts = quiz.attempts.filter((a) => a.questions.every(question));
  return {
    state: {
      progress: {
        completed,
        lastVisited: progress.lastVisited && lesson(progress.lastVisited.slug) ? progress.lastVisited : null,
        reading: Object.fromEntries(Object.entries(progress.reading).filter(([slug]) => lesson(slug))),
      },
      quiz: {
        attempts,
        cards: Object.fromEntries(Object.entries(quiz.cards).filter(([id]) => question(id))),
        history: quiz.history.filter((h) => question(h.q)),
      },
    },
    leftOut: {
      lessons: Object.keys(progress.completed).length - Object.keys(completed).length,
      questions: unknownQuestions.size,
      attempts: quiz.attempts.length - attempts.length,
    },
  };
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** " (2 entries for lessons this course does not have and the answers and review cards for 1 question it does not have left out)", or "". */
export function leftOutNote({ lessons, questions, attempts }: LeftOut): string {
  const parts = [
    lessons > 0 ? `${count(lessons, 'entry', 'entries')} for lessons this course does not have` : '',
    questions > 0 ? `the answers and review cards for ${count(questions, 'question', 'questions')} it does not have` : '',
    attempts > 0 ? `${count(attempts, 'session', 'sessions')} that asked them` : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return ` (${list} left out)`;
}
