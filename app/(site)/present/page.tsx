import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { ClassBuilder, type DeckModule } from '@/components/present/ClassBuilder';
import { getCourse } from '@/lib/content/index.server';
import { getDecks } from '@/lib/content/decks.server';
import { deckListItem } from '@/lib/present/deck-props';

export const metadata: Metadata = pageMetadata({
  path: '/present/',
  title: 'Present a class',
  description:
    'Every lesson as a deck for teaching live: presenter and audience windows, speaker notes, polls and live simulations. Compose a class from several decks.',
});

export default async function PresentPage() {
  const decks = await getDecks();
  const modules: DeckModule[] = getCourse().modules.map((m) => ({
    title: m.title,
    order: m.order,
    decks: m.lessons.flatMap((l) => decks.filter((d) => d.slug === l.slug).map(deckListItem)),
  }));
  return (
    <div className="mx-auto max-w-7xl px-4 py-10">
      <p className="text-sm font-semibold uppercase tracking-wider text-accent">Presenter mode</p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Teach a class</h1>
      <p className="mt-3 max-w-3xl text-lg text-muted">
        Every lesson has a deck for teaching it live. Open one to get the presenter view: the current and next slide, your speaker notes and
        a clock. <strong className="font-semibold text-fg">Open audience window</strong> puts the slides alone on the projector; the two
        windows follow each other, whichever one your clicker talks to. Diagrams step with the clicker, polls come from the exam questions,
        and playgrounds run live for the room.
      </p>
      <div className="mt-8">
        <ClassBuilder modules={modules} />
      </div>
    </div>
  );
}
