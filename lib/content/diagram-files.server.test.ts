import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagramErrors, loadDiagramFiles } from './diagram-files.server';

const diagram = (id: string) => `  - id: ${id}
    title: T
    summary: S.
    nodes: [{ id: a, kind: s3 }]
`;

function makeContent(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'stevedore-diagrams-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('finding diagrams', () => {
  it('finds every diagram.yaml, with the lesson slug from its folder, even before the lesson exists', () => {
    const dir = makeContent({
      '01-m/01-first-lesson/diagram.yaml': `diagrams:\n${diagram('one')}${diagram('two')}`,
      '02-n/03-later-lesson/diagram.yaml': `diagrams:\n${diagram('three')}`,
    });
    const found = loadDiagramFiles(dir);
    expect(found.map((d) => [d.diagram.id, d.lessonSlug])).toEqual([
      ['one', 'first-lesson'],
      ['two', 'first-lesson'],
      ['three', 'later-lesson'],
    ]);
  });

  it('rejects an id used twice across the course, naming both files and the line', () => {
    const dir = makeContent({
      '01-m/01-a/diagram.yaml': `diagrams:\n${diagram('same')}`,
      '01-m/02-b/diagram.yaml': `diagrams:\n${diagram('other')}${diagram('same')}`,
    });
    expect(() => loadDiagramFiles(dir)).toThrow(DiagramErrors);
    expect(() => loadDiagramFiles(dir)).toThrow(
      /01-m\/02-b\/diagram\.yaml:6 diagrams: duplicate diagram id "same" \(also in .*01-m\/01-a\/diagram\.yaml\)/,
    );
  });

  it('collects the problems of every file before failing', () => {
    const dir = makeContent({
      '01-m/01-a/diagram.yaml': 'diagrams:\n  - id: x\n    title: T\n    summary: S.\n    nodes: [{ id: a, kind: lamdba }]\n',
      '01-m/02-b/diagram.yaml': 'diagrams: []\n',
    });
    const message = (() => {
      try {
        loadDiagramFiles(dir);
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(message).toMatch(/01-a\/diagram\.yaml:5 diagrams\[0\]\.nodes\[0\]\.kind: unknown kind "lamdba" \(did you mean "lambda"\?\)/);
    expect(message).toMatch(/02-b\/diagram\.yaml:1 diagrams: list at least one diagram/);
  });

  it('validates every diagram in content/', () => {
    const found = loadDiagramFiles(path.join(process.cwd(), 'content'));
    expect(found.length).toBeGreaterThanOrEqual(6);
    for (const id of ['docker-on-os', 'docker-vs-vms', 'ecs-on-ec2', 'eventbridge-task', 'eks-network', 'app2container-workflow']) {
      expect(found.map((d) => d.diagram.id)).toContain(id);
    }
  });
});
