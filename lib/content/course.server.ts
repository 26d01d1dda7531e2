import 'server-only';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError, ContentErrors } from './errors';
import { parseLessonSource } from './frontmatter';
import { moduleFileSchema, type LessonFrontmatter } from './schemas';
import { parsePrefixedName } from './slug';
import type { LessonSummary, ModuleSummary } from './types';
import { parseYamlWith } from './yaml-source';

export interface Lesson extends LessonSummary {
  frontmatter: LessonFrontmatter;
  /** Path relative to the repo root, for error messages. */
  file: string;
  dir: string;
  body: string;
  /** Lines of frontmatter above the body. */
  bodyLineOffset: number;
}

export interface Course {
  modules: ModuleSummary[];
  lessons: Lesson[];
  /** Seed headings no lesson covers yet. */
  uncovered: string[];
  /** Things that were skipped, e.g. folders without a numeric prefix. */
  notices: string[];
}

export interface LoadCourseOptions {
  contentDir: string;
  seedHeadings: readonly string[];
  /** When true, every seed heading must be covered. */
  requireFullCoverage?: boolean;
  /** Folders in content/ that hold other content and are not modules. */
  otherFolders?: readonly string[];
}

const DEFAULT_OTHER_FOLDERS = ['scenarios'];

/** Discovers modules and lessons by their numeric prefixes, validating everything loudly. */
export function loadCourse(options: LoadCourseOptions): Course {
  const { contentDir, seedHeadings } = options;
  const otherFolders = options.otherFolders ?? DEFAULT_OTHER_FOLDERS;
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const errors: ContentError[] = [];
  const notices: string[] = [];
  const modules: ModuleSummary[] = [];
  const lessons: Lesson[] = [];

  for (const entry of sortedDirs(contentDir)) {
    const parsed = parsePrefixedName(entry);
    if (!parsed) {
      if (!otherFolders.includes(entry)) notices.push(`ignored ${rel(path.join(contentDir, entry))}: module folders are named NN-slug`);
      continue;
    }
    const moduleDir = path.join(contentDir, entry);
    const moduleFile = path.join(moduleDir, 'module.yaml');
    let meta: { title: string; summary: string } | undefined;
    if (!existsSync(moduleFile) && isInPreparation(moduleDir)) {
      notices.push(`skipped ${rel(moduleDir)}: no module.yaml or lesson.mdx yet (its diagrams still reach the gallery)`);
      continue;
    }
    try {
      if (!existsSync(moduleFile))
        throw new ContentError(rel(moduleFile), [
          { field: '', message: 'missing: every module folder needs a module.yaml with title and summary' },
        ]);
      meta = parseYamlWith(moduleFileSchema, readFileSync(moduleFile, 'utf8'), rel(moduleFile));
    } catch (error) {
      errors.push(asContentError(error, rel(moduleFile)));
      continue;
    }
    const mod: ModuleSummary = { slug: parsed.slug, order: parsed.order, title: meta.title, summary: meta.summary, lessons: [] };
    for (const lessonEntry of sortedDirs(moduleDir)) {
      const lessonName = parsePrefixedName(lessonEntry);
      const lessonDir = path.join(moduleDir, lessonEntry);
      if (!lessonName) {
        notices.push(`ignored ${rel(lessonDir)}: lesson folders are named NN-slug`);
        continue;
      }
      const file = path.join(lessonDir, 'lesson.mdx');
      if (!existsSync(file) && isInPreparation(lessonDir)) {
        notices.push(`skipped ${rel(lessonDir)}: no lesson.mdx yet (its diagrams still reach the gallery)`);
        continue;
      }
      try {
        if (!existsSync(file))
          throw new ContentError(rel(file), [{ field: '', message: 'missing: every lesson folder needs a lesson.mdx' }]);
        const { frontmatter, body, bodyLineOffset } = parseLessonSource(readFileSync(file, 'utf8'), rel(file));
        const lesson: Lesson = {
          slug: lessonName.slug,
          title: frontmatter.title,
          summary: frontmatter.summary,
          minutes: frontmatter.minutes,
          moduleSlug: mod.slug,
          frontmatter,
          file: rel(file),
          dir: lessonDir,
          body,
          bodyLineOffset,
        };
        lessons.push(lesson);
        mod.lessons.push({
          slug: lesson.slug,
          title: lesson.title,
          summary: lesson.summary,
          minutes: lesson.minutes,
          moduleSlug: mod.slug,
        });
      } catch (error) {
        errors.push(asContentError(error, rel(file)));
      }
    }
    modules.push(mod);
  }

  errors.push(...duplicateErrors(modules, lessons));
  const { uncovered, coverErrors } = checkCoverage(lessons, seedHeadings, options.requireFullCoverage ?? false);
  errors.push(...coverErrors);
  if (errors.length > 0) throw new ContentErrors('Content', errors);
  return { modules, lessons, uncovered, notices };
}

