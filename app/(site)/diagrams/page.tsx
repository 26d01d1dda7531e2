import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import Link from '@/components/ui/Link';
import { DiagramFigure } from '@/components/diagram/DiagramFigure';
import { getAllDiagrams } from '@/lib/content/diagrams.server';

export const metadata: Metadata = pageMetadata({
  path: '/diagrams/',
  title: 'Architecture diagrams',
  description:
    'Every architecture diagram in the Stevedore course, from Docker on a host to EKS networking, each with a guided walkthrough.',
});

/** Instructors open an architecture straight from here; each step has its own link. */
export default async function DiagramsPage() {
  const entries = await getAllDiagrams();
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">Architecture diagrams</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Every diagram in the course with its walkthrough.{' '}
        {/* The buttons and keys are JavaScript; without it each walkthrough is a list of linked steps. */}
        <span className="noscript:hidden">
          Step through with the buttons or the ← and → keys; each step has its own link (copy it from the address bar) to open a class at
          exactly that point.
        </span>
        <span className="hidden noscript:inline">
          Each walkthrough&apos;s steps are listed under its drawing, and each step has its own link to open a class at exactly that point.
          Stepping through with buttons and keys needs JavaScript.
        </span>
      </p>
      <nav aria-label="Diagrams" className="mt-6">
        <ul className="flex flex-wrap gap-2 text-sm">
          {entries.map(({ diagram }) => (
            <li key={diagram.id}>
              <a href={`#${diagram.id}`} className="block rounded-full border border-line px-3 py-1 hover:bg-bg-subtle">
                {diagram.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-10 space-y-16">
        {entries.map(({ diagram, lesson }) => (
          <section key={diagram.id} aria-labelledby={`${diagram.id}-title`} className="border-t border-line pt-8">
            <p className="mb-3 text-sm">
              {lesson ? (
                <Link href={`/lessons/${lesson.slug}/#${diagram.id}`} className="font-medium text-accent underline underline-offset-2">
                  Lesson: {lesson.title}
                </Link>
              ) : (
                <span className="text-muted">Lesson coming soon</span>
              )}
            </p>
            <DiagramFigure diagram={diagram} headingLevel={2} />
          </section>
        ))}
      </div>
    </div>
  );
}
