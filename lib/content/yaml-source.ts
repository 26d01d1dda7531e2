import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { z } from 'zod';
import { ContentError, formatPath, type ContentProblem } from './errors';

/**
 * Parses YAML text and validates it with a zod schema, reporting every problem with the line it
 * sits on. `lineOffset` shifts line numbers when the YAML is embedded (lesson frontmatter).
 */
export function parseYamlWith<S extends z.ZodType>(schema: S, text: string, file: string, lineOffset = 0): z.infer<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ContentError(
      file,
      doc.errors.map((e) => ({
        field: '',
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
        line: e.linePos ? e.linePos[0].line + lineOffset : undefined,
      })),
    );
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data;
  const problems: ContentProblem[] = result.error.issues.map((issue) => {
    const node = nodeAt(doc.contents, issue.path);
    const offset = node?.range?.[0];
    return {
      field: formatPath(issue.path),
      message: issue.message,
      line: offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset,
    };
  });
  throw new ContentError(file, problems);
}

/** The deepest YAML node that exists along `path` (a missing key points at its parent map). */
function nodeAt(root: unknown, path: readonly PropertyKey[]): Node | undefined {
  let node = root as Node | undefined;
  for (const key of path) {
    let next: unknown;
    if (isMap(node)) next = node.get(key as string, true);
    else if (isSeq(node)) next = node.get(key as number, true);
    if (!next) break;
    node = next as Node;
  }
  return node;
}

/**
 * Finds the line of a value in YAML text by its path, for checks that run after the schema
 * (e.g. an id used twice in the course). Undefined when the path does not exist.
 */
export function yamlLineFinder(text: string, lineOffset = 0): (path: readonly PropertyKey[]) => number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return (path) => {
    const offset = nodeAt(doc.contents, path)?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset).line + lineOffset;
  };
}
