import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCourse } from './course.server';
import { ContentErrors } from './errors';
import { parseLessonSource } from './frontmatter';
import { extractSeedHeadings, loadSeedHeadings, SEED_PATH } from './seed.server';
import snapshot from '@/content/syllabus-headings.json';
import { existsSync } from 'node:fs';

const good = (covers = '["What is Docker?"]') => `---
title: What is Docker?
summary: Containers in one sentence.
covers: ${covers}
objectives: ["Explain containers"]
minutes: 8
---

## Why it matters
`;

function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('lesson frontmatter', () => {
  it('parses a valid lesson and returns its body', () => {
    const { frontmatter, body, bodyLineOffset } = parseLessonSource(good(), 'l.mdx');
    expect(frontmatter.minutes).toBe(8);
    expect(body.trim()).toBe('## Why it matters');
    expect(bodyLineOffset).toBe(7);
  });

  it('accepts a lesson that covers no seed heading (a topic beyond the seed)', () => {
    expect(parseLessonSource(good('[]'), 'l.mdx').frontmatter.covers).toEqual([]);
  });

  it('names the file, the line and the field of a bad value', () => {
    const text = good().replace('minutes: 8', 'minutes: eight');
    expect(errorOf(() => parseLessonSource(text, 'content/01-a/01-b/lesson.mdx'))).toMatch(/^content\/01-a\/01-b\/lesson\.mdx:6 minutes: /);
  });

  it('points a bad list item at its own line', () => {
    const text = good().replace('objectives: ["Explain containers"]', 'objectives:\n  - Explain containers\n  - ""');
    expect(errorOf(() => parseLessonSource(text, 'l.mdx'))).toMatch(/^l\.mdx:7 objectives\[1\]: must not be empty/);
  });

  it('reports a missing field and an unknown one', () => {
    const text = good().replace('summary: Containers in one sentence.\n', 'sumary: typo\n');
    const message = errorOf(() => parseLessonSource(text, 'l.mdx'));
    expect(message).toMatch(/l\.mdx:\d+ summary: /);
    expect(message).toMatch(/sumary/);
  });

  it('accepts a lesson that covers no seed heading', () => {
    expect(parseLessonSource(good('[]'), 'l.mdx').frontmatter.covers).toEqual([]);
  });

  it('rejects a file without frontmatter and broken YAML', () => {
    expect(errorOf(() => parseLessonSource('# Hello', 'l.mdx'))).toMatch(/l\.mdx:1: missing frontmatter/);
    expect(errorOf(() => parseLessonSource('---\ntitle: [unclosed\n---\n', 'l.mdx'))).toMatch(/l\.mdx:\d+: invalid YAML/);
  });
});

function makeContent(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stevedore-content-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const seed = ['What is Docker?', 'Docker on an OS', 'Amazon ECR'];
const moduleYaml = 'title: Docker fundamentals\nsummary: The basics.\n';

describe('course discovery', () => {
  it('orders modules and lessons by prefix and lists uncovered headings', () => {
    const dir = makeContent({
      '02-aws/module.yaml': moduleYaml,
      '02-aws/01-ecr/lesson.mdx': good('["Amazon ECR"]').replace('What is Docker?\nsummary', 'ECR\nsummary'),
      '01-docker/module.yaml': moduleYaml,
      '01-docker/01-what-is-docker/lesson.mdx': good(),
      'scenarios/x.yaml': 'a: 1',
      'drafts/notes.md': 'ignored',
    });
    const course = loadCourse({ contentDir: dir, seedHeadings: seed });
    expect(course.modules.map((m) => m.slug)).toEqual(['docker', 'aws']);
    expect(course.lessons.map((l) => l.slug)).toEqual(['what-is-docker', 'ecr']);
    expect(course.uncovered).toEqual(['Docker on an OS']);
    expect(course.notices).toEqual([expect.stringMatching(/ignored .*drafts: module folders are named NN-slug/)]);
  });

  it('fails on an unknown heading, suggesting the right one', () => {
    const dir = makeContent({ '01-d/module.yaml': moduleYaml, '01-d/01-a/lesson.mdx': good('["what is docker"]') });
    const message = errorOf(() => loadCourse({ contentDir: dir, seedHeadings: seed }));
    expect(message).toMatch(
      /01-a\/lesson\.mdx covers\[0\]: "what is docker" is not a ## heading of the seed notes \(did you mean "What is Docker\?"\?\)/,
    );
  });

  it('fails on a heading covered twice and on a duplicate slug', () => {
    const dir = makeContent({
      '01-d/module.yaml': moduleYaml,
      '01-d/01-a/lesson.mdx': good(),
      '01-d/02-b/lesson.mdx': good(),
      '02-e/module.yaml': moduleYaml,
      '02-e/01-a/lesson.mdx': good('["Amazon ECR"]'),
    });
    const message = errorOf(() => loadCourse({ contentDir: dir, seedHeadings: seed }));
    expect(message).toMatch(/02-b\/lesson\.mdx covers\[0\]: "What is Docker\?" is already covered by/);
    expect(message).toMatch(/lesson slug "a" is also used by/);
  });

  it('collects every bad file in one error, and requires full coverage in strict mode', () => {
    const dir = makeContent({
      '01-d/module.yaml': 'title: x\n',
      '02-e/module.yaml': moduleYaml,
      '02-e/01-a/lesson.mdx': good().replace('minutes: 8', 'minutes: 0'),
      '02-e/02-b/notes.txt': 'no lesson here',
    });
    try {
      loadCourse({ contentDir: dir, seedHeadings: seed });
      throw new Error('expected an error');
    } catch (error) {
      expect(error).toBeInstanceOf(ContentErrors);
      const message = (error as Error).message;
      expect(message).toMatch(/01-d\/module\.yaml:\d+ summary:/);
      expect(message).toMatch(/01-a\/lesson\.mdx:6 minutes: must be more than 0/);
      expect(message).toMatch(/02-b\/lesson\.mdx: missing/);
    }
    const ok = makeContent({ '01-d/module.yaml': moduleYaml, '01-d/01-a/lesson.mdx': good() });
    expect(errorOf(() => loadCourse({ contentDir: ok, seedHeadings: seed, requireFullCoverage: true }))).toMatch(
      /missing: "Docker on an OS", "Amazon ECR"/,
    );
  });
});

describe('seed headings', () => {
  it('skips headings inside code fences', () => {
    expect(extractSeedHeadings('## A\n```\n## not a heading\n```\n### B\n## C')).toEqual(['A', 'C']);
  });

  it.runIf(existsSync(SEED_PATH))('has a snapshot equal to the shared seed', () => {
    expect(snapshot.headings).toEqual(extractSeedHeadings(readFileSync(SEED_PATH, 'utf8')));
    expect(loadSeedHeadings().headings).toHaveLength(26);
  });
});
