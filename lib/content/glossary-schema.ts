import * as z from '@/lib/zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and dashes (kebab-case)');

export const glossaryEntrySchema = z.strictObject({
  /** The term as a reader sees it, e.g. "Task definition". */
  term: z.string().trim().min(1, 'must not be empty'),
  /** Anchor on /glossary/; defaults to the term in kebab-case. */
  id: slug.optional(),
  /** Other spellings that count as a use of the term in a lesson ("task definitions"). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** One line: what it is, precisely. */
  definition: z.string().trim().min(1, 'must not be empty').max(240, 'keep a definition to one line (240 characters at most)'),
  /** The lesson that teaches it. */
  lesson: slug,
});

export const glossaryFileSchema = z.array(glossaryEntrySchema).min(1);

export type GlossaryEntryInput = z.infer<typeof glossaryEntrySchema>;
export interface GlossaryEntry extends Omit<GlossaryEntryInput, 'id'> {
  id: string;
}

export function termId(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
