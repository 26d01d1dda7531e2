import * as z from '@/lib/zod';
import { tagProblem } from '../quiz/exams';

const text = z.string().trim().min(1, 'must not be empty');

export const quizOptionSchema = z.strictObject({
  text,
  correct: z.boolean().default(false),
  /** Why this option is right or wrong: every option has one. */
  why: text,
});

export const questionSchema = z
  .strictObject({
    /** Stable forever: attempts and review cards key on it. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes (kebab-case)'),
    kind: z.enum(['single', 'multiple']),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1 (recall), 2 (apply) or 3 (analyse)' }),
    question: text,
    options: z.array(quizOptionSchema).min(3, 'give at least 3 options').max(6, 'give at most 6 options'),
    /** Anchors in the lesson that teach it, e.g. "#fargate-vs-ec2". */
    refs: z
      .array(z.string().regex(/^#[a-z0-9-]+$/, 'must be an anchor like "#key-takeaways"'))
      .min(1, 'point to at least one section of the lesson'),
    /** The certification exam domains it serves, as `EXAM/domain` keys from lib/quiz/exams.ts (at least one). */
    exams: z
      .array(
        z.string().superRefine((tag, ctx) => {
          const problem = tagProblem(tag);
          if (problem) ctx.addIssue({ code: 'custom', message: problem });
        }),
        {
          error: (issue) =>
            issue.input === undefined
              ? 'missing: list the exam domains the question serves, e.g. exams: ["SAA-C03/resilient"] (keys in lib/quiz/exams.ts)'
              : 'must be a list of EXAM/domain keys, e.g. ["SAA-C03/resilient", "DVA-C02/deployment"]',
        },
      )
      .min(1, 'name at least one exam domain the question serves, e.g. ["SAA-C03/resilient"]')
      .refine((tags) => new Set(tags).size === tags.length, 'names an exam domain twice'),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    if (q.kind === 'single' && correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single-answer question has exactly one correct option (found ${correct})`,
      });
    }
    if (q.kind === 'multiple' && (correct < 2 || correct === q.options.length)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a multiple-answer question has at least 2 correct options and at least one wrong one (found ${correct} of ${q.options.length})`,
      });
    }
    const seen = new Set<string>();
    q.options.forEach((o, i) => {
      const key = o.text.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['options', i, 'text'], message: 'duplicate option' });
      seen.add(key);
      if (/\b(all|none) of the above\b/i.test(o.text))
        ctx.addIssue({
          code: 'custom',
          path: ['options', i, 'text'],
          message: '"all/none of the above" does not survive shuffling; write a real option',
        });
    });
  });

export const quizFileSchema = z.array(questionSchema).min(1, 'a quiz needs at least one question');

export type Question = z.infer<typeof questionSchema>;
export type QuizOption = z.infer<typeof quizOptionSchema>;
