import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { loadCourse, type Course } from './course.server';
import { diagramFileSchema } from './diagram-schema';
import { loadGlossary } from './glossary.server';
import { quizFileSchema } from './quiz-schema';
import { loadSeedHeadings } from './seed.server';
import { lessonStandardProblems } from './standards';
import { parseYamlWith } from './yaml-source';

export interface ContentReport {
  course?: Course;
  diagrams: number;
  questions: number;
  glossaryTerms: number;
  problems: string[];
}

/** Every check the build makes on content/, without building: lessons, quizzes, diagrams, glossary. */
export function checkContent(contentDir = path.join(process.cwd(), 'content')): ContentReport {
  const problems: string[] = [];
  const attempt = <T>(fn: () => T): T | undefined => {
    try {
      return fn();
    } catch (error) {
      problems.push((error as Error).message);
      return undefined;
    }
  };
  const course = attempt(() => loadCourse({ contentDir, seedHeadings: loadSeedHeadings().headings, requireFullCoverage: true }));

  const definedDiagrams = new Set<string>();
  for (const file of findFiles(contentDir, 'diagram.yaml')) {
    const rel = path.relative(process.cwd(), file);
    for (const d of attempt(() => parseYamlWith(diagramFileSchema, readFileSync(file, 'utf8'), rel).diagrams) ?? []) {
      if (definedDiagrams.has(d.id)) problems.push(`${rel}: diagram id "${d.id}" is defined twice in the course`);
      definedDiagrams.add(d.id);
    }
  }

  let questions = 0;
  for (const lesson of course?.lessons ?? []) {
    const quizFile = path.join(lesson.dir, 'quiz.yaml');
    const rel = path.relative(process.cwd(), quizFile);
    if (!existsSync(quizFile)) {
      problems.push(`${rel}: missing`);
    } else {
      const quiz = attempt(() => parseYamlWith(quizFileSchema, readFileSync(quizFile, 'utf8'), rel)) ?? [];
      questions += quiz.length;
      const ids = headingAnchors(lesson.body);
      for (const q of quiz) for (const ref of q.refs) if (!ids.has(ref.slice(1))) problems.push(`${rel} ${q.id}.refs: "${ref}" is not a heading anchor in the lesson`);
      if (quiz.length > 0 && quiz.length < 8) problems.push(`${rel}: ${quiz.length} questions; at least 8 needed`);
    }
    problems.push(...lessonStandardProblems(lesson, definedDiagrams));
  }

  const glossary = course ? attempt(() => loadGlossary(course.lessons.map((l) => l.slug), path.join(contentDir, 'glossary.yaml'))) ?? [] : [];
  return { course, diagrams: definedDiagrams.size, questions, glossaryTerms: glossary.length, problems };
}

/** Heading anchors as rehype-slug makes them (github-slugger), skipping fenced code. */
export function headingAnchors(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  let fence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const m = !fence && /^(#{2,3})\s+(.+?)\s*$/.exec(line);
    if (m) ids.add(slugger.slug((m[2] as string).replace(/[`*_]/g, '')));
  }
  return ids;
}

function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return findFiles(full, name);
    return entry.name === name ? [full] : [];
  });
}
