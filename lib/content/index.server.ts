import 'server-only';
import path from 'node:path';
import { loadCourse, type Course, type Lesson } from './course.server';
import { loadSeedHeadings } from './seed.server';

let cached: Course | undefined;

/** The validated course, loaded once per build process. Throws (failing the build) on bad content. */
export function getCourse(): Course {
  if (cached) return cached;
  // Every seed heading must be taught by exactly one lesson: a gap fails the build, listing it.
  cached = loadCourse({
    contentDir: path.join(process.cwd(), 'content'),
    seedHeadings: loadSeedHeadings().headings,
    requireFullCoverage: true,
  });
  for (const notice of cached.notices) console.warn(`[content] ${notice}`);
  return cached;
}

export function getLesson(slug: string): Lesson | undefined {
  return getCourse().lessons.find((lesson) => lesson.slug === slug);
}

/** The lessons before and after `slug` in course order. */
export function getNeighbours(slug: string): { previous?: Lesson; next?: Lesson } {
  const { lessons } = getCourse();
  const i = lessons.findIndex((lesson) => lesson.slug === slug);
  return { previous: i > 0 ? lessons[i - 1] : undefined, next: i >= 0 ? lessons[i + 1] : undefined };
}
