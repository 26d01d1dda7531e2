import type { ReactNode } from 'react';
import { CopyCodeButton } from './CopyCodeButton';

/**
 * A fenced code block (wrapped by lib/content/rehype-code-blocks.ts): a bar with the file name (or
 * the language) and a copy button above Shiki's `<pre>`. A block that is a file is a figure captioned
 * with its name, so a screen reader hears "Dockerfile" before the code.
 */
export function CodeBlock({ label, isFile = false, children }: { label?: string; isFile?: boolean; children: ReactNode }) {
  const Caption = isFile ? 'figcaption' : 'span';
  const Frame = isFile ? 'figure' : 'div';
  return (
    <Frame className="code-block">
      {/* Without JavaScript there is nothing to copy with: a bar with no name is left out. */}
      <div className={label ? 'code-bar' : 'code-bar code-bar-unlabelled'}>
        <Caption className={isFile ? 'font-mono text-fg' : ''}>{label}</Caption>
        <CopyCodeButton />
      </div>
      {children}
    </Frame>
  );
}
