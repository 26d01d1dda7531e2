import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeCornerCells } from './rehype-corner-cells';

const html = (md: string) =>
  String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeCornerCells).use(rehypeStringify).processSync(md));

describe('rehypeCornerCells', () => {
  it('makes the empty corner of a comparison table a plain cell and keeps the named headers', () => {
    const out = html('| | ECS | EKS |\n| --- | --- | --- |\n| Control plane | AWS | AWS |\n');
    expect(out).toContain('<thead>\n<tr>\n<td></td>\n<th>ECS</th>\n<th>EKS</th>');
    expect(out.match(/<th>/g)).toHaveLength(2);
  });
});
