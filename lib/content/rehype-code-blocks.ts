import type { Element, ElementContent, Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/** How a fence's language is named in the block's label when the block has no file name. */
const LANGUAGE_LABELS: Record<string, string> = {
  bash: 'Shell',
  shell: 'Shell',
  sh: 'Shell',
  dockerfile: 'Dockerfile',
  yaml: 'YAML',
  yml: 'YAML',
  json: 'JSON',
  typescript: 'TypeScript',
  ts: 'TypeScript',
  javascript: 'JavaScript',
  js: 'JavaScript',
  text: 'Text',
};

/** `title="Dockerfile"` (or single quotes) in a fence's meta: the file the block shows. */
export function titleFromMeta(meta: string | undefined | null): string | undefined {
  const match = /(?:^|\s)title=(?:"([^"]*)"|'([^']*)')/.exec(meta ?? '');
  const title = (match?.[1] ?? match?.[2])?.trim();
  return title || undefined;
}

/**
 * Wraps every fenced code block in `<CodeBlock>` (components/lesson/CodeBlock.tsx), which adds the
 * label bar — the file name from ```dockerfile title="Dockerfile", else the language — and the copy
 * button. Runs before Shiki, which still highlights the `<pre>` inside.
 */
export function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'pre' || !parent || index === undefined) return;
      const code = node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code');
      if (!code) return;
      const classes = Array.isArray(code.properties?.className) ? code.properties.className.map(String) : [];
      const language = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length);
      const meta = (code.data as { meta?: string } | undefined)?.meta ?? (code.properties?.metastring as string | undefined);
      const title = titleFromMeta(meta);
      const label = title ?? (language ? (LANGUAGE_LABELS[language] ?? language) : undefined);
      const attributes = [
        ...(label ? [{ type: 'mdxJsxAttribute', name: 'label', value: label }] : []),
        ...(title ? [{ type: 'mdxJsxAttribute', name: 'isFile', value: null }] : []),
      ];
      const wrapper = { type: 'mdxJsxFlowElement', name: 'CodeBlock', attributes, children: [node], data: { _mdxExplicitJsx: true } };
      (parent.children as ElementContent[])[index] = wrapper as unknown as ElementContent;
      return SKIP;
    });
  };
}
