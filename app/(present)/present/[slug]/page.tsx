import { pageMetadata } from '@/lib/page-metadata';
import type { Metadata } from 'next';
import { getMDXComponent } from 'mdx-bundler/client';
import { notFound } from 'next/navigation';
import { DeckApp } from '@/components/present/DeckApp';
import { slideComponents } from '@/components/present/slide-components';
import { compileDeck, getDeck, getDecks } from '@/lib/content/decks.server';
import { deckListItem, deckMeta } from '@/lib/present/deck-props';
import { deckPath } from '@/lib/routes';

export const dynamicParams = false;

export async function generateStaticParams() {
  return (await getDecks()).map((deck) => ({ slug: deck.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const deck = await getDeck((await params).slug);
  if (!deck) return {};
  return pageMetadata({
    path: deckPath(deck.slug),
    title: `Present: ${deck.title}`,
    description: `Slides for teaching “${deck.title}” live: ${deck.slides.length} slides, about ${deck.minutes} minutes.`,
  });
}

/** A deck: the slides rendered once on the server, placed by the presenter island. */
export default async function DeckPage({ params }: { params: Promise<{ slug: string }> }) {
  const deck = await getDeck((await params).slug);
  if (!deck) notFound();
  const Content = getMDXComponent(await compileDeck(deck));
  const decks = (await getDecks()).map(deckListItem);
  return (
    <DeckApp deck={deckMeta(deck)} decks={decks}>
      {Content({ components: slideComponents })}
    </DeckApp>
  );
}
