import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { loadCourse, type Course } from './course.server';
import { loadDecks, presetIdsIn } from './deck-files.server';
import { loadDiagramFiles } from './diagram-files.server';
import { loadGlossary } from './glossary.server';
import { loadQuizBank } from './quiz.server';
import { loadSeedHeadings } from './seed.server';
import { lessonStandardProblems } from './standards';
import type { TocEntry } from './types';

export interface ContentReport {
  course?: Course;
  diagrams: number;
  questions: number;
  glossaryTerms: number;
  decks: number;
  problems: string[];
}

/**
 * Every check the build makes on content/, without building: the same loaders the build uses for
 * lessons, diagrams, quizzes and the glossary, plus the lesson standards. Headings come from the
 * MDX source (as rehype-slug names them) instead of a full MDX compile, to stay fast.
 */
export async function checkContent(contentDir = path.join(process.cwd(), 'content')): Promise<ContentReport> {
  const problems: string[] = [];
  const attempt = async <T>(fn: () => T | Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (error) {
      problems.push((error as Error).message);
      return undefined;
    }
  };
  const course = await attempt(() => loadCourse({ contentDir, seedHeadings: loadSeedHeadings().headings, requireFullCoverage: true }));
  const diagrams = (await attempt(() => loadDiagramFiles(contentDir))) ?? [];
  const definedDiagrams = new Set(diagrams.map((d) => d.diagram.id));
  if (!course) return { diagrams: diagrams.length, questions: 0, glossaryTerms: 0, decks: 0, problems };

  const bank = await attempt(() => loadQuizBank(course, (lesson) => headingToc(lesson.body)));
  for (const lesson of course.lessons) problems.push(...lessonStandardProblems(lesson, definedDiagrams));
  const glossary =
    (await attempt(() =>
      loadGlossary(
        course.lessons.map((l) => l.slug),
        path.join(contentDir, 'glossary.yaml'),
      ),
    )) ?? [];
  const decks =
    (await attempt(() => loadDecks({ course, diagrams, questions: bank?.questions ?? [], presetIds: presetIdsIn(contentDir) }))) ?? [];
  return {
    course,
    diagrams: diagrams.length,
    questions: bank?.questions.length ?? 0,
    glossaryTerms: glossary.length,
    decks: decks.length,
    problems,
  };
}

/** The h2/h3 anchors of an MDX body as rehype-slug makes them (github-slugger), skipping fenced code. */
export function headingToc(body: string): TocEntry[] {
  const slugger = new GithubSlugger();
  const toc: TocEntry[] = [];
  let fence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const m = !fence && /^(#{2,3})\s+(.+?)\s*$/.exec(line);
    if (m) {
      const text = (m[2] as string).replace(/[`*_]/g, '');
      toc.push({ id: slugger.slug(text), text, depth: m[1] === '##' ? 2 : 3 });
    }
  }
  return toc;
}
