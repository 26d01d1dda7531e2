import { describe, expect, it } from 'vitest';
import { diagramFileSchema } from './schema';
import { parseYamlWith } from '../content/yaml-source';

function errorOf(text: string, file = 'content/01-a/01-b/diagram.yaml'): string {
  try {
    parseYamlWith(diagramFileSchema, text, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the diagram to be rejected');
}

const valid = `diagrams:
  - id: tiny
    title: Tiny
    summary: Two boxes.
    nodes:
      - { id: vpc, kind: vpc }
      - { id: subnet, kind: private-subnet, parent: vpc }
      - { id: fn, kind: lambda }
    edges:
      - { id: call, from: fn, to: subnet }
    steps:
      - { caption: Look, highlight: [fn, call], packet: call }
`;

describe('diagram.yaml errors', () => {
  it('accepts a valid file and fills defaults', () => {
    const { diagrams } = parseYamlWith(diagramFileSchema, valid, 'd.yaml');
    expect(diagrams[0]?.direction).toBe('RIGHT');
    expect(diagrams[0]?.edges[0]?.kind).toBe('request');
  });

  it('names the file, the line and the path of an unknown kind, with a hint', () => {
    const message = errorOf(valid.replace('kind: lambda', 'kind: lamdba'));
    expect(message).toBe('content/01-a/01-b/diagram.yaml:8 diagrams[0].nodes[2].kind: unknown kind "lamdba" (did you mean "lambda"?)');
  });

  it('accepts via points only in a hand layout', () => {
    const withVia = valid.replace('{ id: call, from: fn, to: subnet }', '{ id: call, from: fn, to: subnet, via: [{ x: 10, y: 20 }] }');
    expect(errorOf(withVia)).toMatch(/:10 diagrams\[0\]\.edges\[0\]\.via: via needs a hand layout: give every node a position/);
  });

  it('gives no hint when nothing is close', () => {
    expect(errorOf(valid.replace('kind: lambda', 'kind: mainframe'))).toMatch(/nodes\[2\]\.kind: unknown kind "mainframe"$/);
  });

  it('reports edges and steps that name missing nodes', () => {
    const message = errorOf(
      valid
        .replace('from: fn', 'from: fnn')
        .replace('highlight: [fn, call]', 'highlight: [fn, nope]')
        .replace('packet: call', 'packet: fn'),
    );
    expect(message).toMatch(/:10 diagrams\[0\]\.edges\[0\]\.from: no node with id "fnn"/);
    expect(message).toMatch(/:12 diagrams\[0\]\.steps\[0\]\.highlight\[1\]: no node or edge with id "nope"/);
    expect(message).toMatch(/diagrams\[0\]\.steps\[0\]\.packet: no edge with id "fn"/);
  });

  it('rejects bad nesting: a leaf as parent, a disallowed parent, a missing parent, a cycle', () => {
    expect(errorOf(valid.replace('parent: vpc', 'parent: fn'))).toMatch(
      /:7 diagrams\[0\]\.nodes\[1\]\.parent: "fn" is a lambda, which cannot contain other nodes/,
    );
    expect(errorOf(valid.replace('{ id: vpc, kind: vpc }', '{ id: vpc, kind: ecs-cluster }'))).toMatch(
      /nodes\[1\]\.parent: a private-subnet cannot sit inside a ecs-cluster \(allowed: availability-zone, vpc, group\)/,
    );
    expect(errorOf(valid.replace('parent: vpc', 'parent: vpcc'))).toMatch(/nodes\[1\]\.parent: no node with id "vpcc"/);
    const cycle = valid
      .replace('{ id: vpc, kind: vpc }', '{ id: vpc, kind: group, parent: box }')
      .replace('{ id: fn, kind: lambda }', '{ id: box, kind: group, parent: vpc }');
    expect(errorOf(cycle)).toMatch(/"vpc" would contain itself/);
  });

  it('rejects duplicate ids, within nodes and across nodes and edges', () => {
    expect(errorOf(valid.replace('{ id: fn, kind: lambda }', '{ id: vpc, kind: lambda }'))).toMatch(
      /:8 diagrams\[0\]\.nodes\[2\]\.id: duplicate node id "vpc"/,
    );
    expect(errorOf(valid.replace('{ id: call,', '{ id: fn,'))).toMatch(
      /:10 diagrams\[0\]\.edges\[0\]\.id: duplicate id "fn" \(node and edge ids share one namespace\)/,
    );
  });

  it('rejects an unknown field and a bad edge kind', () => {
    expect(errorOf(valid.replace('title: Tiny', 'title: Tiny\n    colour: red'))).toMatch(/diagrams\[0\]: Unrecognized key: "colour"/);
    expect(errorOf(valid.replace('from: fn, to: subnet', 'from: fn, to: subnet, kind: pushes'))).toMatch(
      /edges\[0\]\.kind: unknown edge kind "pushes": use one of request, data, control, assumes-role/,
    );
  });
});
