import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LaidOutDiagram } from '../diagram/layout-types';
import { diagramSchema, type Diagram } from '../diagram/schema';
import { cachedLayout, LAYOUT_SOURCE_FILES, layoutCacheKey, layoutVersion, readCachedLayout } from './diagram-layout-cache.server';
import { layoutDiagram } from './diagram-layout.server';

const diagram: Diagram = diagramSchema.parse({
  id: 'tiny',
  title: 'Tiny',
  summary: 'Two boxes.',
  nodes: [
    { id: 'a', kind: 's3' },
    { id: 'b', kind: 'sqs' },
  ],
  edges: [{ id: 'ab', from: 'a', to: 'b', label: 'sends' }],
  steps: [{ caption: 'A sends to B.', highlight: ['a', 'ab', 'b'], packet: 'ab' }],
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'diagram-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the project's layout inputs in a scratch folder, to edit one at a time. */
function scratchRoot(elkVersion = '0.12.1') {
  const root = path.join(dir, 'root');
  for (const file of LAYOUT_SOURCE_FILES) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    cpSync(path.join(process.cwd(), file), path.join(root, file));
  }
  mkdirSync(path.join(root, 'node_modules', 'elkjs'), { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'elkjs', 'package.json'), JSON.stringify({ name: 'elkjs', version: elkVersion }));
  return root;
}

describe('layout cache key', () => {
  it('is the same for the same inputs', () => {
    expect(layoutVersion(scratchRoot())).toBe(layoutVersion(scratchRoot()));
    expect(layoutVersion(process.cwd())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with the installed elkjs version', () => {
    const before = layoutVersion(scratchRoot('0.12.1'));
    rmSync(path.join(dir, 'root'), { recursive: true });
    expect(layoutVersion(scratchRoot('0.13.0'))).not.toBe(before);
  });

  it.each(LAYOUT_SOURCE_FILES)('changes when %s changes', (file) => {
    const root = scratchRoot();
    const before = layoutVersion(root);
    writeFileSync(path.join(root, file), `${readFileSync(path.join(root, file), 'utf8')}\n// edited\n`);
    expect(layoutVersion(root)).not.toBe(before);
  });

  it('is unknown (no disk cache) when an input is missing', () => {
    const root = scratchRoot();
    rmSync(path.join(root, 'node_modules', 'elkjs', 'package.json'));
    expect(layoutVersion(root)).toBeUndefined();
    expect(layoutVersion(path.join(dir, 'nowhere'))).toBeUndefined();
  });

  it('changes with the diagram data', () => {
    const moved = { ...diagram, direction: diagram.direction === 'RIGHT' ? 'DOWN' : 'RIGHT' } as Diagram;
    expect(layoutCacheKey(moved, 'v1')).not.toBe(layoutCacheKey(diagram, 'v1'));
    expect(layoutCacheKey(diagram, 'v2')).not.toBe(layoutCacheKey(diagram, 'v1'));
  });
});

describe('cached layouts', () => {
  const cacheFile = () => path.join(dir, `${layoutCacheKey(diagram, 'v1')}.json`);
  const layout = vi.fn(layoutDiagram);
  beforeEach(() => {
    layout.mockClear();
  });

  it('lays out once, then reads the stored layout back', async () => {
    const first = await cachedLayout(diagram, { dir, version: 'v1', layout });
    expect(layout).toHaveBeenCalledTimes(1);
    expect(existsSync(cacheFile())).toBe(true);
    const second = await cachedLayout(diagram, { dir, version: 'v1', layout });
    expect(layout).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
  });

  const corruptions: [string, (good: LaidOutDiagram) => string][] = [
    ['truncated JSON', (good) => JSON.stringify(good).slice(0, 80)],
    ['not an object', () => '"hello"'],
    ['a node without a size', (good) => JSON.stringify({ ...good, nodes: good.nodes.map((n) => ({ ...n, width: undefined })) })],
    ['an unknown node kind', (good) => JSON.stringify({ ...good, nodes: good.nodes.map((n) => ({ ...n, kind: 'mainframe' })) })],
    ['an edge without a route', (good) => JSON.stringify({ ...good, edges: good.edges.map((e) => ({ ...e, points: [] })) })],
    ['another diagram', (good) => JSON.stringify({ ...good, id: 'other' })],
    ['a missing node', (good) => JSON.stringify({ ...good, nodes: good.nodes.slice(1) })],
    ['different steps', (good) => JSON.stringify({ ...good, steps: [{ ...good.steps[0]!, caption: 'Old caption.' }] })],
  ];

  it.each(corruptions)('ignores a cache file holding %s and lays out again', async (_name, corrupt) => {
    const good = await layoutDiagram(diagram);
    writeFileSync(cacheFile(), corrupt(good));
    expect(readCachedLayout(cacheFile(), diagram)).toBeUndefined();
    await expect(cachedLayout(diagram, { dir, version: 'v1', layout })).resolves.toEqual(good);
    expect(layout).toHaveBeenCalledTimes(1);
    // The bad file was replaced by a good one.
    expect(readCachedLayout(cacheFile(), diagram)).toEqual(good);
  });

  it('writes nothing when the layout version is unknown', async () => {
    await cachedLayout(diagram, { dir, version: undefined, layout });
    await cachedLayout(diagram, { dir, version: undefined, layout });
    expect(layout).toHaveBeenCalledTimes(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});
