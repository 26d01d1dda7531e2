import { getMDXComponent } from 'mdx-bundler/client';
import { mdxComponents } from './mdx-components';

/** Evaluates compiled lesson MDX on the server; the browser receives plain HTML. */
export function LessonBody({ code }: { code: string }) {
  const MDXContent = getMDXComponent(code);
  // Called as a function: the compiled module is a stateless render function, created per lesson at build time.
  return <div className="prose">{MDXContent({ components: mdxComponents })}</div>;
}
