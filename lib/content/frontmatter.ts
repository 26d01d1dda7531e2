import type { z } from 'zod';
import { ContentError } from './errors';
import { parseYamlWith } from './yaml-source';
import { lessonFrontmatterSchema, type LessonFrontmatter } from './schemas';

/**
 * Splits `---\n...\n---` off the top of an MDX file and validates it with `schema`, reporting file
 * lines. Returns the body and how many lines sit above it, so MDX errors can name file lines too.
 */
export function parseFrontmatter<S extends z.ZodType>(schema: S, text: string, file: string, fields: string) {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    throw new ContentError(file, [
      { field: '', line: 1, message: `missing frontmatter: start the file with --- and a YAML block (${fields})` },
    ]);
  }
  // The YAML starts on line 2 of the file.
  const frontmatter: z.infer<S> = parseYamlWith(schema, match[1] ?? '', file, 1);
  return { frontmatter, body: text.slice(match[0].length), bodyLineOffset: match[0].split('\n').length - 1 };
}

export function parseLessonSource(text: string, file: string): { frontmatter: LessonFrontmatter; body: string; bodyLineOffset: number } {
  return parseFrontmatter(lessonFrontmatterSchema, text, file, 'title, summary, covers, objectives, minutes');
}
