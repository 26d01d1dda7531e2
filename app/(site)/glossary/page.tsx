import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { GlossaryList, type GlossaryItem } from '@/components/glossary/GlossaryList';
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
  const items: GlossaryItem[] = entries.map((e) => ({ ...e, lessonTitle: titles.get(e.lesson) ?? e.lesson }));
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
        <GlossaryList items={items} />
      )}
    </div>
  );
}
