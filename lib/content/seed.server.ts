import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import snapshot from '@/content/syllabus-headings.json';

/** The syllabus lives beside the repo (../shared/seed); CI and the team always have it. */
export const SEED_PATH = path.resolve(process.cwd(), '../shared/seed/containers-on-aws.md');

/** The `##` headings of the seed notes, in order. Code fences are skipped. */
export function extractSeedHeadings(markdown: string): string[] {
  const headings: string[] = [];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence && line.startsWith('## ')) headings.push(line.slice(3).trim());
  }
  return headings;
}

/**
 * Reads the seed's headings. A newcomer's clone may not have ../shared beside it, so the build
 * falls back to the committed snapshot (content/syllabus-headings.json, kept equal by a unit test).
 */
export function loadSeedHeadings(): { headings: string[]; source: string } {
  if (existsSync(SEED_PATH)) {
    return { headings: extractSeedHeadings(readFileSync(SEED_PATH, 'utf8')), source: SEED_PATH };
  }
  return { headings: snapshot.headings, source: 'content/syllabus-headings.json (snapshot)' };
}