/**
 * A folder drawn ahead of its prose: it holds only diagram.yaml files (in lesson folders) and no
 * lesson.mdx anywhere. It is skipped with a notice; anything else without its lesson.mdx is an error.
 */
const PREPARED_FILES = ['diagram.yaml'];
function isInPreparation(dir: string): boolean {
  const entries = readdirSync(dir);
  if (entries.length === 0) return false;
  return entries.every((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? isInPreparation(full) : PREPARED_FILES.includes(name);
  });
}

function sortedDirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort();
}

function asContentError(error: unknown, file: string): ContentError {
  if (error instanceof ContentError) return error;
  return new ContentError(file, [{ field: '', message: error instanceof Error ? error.message : String(error) }]);
}

function duplicateErrors(modules: ModuleSummary[], lessons: Lesson[]): ContentError[] {
  const errors: ContentError[] = [];
  const seenOrder = new Map<number, string>();
  for (const mod of modules) {
    const other = seenOrder.get(mod.order);
    if (other)
      errors.push(
        new ContentError(`content/${String(mod.order).padStart(2, '0')}-${mod.slug}`, [
          { field: '', message: `module number ${mod.order} is also used by "${other}"` },
        ]),
      );
    seenOrder.set(mod.order, mod.slug);
  }
  const seenSlug = new Map<string, string>();
  for (const lesson of lessons) {
    const other = seenSlug.get(lesson.slug);
    if (other)
      errors.push(
        new ContentError(lesson.file, [
          { field: '', message: `lesson slug "${lesson.slug}" is also used by ${other}; slugs are URLs and must be unique` },
        ]),
      );
    seenSlug.set(lesson.slug, lesson.file);
  }
  return errors;
}

/** Every `covers` entry must be a seed heading, covered once; lists the headings still uncovered. */
export function checkCoverage(lessons: readonly Lesson[], seedHeadings: readonly string[], strict: boolean) {
  const coverErrors: ContentError[] = [];
  const coveredBy = new Map<string, string>();
  const known = new Set(seedHeadings);
  for (const lesson of lessons) {
    lesson.frontmatter.covers.forEach((heading, i) => {
      const field = `covers[${i}]`;
      if (!known.has(heading)) {
        const hint = closestHeading(heading, seedHeadings);
        coverErrors.push(
          new ContentError(lesson.file, [
            { field, message: `"${heading}" is not a ## heading of the seed notes${hint ? ` (did you mean "${hint}"?)` : ''}` },
          ]),
        );
      } else if (coveredBy.has(heading)) {
        coverErrors.push(
          new ContentError(lesson.file, [
            {
              field,
              message: `"${heading}" is already covered by ${coveredBy.get(heading)}; each heading is taught by exactly one lesson`,
            },
          ]),
        );
      } else {
        coveredBy.set(heading, lesson.file);
      }
    });
  }
  const uncovered = seedHeadings.filter((h) => !coveredBy.has(h));
  if (strict && uncovered.length > 0) {
    coverErrors.push(
      new ContentError('content/', [
        { field: 'covers', message: `every seed heading must be covered; missing: ${uncovered.map((h) => `"${h}"`).join(', ')}` },
      ]),
    );
  }
  return { uncovered, coverErrors };
}

function closestHeading(input: string, headings: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  const target = norm(input);
  return headings.find((h) => norm(h) === target || norm(h).includes(target) || target.includes(norm(h)));
}
