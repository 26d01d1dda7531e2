import type { MetadataRoute } from 'next';
import { getDecks } from '@/lib/content/decks.server';
import { getCourse } from '@/lib/content/index.server';
import { deckPath, lessonPath, SITE_ROUTES } from '@/lib/routes';
import { SITE } from '@/lib/site';

export const dynamic = 'force-static';

/** Every page: the fixed routes (lib/routes.ts), each lesson and each lesson's deck. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const lessons = getCourse().lessons.map((lesson) => lessonPath(lesson.slug));
  const decks = (await getDecks()).map((deck) => deckPath(deck.slug));
  return [...SITE_ROUTES.map((r) => r.path), ...lessons, ...decks].map((path) => ({ url: `${SITE.url}${path}` }));
}
