import type { Deck } from '@/lib/content/deck-files.server';
import type { DeckListItem, DeckMeta } from './types';
import { lessonPath } from '@/lib/routes';

/** The plain data the presenter island needs from a loaded deck. */
export function deckMeta(deck: Deck): DeckMeta {
  return {
    slug: deck.slug,
    title: deck.title,
    minutes: deck.minutes,
    lessonHref: lessonPath(deck.slug),
    slides: deck.slides.map((s) => ({ title: s.title, fragments: s.fragments })),
  };
}

export function deckListItem(deck: Deck): DeckListItem {
  return {
    slug: deck.slug,
    title: deck.title,
    minutes: deck.minutes,
    slideCount: deck.slides.length,
    lastFragments: deck.slides[deck.slides.length - 1]?.fragments ?? 0,
  };
}
