import 'server-only';
import rehypeShiki from '@shikijs/rehype';
import { bundleMDX } from 'mdx-bundler';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ContentError, type ContentProblem } from './errors';
import type { Lesson } from './course.server';
import { getGlossary } from './glossary.server';
import { getCourse } from './index.server';
import { rehypeCodeBlocks } from './rehype-code-blocks';
import { rehypeGlossary } from './rehype-glossary';
import { rehypeCornerCells } from './rehype-corner-cells';
import { rehypeScrollTables } from './rehype-scroll-tables';
import { rehypeTextSections, type TextSection } from './search-text';
import type { TocEntry } from './types';

export interface CompiledLesson {
  code: string;
  toc: TocEntry[];
  /** The lesson's words split at its h2/h3 anchors, for the search index. */
  sections: TextSection[];
}

/** What compiling needs: any MDX body with its file (for errors) and folder. */
export type MdxSource = Pick<Lesson, 'file' | 'dir' | 'body' | 'bodyLineOffset'>;

/** Build-time highlighting for lessons and decks: both themes in the HTML, light by default. */
export const SHIKI_OPTIONS = {
  themes: { light: 'github-light-default', dark: 'github-dark-default' },
  defaultColor: 'light',
  langs: ['bash', 'shell', 'dockerfile', 'yaml', 'json', 'typescript', 'javascript', 'text'],
} as const;

const compiled = new Map<string, Promise<CompiledLesson>>();

/** Compiles a lesson's MDX once per build: GFM, heading ids and anchors, code blocks (file name, copy), Shiki highlighting. */
export function compileMdx(lesson: MdxSource): Promise<CompiledLesson> {
  let result = compiled.get(lesson.file);
  if (!result) {
    result = compile(lesson);
    compiled.set(lesson.file, result);
  }
  return result;
}

async function compile(lesson: MdxSource): Promise<CompiledLesson> {
  const toc: TocEntry[] = [];
  let sections: TextSection[] = [];
  const glossary = getGlossary(getCourse().lessons.map((l) => l.slug));
  try {
    const { code } = await bundleMDX({
      source: lesson.body,
      cwd: lesson.dir,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm];
        options.rehypePlugins = [
          ...(options.rehypePlugins ?? []),
          rehypeSlug,
          () => collectToc(toc),
          rehypeTextSections((found) => (sections = found)),
          rehypeGlossary(glossary),
          rehypeCornerCells,
          rehypeScrollTables,
          rehypeCodeBlocks,
          [
            rehypeAutolinkHeadings,
            {
              behavior: 'append',
              properties: { className: ['heading-anchor'], ariaHidden: true, tabIndex: -1 },
              content: { type: 'text', value: '#' },
            },
          ],
          [rehypeShiki, SHIKI_OPTIONS],
        ];
        return options;
      },
    });
    return { code, toc, sections };
  } catch (error) {
    throw new ContentError(
      lesson.file,
      mdxProblems(error, (line) => line + lesson.bodyLineOffset),
    );
  }
}

function collectToc(toc: TocEntry[]) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties?.id === 'string') {
        toc.push({ id: node.properties.id, text: textOf(node), depth: node.tagName === 'h2' ? 2 : 3 });
      }
    });
  };
}

function textOf(node: Element | Root | { type: string; value?: string; children?: unknown[] }): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node && Array.isArray(node.children)) return node.children.map((c) => textOf(c as Element)).join('');
  return '';
}

/** esbuild reports MDX errors with a location inside the compiled source; `fileLine` maps it back to the file's lines. */
export function mdxProblems(error: unknown, fileLine: (sourceLine: number) => number): ContentProblem[] {
  const errors = (error as { errors?: { text: string; location?: { line: number } }[] }).errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.map((e) => ({ field: 'mdx', message: e.text, line: e.location ? fileLine(e.location.line) : undefined }));
  }
  return [{ field: 'mdx', message: error instanceof Error ? error.message : String(error) }];
}
