import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from './glossary.server';
import { rehypeGlossary } from './rehype-glossary';

const entries = [
  { id: 'task-definition', term: 'Task definition', aliases: ['task definitions'], definition: 'A blueprint for a task.', lesson: 'x' },
  { id: 'ecs-task', term: 'ECS task', aliases: ['ECS tasks'], definition: 'A running task definition.', lesson: 'x' },
  { id: 'ecs', term: 'Amazon ECS', aliases: ['ECS'], definition: 'The orchestrator.', lesson: 'x' },
];

async function render(markdown: string) {
  const file = await unified().use(remarkParse).use(remarkRehype).use(rehypeGlossary(entries)).use(rehypeStringify).process(markdown);
  return String(file);
}

describe('glossary links in lessons', () => {
  it('links only the first use of each term, longest spelling first, keeping the reader’s casing', async () => {
    const html = await render('Write task definitions before ECS tasks. An ECS task runs one task definition on ECS.');
    expect(html.match(/class="glossary-term"/g)).toHaveLength(3);
    expect(html).toContain(
      '<a href="/glossary/#task-definition" class="glossary-term" aria-describedby="glossary-tip-task-definition">task definitions</a>',
    );
    expect(html).toContain('>ECS tasks</a>');
    expect(html).toContain('<span role="tooltip" id="glossary-tip-ecs"');
    // Later uses stay plain text.
    expect(html).toContain('An ECS task runs one task definition on <span class="glossary-ref">');
  });

  it('leaves headings, code and existing links alone', async () => {
    const html = await render('## Amazon ECS\n\n`ECS` and [ECS](https://aws.amazon.com/ecs/) — then Amazon ECS.');
    expect(html).toContain('<h2>Amazon ECS</h2>');
    expect(html).toContain('<code>ECS</code>');
    expect(html.match(/class="glossary-term"/g)).toHaveLength(1);
    expect(html).toContain('— then <span class="glossary-ref"><a href="/glossary/#ecs"');
  });

  it('matches a term that wraps onto the next source line, before a shorter spelling inside it', async () => {
    const html = await render('Each revision is a task\ndefinition. Later, a task definition is plain.');
    expect(html).toContain(
      '<a href="/glossary/#task-definition" class="glossary-term" aria-describedby="glossary-tip-task-definition">task\ndefinition</a>',
    );
    expect(html.match(/class="glossary-term"/g)).toHaveLength(1);
  });

  it('does not match inside other words', async () => {
    const html = await render('Specs and ECS-optimized AMIs are not the term; ECS is.');
    expect(html).toContain('Specs and ECS-optimized AMIs are not the term; <span class="glossary-ref">');
  });
});

describe('glossary file', () => {
  function write(text: string) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'glossary-')), 'glossary.yaml');
    writeFileSync(file, text);
    return file;
  }

  it('rejects unknown lessons, duplicate spellings and long definitions with their lines', () => {
    const file = write(`- term: Task
  definition: A task.
  lesson: nowhere
- term: Job
  aliases: [task]
  definition: ${'x'.repeat(250)}
  lesson: a
`);
    expect(() => loadGlossary(['a'], file)).toThrow(/glossary\.yaml:6 \[1\]\.definition: keep a definition to one line/);
    const ok = write(
      '- term: Task\n  definition: A task.\n  lesson: nowhere\n- term: Job\n  aliases: [task]\n  definition: A job.\n  lesson: a\n',
    );
    expect(() => loadGlossary(['a'], ok)).toThrow(/\[0\]\.lesson: no lesson "nowhere"[\s\S]*"task" is also a spelling of "task"/);
  });
});
