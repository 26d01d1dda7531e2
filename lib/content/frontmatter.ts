import { ContentError } from './errors';
import { parseYamlWith } from './yaml-source';
import { lessonFrontmatterSchema, type LessonFrontmatter } from './schemas';

/** Splits `---\n...\n---` off the top of an MDX file and validates it, with file lines in errors. */
export function parseLessonSource(text: string, file: string): { frontmatter: LessonFrontmatter; body: string; bodyLineOffset: number } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) {
    throw new ContentError(file, [{ field: '', line: 1, message: 'missing frontmatter: start the file with --- and a YAML block (title, summary, covers, objectives, minutes)' }]);
  }
  // The YAML starts on line 2 of the file.
  const frontmatter = parseYamlWith(lessonFrontmatterSchema, match[1] ?? '', file, 1);
  // Lines before the body, so MDX errors can be reported against the whole file.
  const bodyLineOffset = match[0].split('\n').length - 1;
  return { frontmatter, body: text.slice(match[0].length), bodyLineOffset };
}
