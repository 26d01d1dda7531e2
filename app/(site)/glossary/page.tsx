import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { getGlossary } from '@/lib/content/glossary.server';
import { getCourse } from '@/lib/content/index.server';

export const metadata: Metadata = pageMetadata({
  path: '/glossary/',
  title: 'Glossary',
  description:
    'One-line definitions of the terms used in the Stevedore course on containers on AWS, each linked to the lesson that teaches it.',
});

export default function GlossaryPage() {
  const { lessons } = getCourse();
  const titles = new Map(lessons.map((l) => [l.slug, l.title]));
  const entries = getGlossary(lessons.map((l) => l.slug));
  const letters = [...new Set(entries.map((e) => e.term[0]!.toUpperCase()))];
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">Glossary</h1>
      <p className="mt-3 text-lg text-muted">
        {entries.length} terms, each with the lesson that teaches it. In lessons, the first use of a term is underlined with dots: hover or
        focus it to see its definition.
      </p>
      {entries.length === 0 ? (
        <p className="mt-8 rounded-xl border border-dashed border-line p-8 text-center text-muted">No terms yet.</p>
      ) : (
        <>
          <nav
            aria-label="Letters"
            className="sticky top-[5.25rem] z-10 -mx-4 mt-6 sm:top-14 overflow-x-auto border-b border-line bg-bg/95 px-4 py-2"
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
                {entries
                  .filter((e) => e.term[0]!.toUpperCase() === letter)
                  .map((entry) => (
                    <div key={entry.id} id={entry.id} className="scroll-mt-28 rounded-lg p-2 target:bg-accent-soft">
                      <dt className="font-semibold">{entry.term}</dt>
                      <dd className="mt-0.5 text-fg">{entry.definition}</dd>
                      <dd className="mt-1 text-sm text-muted">
                        Taught in{' '}
                        <Link href={`/lessons/${entry.lesson}/`} className="text-accent underline">
                          {titles.get(entry.lesson)}
                        </Link>
                      </dd>
                    </div>
                  ))}
              </dl>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
