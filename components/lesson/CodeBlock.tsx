import type { ReactNode } from 'react';
import { CopyCodeButton } from './CopyCodeButton';

/**
 * A fenced code block (wrapped by lib/content/rehype-code-blocks.ts): a bar with the file name (or
 * the language) and a copy button above Shiki's `<pre>`. A block that is a file is a figure named
 * after it, so a screen reader hears "Dockerfile" before the code.
 */
export function CodeBlock({ label, isFile = false, children }: { label?: string; isFile?: boolean; children: ReactNode }) {
  const bar = (
    // Without JavaScript there is nothing to copy with: a bar with no name is left out (globals.css).
    <div className={label ? 'code-bar' : 'code-bar code-bar-unlabelled'}>
      <span className={isFile ? 'font-mono text-fg' : undefined} aria-hidden={isFile || undefined}>
        {label}
      </span>
      <CopyCodeButton />
    </div>
  );
  // The name is the figure's label rather than a <figcaption>, which would have to hold the button too.
  return isFile ? (
    <figure className="code-block" aria-label={label}>
      {bar}
      {children}
    </figure>
  ) : (
    <div className="code-block">
      {bar}
      {children}
    </div>
  );
}
