import * as z from '../zod-mini';
import { quizStateSchema } from './quiz-state-schema';

/** zod/mini keeps the validator out of the way of the lesson page's JavaScript budget. */
const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lesson slug'));
const isoDate = z.iso.datetime({ offset: true });
/** A heading's id in a lesson (rehype-slug: letters, digits and hyphens, in any script). */
const sectionId = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[\p{L}\p{N}_-]+$/u, 'must be a heading id'));

export const progressStateSchema = z.strictObject({
  /** lesson slug → when it was marked complete */
  completed: z.record(slug, isoDate),
  /** the lesson the learner opened most recently, for "continue where you left off" */
  lastVisited: z.nullable(z.strictObject({ slug, at: isoDate })),
  /**
   * Since version 3: lesson slug → when it was last open and the section being read (null above the
   * first heading). A lesson here and not completed is "in progress"; home resumes at the section.
   */
  reading: z.record(slug, z.strictObject({ section: z.nullable(sectionId), at: isoDate })),
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
