import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { expect, it } from 'vitest';
import { rehypeScrollTables } from './rehype-scroll-tables';

it('wraps a Markdown table in a named, keyboard-scrollable region', async () => {
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeScrollTables)
      .use(rehypeStringify)
      .process('| Step | Output |\n| --- | --- |\n| analyze | analysis.json |\n'),
  );
  expect(html).toMatch(/^<div class="table-scroll" role="region" tabindex="0" aria-label="Table: Step, Output"><table>/);
  expect(html.match(/<table>/g)).toHaveLength(1);
});
