import 'server-only';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as z from '@/lib/zod';
import { EDGE_KINDS, NODE_KIND_NAMES, NODE_KINDS } from '../diagram/kinds';
import type { LaidOutDiagram } from '../diagram/layout-types';
import { MAX_DIAGRAM_WIDTH, METRICS } from '../diagram/metrics';
import type { Diagram } from '../diagram/schema';

/**
 * Everything besides a diagram's own data that decides its layout. The source files are read as
 * text so an edit to any of them (an algorithm option, a wrapping rule, a route) changes the key;
 * the kinds and metrics are also hashed as values, and elkjs by its installed version, because an
 * upgrade moves boxes without any of our files changing.
 */
export const LAYOUT_SOURCE_FILES = [
  'lib/content/diagram-layout.server.ts',
  'lib/content/diagram-layout-cache.server.ts',
  'lib/diagram/kinds.ts',
  'lib/diagram/metrics.ts',
  'lib/diagram/routes.ts',
  'lib/diagram/layout-types.ts',
  'lib/diagram/schema.ts',
] as const;

/**
 * The version every cached layout is keyed by, or undefined when it cannot be known (a layout
 * source or elkjs's package.json is missing): then nothing is cached on disk, since a key that
 * misses an input could hand back a stale layout.
 */
export function layoutVersion(root: string): string | undefined {
  try {
    const hash = createHash('sha256');
    for (const file of LAYOUT_SOURCE_FILES) hash.update(`${file}\n`).update(readFileSync(path.join(root, file), 'utf8'));
    const elk = JSON.parse(readFileSync(path.join(root, 'node_modules', 'elkjs', 'package.json'), 'utf8')) as { version?: unknown };
    if (typeof elk.version !== 'string') return undefined;
    hash.update(`elkjs@${elk.version}\n`);
    hash.update(JSON.stringify({ NODE_KINDS, EDGE_KINDS, METRICS, MAX_DIAGRAM_WIDTH }));
    return hash.digest('hex');
  } catch {
    return undefined;
  }
}

/** The cache file name for a diagram: its id (readable) and a hash of its data and the layout version. */
export function layoutCacheKey(diagram: Diagram, version: string): string {
  return `${diagram.id}-${createHash('sha256').update(version).update('\n').update(JSON.stringify(diagram)).digest('hex').slice(0, 20)}`;
}

const box = z.object({ x: z.number(), y: z.number(), width: z.number().nonnegative(), height: z.number().nonnegative() });
const point = z.object({ x: z.number(), y: z.number() });
const laidOutDiagramSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  width: z.number().positive(),
  height: z.number().positive(),
  nodes: z.array(
    box.extend({
      id: z.string(),
      kind: z.enum(NODE_KIND_NAMES as [string, ...string[]]),
      label: z.string(),
      labelLines: z.array(z.string()),
      detail: z.string().optional(),
      detailLines: z.array(z.string()),
      parent: z.string().optional(),
      isGroup: z.boolean(),
      depth: z.number().int().nonnegative(),
    }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      from: z.string(),
      to: z.string(),
      kind: z.enum(EDGE_KINDS),
      label: z.string().optional(),
      labelLines: z.array(z.string()),
      labelBox: box.optional(),
      bidirectional: z.boolean(),
      points: z.array(point).min(2),
    }),
  ),
  steps: z.array(z.object({ caption: z.string(), highlight: z.array(z.string()), packet: z.string().optional() })),
});

const sameIds = (a: readonly { id: string }[], b: readonly { id: string }[]) => {
  const ids = new Set(a.map((x) => x.id));
  return a.length === b.length && b.every((x) => ids.has(x.id));
};

/**
 * A cached layout, if the file holds one for exactly this diagram: well-formed, and with the same
 * id, nodes, edges and steps as the source. Anything else (missing, truncated by a killed build,
 * edited by hand, written by other code) is undefined, and the diagram is laid out again.
 */
export function readCachedLayout(file: string, diagram: Diagram): LaidOutDiagram | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  const parsed = laidOutDiagramSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const layout = parsed.data as LaidOutDiagram;
  const matches =
    layout.id === diagram.id &&
    layout.title === diagram.title &&
    layout.summary === diagram.summary &&
    sameIds(layout.nodes, diagram.nodes) &&
    sameIds(layout.edges, diagram.edges) &&
    layout.steps.length === diagram.steps.length &&
    layout.steps.every((step, i) => {
      const source = diagram.steps[i]!;
      return step.caption === source.caption && step.packet === source.packet && step.highlight.join('\n') === source.highlight.join('\n');
    });
  return matches ? layout : undefined;
}

/** Writes through a temporary file and a rename, so a reader (another build worker) never sees half a file. */
function writeCachedLayout(file: string, layout: LaidOutDiagram) {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(layout));
    renameSync(temporary, file);
  } catch {
    // A read-only tree still builds; it just lays out again next time.
  }
}

interface CacheOptions {
  dir: string;
  /** From layoutVersion; undefined turns the disk cache off. */
  version: string | undefined;
  layout: (diagram: Diagram) => Promise<LaidOutDiagram>;
}

/** The diagram's layout from the disk cache when a valid one is there, otherwise laid out and stored. */
export async function cachedLayout(diagram: Diagram, { dir, version, layout }: CacheOptions): Promise<LaidOutDiagram> {
  if (version === undefined) return layout(diagram);
  const file = path.join(dir, `${layoutCacheKey(diagram, version)}.json`);
  const cached = readCachedLayout(file, diagram);
  if (cached) return cached;
  const fresh = await layout(diagram);
  writeCachedLayout(file, fresh);
  return fresh;
}
