import * as z from '../zod-mini';
import { MAX_ATTEMPTS, MAX_CARDS, MAX_EXAM_MINUTES, MAX_HISTORY, MAX_ID_LENGTH, MAX_QUESTIONS_PER_ATTEMPT } from './quiz-state';

/**
 * What the store keeps of quiz work. Compact and bounded: answers are canonical option indexes
 * plus the attempt's shuffle seed (never the shuffled text), dates are epoch milliseconds, and
 * attempts and the answer history are capped (see quiz-state.ts).
 */

const questionId = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a question id'));
const count = z.int().check(z.minimum(0));
/** Epoch milliseconds, up to the last date JavaScript can show (year 275760). */
const time = z.number().check(z.minimum(0), z.maximum(8.64e15, 'must be a time in milliseconds since 1970, before the year 275760'));
const MAX_LIMIT_MS = MAX_EXAM_MINUTES * 60_000;

/** A record with at most `max` entries (zod has no size check for records). */
export const atMostKeys = (max: number, what: string) =>
  z.refine<Record<string, unknown>>((record) => Object.keys(record).length <= max, `must have at most ${max} ${what}`);

export const storedCardSchema = z.strictObject({
  due: time,
  stability: z.number(),
  difficulty: z.number(),
  scheduledDays: count,
  learningSteps: count,
  reps: count,
  lapses: count,
  state: z.int().check(z.minimum(0), z.maximum(3)),
  lastReview: z.nullable(time),
});

export const attemptSchema = z.strictObject({
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  mode: z.enum(['practice', 'exam']),
  /** Shuffles the options (lib/quiz/shuffle.ts); with the ids it reproduces what the learner saw. */
  seed: z.int().check(z.minimum(0), z.maximum(0xffffffff)),
  startedAt: time,
  finishedAt: z.nullable(time),
  /** Exam length; null in practice mode. */
  limitMs: z.nullable(
    z
      .number()
      .check(
        z.minimum(60_000, 'must be at least 60000 (1 minute)'),
        z.maximum(MAX_LIMIT_MS, `must be at most ${MAX_LIMIT_MS} (${MAX_EXAM_MINUTES} minutes, the longest exam the practice page sets)`),
      ),
  ),
  questions: z.array(questionId).check(z.minLength(1), z.maxLength(MAX_QUESTIONS_PER_ATTEMPT)),
  /** Per question: the canonical indexes chosen, or null while unanswered. */
  answers: z
    .array(z.nullable(z.array(z.int().check(z.minimum(0), z.maximum(9))).check(z.maxLength(10))))
    .check(z.maxLength(MAX_QUESTIONS_PER_ATTEMPT)),
  /** Positions (in `questions`) flagged for review in an exam. */
  flagged: z.array(count).check(z.maxLength(MAX_QUESTIONS_PER_ATTEMPT)),
  /** The question on screen, to resume where the learner was. */
  current: count,
  /**
   * An exam preset's certification code (e.g. "SAA-C03"): its results show that exam's domains and
   * pass line first. Optional, so attempts saved before presets existed stay valid. Any short code
   * is accepted, so an exam later retired from lib/quiz/exams.ts does not invalidate saved progress.
   */
  exam: z.optional(z.string().check(z.regex(/^[A-Z]{3}-C\d{2}$/, 'must be an exam code like SAA-C03'))),
});

export const answerRecordSchema = z.strictObject({ q: questionId, ok: z.boolean(), at: time });

export const quizStateSchema = z.strictObject({
  attempts: z.array(attemptSchema).check(z.maxLength(MAX_ATTEMPTS)),
  /** Question id → its FSRS card. Bounded by the size of the bank. */
  cards: z.record(questionId, storedCardSchema).check(atMostKeys(MAX_CARDS, 'review cards')),
  /** Every answer in any mode, newest last: accuracy over time and weakest topics come from here. */
  history: z.array(answerRecordSchema).check(z.maxLength(MAX_HISTORY)),
});

export type Attempt = z.infer<typeof attemptSchema>;
export type QuizState = z.infer<typeof quizStateSchema>;
