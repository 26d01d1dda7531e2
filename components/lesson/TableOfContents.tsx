import type { TocEntry } from '@/lib/content/types';

export function TableOfContents({ toc, id, label = 'On this page' }: { toc: TocEntry[]; id: string; label?: string }) {
  if (toc.length === 0) return null;
  return (
    <nav aria-labelledby={id} className="text-sm">
      <h2 id={id} className="mb-2 font-semibold">
        {label}
      </h2>
      <ol className="space-y-1 border-l border-line">
        {toc.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              className={`-ml-px block border-l border-transparent py-0.5 text-muted hover:border-accent hover:text-fg ${entry.depth === 3 ? 'pl-6' : 'pl-3'}`}
            >
              {entry.text}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
