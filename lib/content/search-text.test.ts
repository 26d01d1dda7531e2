import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { plainText, textSections } from './search-text';

async function hast(markdown: string): Promise<Root> {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug);
  return (await processor.run(processor.parse(markdown))) as Root;
}

describe('textSections', () => {
  it('splits at h2 and h3 with the anchors rehype-slug gives the page', async () => {
    const sections = textSections(
      await hast('Opening words.\n\n## Why it matters\n\nBecause **images** are `immutable`.\n\n### Fargate vs. EC2\n\n- one\n- two\n'),
    );
    expect(sections).toEqual([
      { id: null, heading: '', text: 'Opening words.' },
      { id: 'why-it-matters', heading: 'Why it matters', text: 'Because images are immutable.' },
      { id: 'fargate-vs-ec2', heading: 'Fargate vs. EC2', text: 'one two' },
    ]);
  });

  it('keeps words of adjacent blocks and table cells apart', async () => {
    const [section] = textSections(
      await hast('## T\n\n| Launch type | Billing |\n| --- | --- |\n| Fargate | per second |\n\nNext paragraph.'),
    );
    expect(section!.text).toBe('Launch type Billing Fargate per second Next paragraph.');
  });

  it('leaves out a document with no text before its first heading', async () => {
    expect((await textSections(await hast('## Only\n\ntext')))[0]!.id).toBe('only');
  });
});

describe('plainText', () => {
  it('skips the nodes it is told to (a slide’s notes)', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'Title' }] },
        { type: 'mdxJsxFlowElement', name: 'Notes', children: [{ type: 'text', value: 'secret' }] },
        { type: 'element', tagName: 'p', children: [{ type: 'text', value: 'Shown' }] },
      ],
    };
    expect(plainText(tree, (n) => n.name === 'Notes')).toBe('Title Shown');
  });
});
