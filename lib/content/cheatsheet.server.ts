import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError } from './errors';
import { compileMdx } from './mdx.server';
import { parseYamlWith } from './yaml-source';

const FILE = 'content/cheatsheet.mdx';
const schema = z.strictObject({ title: z.string().min(1), summary: z.string().min(1) });

/** The printable comparison tables, compiled through the lesson pipeline. */
export async function getCheatSheet() {
  const file = path.join(process.cwd(), FILE);
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new ContentError(FILE, [{ field: '', line: 1, message: 'missing frontmatter (title, summary)' }]);
  const meta = parseYamlWith(schema, match[1] ?? '', FILE, 1);
  const body = text.slice(match[0].length);
  const { code, toc } = await compileMdx({ file: FILE, dir: path.dirname(file), body, bodyLineOffset: match[0].split('\n').length - 1 });
  return { ...meta, code, toc };
}
