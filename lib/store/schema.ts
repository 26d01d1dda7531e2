import * as z from '../zod-mini';
import { MAX_ID_LENGTH } from './quiz-state';
import { atMostKeys, quizStateSchema } from './quiz-state-schema';

/** zod/mini keeps the validator out of the way of the lesson page's JavaScript budget. */
const slug = z.string().check(z.maxLength(MAX_ID_LENGTH), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lesson slug'));
/** Far more lessons than a course has: a bound on what a stored or imported file may name. */
const MAX_LESSONS = 1000;
const isoDate = z.iso.datetime({ offset: true });
/** A heading's id in a lesson (rehype-slug: letters, digits and hyphens, in any script). */
const sectionId = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH), z.regex(/^[\p{L}\p{N}_-]+$/u, 'must be a heading id'));

export const progressStateSchema = z.strictObject({
  /** lesson slug → when it was marked complete */
  completed: z.record(slug, isoDate).check(atMostKeys(MAX_LESSONS, 'lessons')),
  /** the lesson the learner opened most recently, for "continue where you left off" */
  lastVisited: z.nullable(z.strictObject({ slug, at: isoDate })),
  /**
   * Since version 3: lesson slug → when it was last open and the section being read (null above the
   * first heading). A lesson here and not completed is "in progress"; home resumes at the section.
   */
  reading: z.record(slug, z.strictObject({ section: z.nullable(sectionId), at: isoDate })).check(atMostKeys(MAX_LESSONS, 'lessons')),
});

/** Everything the store persists. Bump STORE_VERSION and add a migration when this changes. */
export const persistedStateSchema = z.strictObject({
  progress: progressStateSchema,
  /** Since version 2: practice and exam attempts, review cards, the answer history. */
  quiz: quizStateSchema,
});

export type ProgressState = z.infer<typeof progressStateSchema>;
export type PersistedState = z.infer<typeof persistedStateSchema>;

export { STORAGE_KEY, STORE_VERSION } from './constants';
