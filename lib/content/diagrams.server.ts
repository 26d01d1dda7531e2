import 'server-only';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadDiagramFiles, type DiagramSource } from './diagram-files';
import type { LaidOutDiagram } from '../diagram/layout-types';
import { layoutDiagram } from './diagram-layout.server';
import { getCourse } from './index.server';

export interface DiagramEntry {
  diagram: LaidOutDiagram;
  file: string;
  /** Present when the lesson exists; a diagram may be drawn before its lesson is written. */
  lesson?: { slug: string; title: string };
  lessonSlug?: string;
}

// Layouts from a build with different layout code are never reused: the key covers that code too.
const LAYOUT_SOURCES = ['diagram-layout.server.ts', 'diagram-metrics.ts', 'diagram-routes.ts'];
const LAYOUT_VERSION = LAYOUT_SOURCES.map((name) => {
  try {
    return readFileSync(path.join(process.cwd(), 'lib', 'content', name), 'utf8');
  } catch {
    return name;
  }
}).join('\n');
const CACHE_DIR = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'cache', 'diagram-layouts');

let sources: DiagramSource[] | undefined;
const layouts = new Map<string, Promise<LaidOutDiagram>>();

function getSources(): DiagramSource[] {
  sources ??= loadDiagramFiles(path.join(process.cwd(), 'content'));
  return sources;
}

/**
 * A diagram laid out: once per build process in memory, and across build workers and rebuilds on
 * disk, keyed by a hash of its data and the layout version.
 */
function laidOut(source: DiagramSource): Promise<LaidOutDiagram> {
  let layout = layouts.get(source.diagram.id);
  if (!layout) {
    layout = cachedLayout(source);
    layouts.set(source.diagram.id, layout);
  }
  return layout;
}

async function cachedLayout({ diagram }: DiagramSource): Promise<LaidOutDiagram> {
  const key = createHash('sha256').update(LAYOUT_VERSION).update(JSON.stringify(diagram)).digest('hex').slice(0, 16);
  const file = path.join(CACHE_DIR, `${diagram.id}-${key}.json`);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LaidOutDiagram;
  } catch {
    const layout = await layoutDiagram(diagram);
    try {
      mkdirSync(CACHE_DIR, { recursive: true });
      writeFileSync(file, JSON.stringify(layout));
    } catch {
      // A read-only tree still builds; it just lays out again next time.
    }
    return layout;
  }
}

/** The diagram with this id, laid out, for `<Diagram id="..." />`. Throws (failing the build) if unknown. */
export async function getDiagram(id: string): Promise<LaidOutDiagram> {
  const source = getSources().find((s) => s.diagram.id === id);
  if (!source) {
    const known = getSources().map((s) => s.diagram.id).join(', ');
    throw new Error(`<Diagram id="${id}" />: no diagram.yaml in content/ defines "${id}" (known: ${known})`);
  }
  return laidOut(source);
}

/** Every diagram in the course, in content order, with the lesson each belongs to. */
export async function getAllDiagrams(): Promise<DiagramEntry[]> {
  const lessons = getCourse().lessons;
  return Promise.all(
    getSources().map(async (source) => {
      const lesson = lessons.find((l) => l.slug === source.lessonSlug);
      return {
        diagram: await laidOut(source),
        file: source.file,
        lessonSlug: source.lessonSlug,
        lesson: lesson && { slug: lesson.slug, title: lesson.title },
      };
    }),
  );
}
