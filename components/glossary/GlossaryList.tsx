'use client';
import Link from '@/components/ui/Link';
import { useDeferredValue, useId, useState } from 'react';
import { openSearch } from '@/components/search/search-keys';
import { Button } from '@/components/ui/Button';
import { filterTerms } from '@/lib/search/glossary-filter';

export interface GlossaryItem {
  id: string;
  term: string;
  aliases: string[];
  definition: string;
  lesson: string;
  lessonTitle: string;
}

const letterOf = (item: GlossaryItem) => item.term[0]!.toUpperCase();

/**
 * The glossary with a filter box: the list narrows as the learner types (name, aliases or
 * definition), the letter bar keeps only the letters left, Esc clears the box. The whole list is
 * in the HTML, so without JavaScript the page is the full glossary and the box is left out.
 */
export function GlossaryList({ items }: { items: GlossaryItem[] }) {
  const [filter, setFilter] = useState('');
  const deferred = useDeferredValue(filter);
  const shown = filterTerms(items, deferred);
  const letters = [...new Set(shown.map(letterOf))];
  const inputId = useId();
  const typed = deferred.trim();

  return (
    <>
      <div className="mt-6 noscript:hidden">
        <label htmlFor={inputId} className="block text-sm font-medium">
          Filter terms
        </label>
        <input
          id={inputId}
          type="search"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && filter) {
              e.preventDefault();
              setFilter('');
            }
          }}
          placeholder="e.g. task role, ENI, scaling"
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${inputId}-count`}
          className="mt-1 w-full rounded-lg border border-line bg-card px-3 py-2 text-base text-fg placeholder:text-muted focus:border-accent sm:max-w-md"
        />
        <p id={`${inputId}-count`} role="status" className="mt-1 text-sm text-muted">
          {typed ? `${shown.length} of ${items.length} terms match “${typed}”.` : `${items.length} terms.`}
        </p>
      </div>
      {shown.length === 0 ? (
        <div className="mt-8 rounded-xl border border-dashed border-line p-8 text-center">
          <p className="text-muted">No term matches “{typed}”.</p>
          <div className="mt-4 flex flex-wrap justify-center gap-2">
            <Button size="sm" onClick={() => setFilter('')}>
              Clear the filter
            </Button>
            <Button size="sm" variant="ghost" onClick={() => openSearch(typed)}>
              Search the whole course for “{typed}”
            </Button>
          </div>
        </div>
      ) : (
        <>
          <nav
            aria-label="Letters"
            className="sticky top-[5.25rem] z-10 -mx-4 mt-4 overflow-x-auto border-b border-line bg-bg/95 px-4 py-2 sm:top-14"
          >
            <ul className="flex gap-1">
              {letters.map((letter) => (
                <li key={letter}>
                  <a
                    href={`#letter-${letter}`}
                    className="block min-w-8 rounded-md px-2 py-1 text-center font-medium text-accent hover:bg-bg-subtle"
                  >
                    {letter}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {letters.map((letter) => (
            <section key={letter} aria-labelledby={`letter-${letter}`} className="mt-8">
              <h2 id={`letter-${letter}`} className="border-b border-line pb-1 text-xl font-semibold">
                {letter}
              </h2>
              <dl className="mt-3 space-y-4">
                {shown
                  .filter((e) => letterOf(e) === letter)
                  .map((entry) => (
                    <div key={entry.id} id={entry.id} className="scroll-mt-28 rounded-lg p-2 target:bg-accent-soft">
                      <dt className="font-semibold">{entry.term}</dt>
                      <dd className="mt-0.5 text-fg">{entry.definition}</dd>
                      <dd className="mt-1 text-sm text-muted">
                        Taught in{' '}
                        <Link href={`/lessons/${entry.lesson}/`} className="text-accent underline">
                          {entry.lessonTitle}
                        </Link>
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </>
      )}
    </>
  );
}
