import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeCodeBlocks, titleFromMeta } from './rehype-code-blocks';

async function wrappers(markdown: string) {
  const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeCodeBlocks);
  const tree = await processor.run(processor.parse(markdown));
  return (
    tree.children as unknown as {
      type: string;
      name?: string;
      attributes?: { name: string; value: unknown }[];
      children: { tagName?: string }[];
    }[]
  )
    .filter((n) => n.type === 'mdxJsxFlowElement')
    .map((n) => ({
      name: n.name,
      attributes: Object.fromEntries((n.attributes ?? []).map((a) => [a.name, a.value])),
      child: n.children[0]?.tagName,
    }));
}

describe('code blocks', () => {
  it('reads a file name from the fence meta', () => {
    expect(titleFromMeta('title="Dockerfile"')).toBe('Dockerfile');
    expect(titleFromMeta("showLineNumbers title='.dockerignore'")).toBe('.dockerignore');
    expect(titleFromMeta('subtitle="x"')).toBeUndefined();
    expect(titleFromMeta(undefined)).toBeUndefined();
  });

  it('wraps each fence, labelled by its file name or else its language', async () => {
    const md = '```dockerfile title="Dockerfile"\nFROM node:22\n```\n\n```bash\nls\n```\n\n```\nplain\n```\n';
    expect(await wrappers(md)).toEqual([
      { name: 'CodeBlock', attributes: { label: 'Dockerfile', isFile: null }, child: 'pre' },
      { name: 'CodeBlock', attributes: { label: 'Shell' }, child: 'pre' },
      { name: 'CodeBlock', attributes: {}, child: 'pre' },
    ]);
  });
});
