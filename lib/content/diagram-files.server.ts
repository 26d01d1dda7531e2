import 'server-only';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from './errors';
import { diagramFileSchema, type Diagram } from '../diagram/schema';
import { parsePrefixedName } from './slug';
import { parseYamlWith } from './yaml-source';

export const DIAGRAM_FILE_NAME = 'diagram.yaml';

export interface DiagramSource {
  diagram: Diagram;
  /** Path relative to the working directory, for messages. */
  file: string;
  /** The lesson the diagram sits beside, from its folder name (`01-what-is-docker` → `what-is-docker`). */
  lessonSlug?: string;
}

export class DiagramErrors extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`Diagrams are invalid (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${errors.map((e) => e.message).join('\n')}`);
    this.name = 'DiagramErrors';
  }
}

/**
 * Finds every `diagram.yaml` under `contentDir`, validates each (file, line and path on error) and
 * checks that diagram ids are unique across the course: they are URL fragments and MDX references.
 * Collects every problem before throwing, so one build run reports them all.
 */
export function loadDiagramFiles(contentDir: string): DiagramSource[] {
  const rel = (p: string) => path.relative(process.cwd(), p) || p;
  const errors: ContentError[] = [];
  const sources: DiagramSource[] = [];
  for (const file of findDiagramFiles(contentDir)) {
    try {
      const { diagrams } = parseYamlWith(diagramFileSchema, readFileSync(file, 'utf8'), rel(file));
      const lessonSlug = parsePrefixedName(path.basename(path.dirname(file)))?.slug;
      for (const diagram of diagrams) sources.push({ diagram, file: rel(file), lessonSlug });
    } catch (error) {
      errors.push(error instanceof ContentError ? error : new ContentError(rel(file), [{ field: '', message: String(error) }]));
    }
  }
  const firstFile = new Map<string, string>();
  for (const { diagram, file } of sources) {
    const other = firstFile.get(diagram.id);
    if (other) {
      const line = lineOfId(file, diagram.id);
      errors.push(
        new ContentError(file, [
          {
            field: 'diagrams',
            message: `duplicate diagram id "${diagram.id}" (also in ${other}); ids are links and must be unique across the course`,
            line,
          },
        ]),
      );
    } else {
      firstFile.set(diagram.id, file);
    }
  }
  if (errors.length > 0) throw new DiagramErrors(errors);
  return sources;
}

function findDiagramFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) found.push(...findDiagramFiles(full));
    else if (name === DIAGRAM_FILE_NAME) found.push(full);
  }
  return found;
}

function lineOfId(file: string, id: string): number | undefined {
  const lines = readFileSync(path.resolve(process.cwd(), file), 'utf8').split('\n');
  const index = lines.findIndex((line) => new RegExp(`^\\s*-?\\s*id:\\s*["']?${id}["']?\\s*$`).test(line));
  return index >= 0 ? index + 1 : undefined;
}
