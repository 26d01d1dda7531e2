import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors';
import { glossaryFileSchema, termId, type GlossaryEntry } from './glossary-schema';
import { parseYamlWith } from './yaml-source';

const FILE = 'content/glossary.yaml';
let cached: GlossaryEntry[] | undefined;

/**
 * The glossary, validated: unique ids and spellings, and every entry's lesson must exist.
 * `lessonSlugs` comes from the course so a renamed lesson fails the build here.
 */
export function loadGlossary(lessonSlugs: readonly string[], file = path.join(process.cwd(), FILE)): GlossaryEntry[] {
  if (!existsSync(file)) return [];
  const rel = path.relative(process.cwd(), file);
  const entries = parseYamlWith(glossaryFileSchema, readFileSync(file, 'utf8'), rel).map((e) => ({ ...e, id: e.id ?? termId(e.term) }));
  const problems: { field: string; message: string }[] = [];
  const ids = new Set<string>();
  const spellings = new Map<string, string>();
  const slugs = new Set(lessonSlugs);
  entries.forEach((entry, i) => {
    if (ids.has(entry.id)) problems.push({ field: `[${i}].id`, message: `duplicate id "${entry.id}"` });
    ids.add(entry.id);
    for (const spelling of [entry.term, ...entry.aliases]) {
      const key = spelling.toLowerCase();
      const other = spellings.get(key);
      if (other && other !== entry.id) problems.push({ field: `[${i}]`, message: `"${spelling}" is also a spelling of "${other}"` });
      spellings.set(key, entry.id);
    }
    if (!slugs.has(entry.lesson)) problems.push({ field: `[${i}].lesson`, message: `no lesson "${entry.lesson}" (term "${entry.term}")` });
  });
  if (problems.length > 0) throw new ContentError(rel, problems);
  return entries.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

export function getGlossary(lessonSlugs: readonly string[]): GlossaryEntry[] {
  cached ??= loadGlossary(lessonSlugs);
  return cached;
}
