import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as z from '@/lib/zod';
import { parseFrontmatter } from './frontmatter';
import { compileMdx } from './mdx.server';

const FILE = 'content/cheatsheet.mdx';
const schema = z.strictObject({ title: z.string().min(1), summary: z.string().min(1) });

/** The printable comparison tables, compiled through the lesson pipeline. */
export async function getCheatSheet() {
  const file = path.join(process.cwd(), FILE);
  const { frontmatter, body, bodyLineOffset } = parseFrontmatter(schema, readFileSync(file, 'utf8'), FILE, 'title, summary');
  const { code, toc, sections } = await compileMdx({ file: FILE, dir: path.dirname(file), body, bodyLineOffset });
  return { ...frontmatter, code, toc, sections };
}
