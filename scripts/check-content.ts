// Validates every lesson, quiz.yaml and diagram.yaml without a full build: `npx tsx scripts/check-content.ts`.
// The build runs the same checks; this is the quick loop for writers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import GithubSlugger from 'github-slugger';
import { loadCourse } from '../lib/content/course.server';
import { diagramFileSchema } from '../lib/content/diagram-schema';
import { quizFileSchema } from '../lib/content/quiz-schema';
import { loadSeedHeadings } from '../lib/content/seed.server';
import { parseYamlWith } from '../lib/content/yaml-source';

const contentDir = path.join(process.cwd(), 'content');
const problems: string[] = [];
const course = (() => {
  try {
    return loadCourse({ contentDir, seedHeadings: loadSeedHeadings().headings });
  } catch (error) {
    problems.push((error as Error).message);
    return undefined;
  }
})();

/** Heading anchors as rehype-slug makes them (github-slugger), skipping fenced code. */
function anchors(body: string): Set<string> {
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

const diagramIds = new Map<string, string>();
for (const lesson of course?.lessons ?? []) {
  const quizFile = path.join(lesson.dir, 'quiz.yaml');
  const rel = path.relative(process.cwd(), quizFile);
  if (!existsSync(quizFile)) problems.push(`${rel}: missing`);
  else {
    try {
      const quiz = parseYamlWith(quizFileSchema, readFileSync(quizFile, 'utf8'), rel);
      const ids = anchors(lesson.body);
      for (const q of quiz) for (const ref of q.refs) if (!ids.has(ref.slice(1))) problems.push(`${rel} ${q.id}.refs: "${ref}" is not a heading anchor in the lesson`);
      if (quiz.length < 8) problems.push(`${rel}: ${quiz.length} questions; at least 8 needed`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const usedDiagrams = [...lesson.body.matchAll(/<Diagram id="([^"]+)"/g)].map((m) => m[1] as string);
  for (const id of usedDiagrams) diagramIds.set(id, lesson.file);
}

const definedDiagrams = new Set<string>();
function walk(dir: string) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name === 'diagram.yaml') {
      const rel = path.relative(process.cwd(), full);
      try {
        for (const d of parseYamlWith(diagramFileSchema, readFileSync(full, 'utf8'), rel).diagrams) {
          if (definedDiagrams.has(d.id)) problems.push(`${rel}: diagram id "${d.id}" is defined twice in the course`);
          definedDiagrams.add(d.id);
        }
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
  }
}
walk(contentDir);
for (const [id, file] of diagramIds) if (!definedDiagrams.has(id)) problems.push(`${file}: <Diagram id="${id}" /> has no diagram.yaml entry`);

if (course) console.log(`${course.lessons.length} lessons, ${definedDiagrams.size} diagrams; seed headings not yet covered: ${course.uncovered.length}\n`);
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('content OK');
