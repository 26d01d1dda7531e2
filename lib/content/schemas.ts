import * as z from '@/lib/zod';

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const lessonFrontmatterSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty.max(200, 'keep the summary to one sentence (200 characters at most)'),
  /** The seed headings this lesson teaches; empty for a lesson that goes beyond the seed's headings. */
  covers: z.array(nonEmpty),
  objectives: z.array(nonEmpty).min(1, 'list at least one learning objective'),
  minutes: z
    .number()
    .int('must be a whole number of minutes')
    .positive('must be more than 0')
    .max(120, 'split lessons longer than 120 minutes'),
});
export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const moduleFileSchema = z.strictObject({
  title: nonEmpty,
  summary: nonEmpty,
});
export type ModuleFile = z.infer<typeof moduleFileSchema>;
