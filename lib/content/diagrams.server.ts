import 'server-only';
import path from 'node:path';
import { loadDiagramFiles, type DiagramSource } from './diagram-files.server';
import type { LaidOutDiagram } from '../diagram/layout-types';
import { cachedLayout, layoutVersion } from './diagram-layout-cache.server';
import { layoutDiagram } from './diagram-layout.server';
import { getCourse } from './index.server';

export interface DiagramEntry {
  diagram: LaidOutDiagram;
  file: string;
  /** Present when the lesson exists; a diagram may be drawn before its lesson is written. */
  lesson?: { slug: string; title: string };
  lessonSlug?: string;
}

// Layouts from a build with different layout code, kinds, metrics or elkjs are never reused.
const LAYOUT_VERSION = layoutVersion(process.cwd());
const CACHE_DIR = path.join(process.cwd(), process.env.NEXT_DIST_DIR ?? '.next', 'cache', 'diagram-layouts');

let sources: DiagramSource[] | undefined;
const layouts = new Map<string, Promise<LaidOutDiagram>>();

/** Every diagram as written (not laid out): ids and walkthrough steps, for checks such as decks'. */
export function getDiagramSources(): DiagramSource[] {
  return getSources();
}

function getSources(): DiagramSource[] {
  sources ??= loadDiagramFiles(path.join(process.cwd(), 'content'));
  return sources;
}

/**
 * A diagram laid out: once per build process in memory, and across build workers and rebuilds on
 * disk (validated when read), keyed by a hash of its data and the layout version.
 */
function laidOut(source: DiagramSource): Promise<LaidOutDiagram> {
  let layout = layouts.get(source.diagram.id);
  if (!layout) {
    layout = cachedLayout(source.diagram, { dir: CACHE_DIR, version: LAYOUT_VERSION, layout: layoutDiagram });
    layouts.set(source.diagram.id, layout);
  }
  return layout;
}

/** The diagram with this id, laid out, for `<Diagram id="..." />`. Throws (failing the build) if unknown. */
export async function getDiagram(id: string): Promise<LaidOutDiagram> {
  const source = getSources().find((s) => s.diagram.id === id);
  if (!source) {
    const known = getSources()
      .map((s) => s.diagram.id)
      .join(', ');
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
