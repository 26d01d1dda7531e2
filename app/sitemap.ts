import type { MetadataRoute } from 'next';
import { getCourse } from '@/lib/content/index.server';
import { SITE } from '@/lib/site';

export const dynamic = 'force-static';

const STATIC_PAGES = ['/', '/progress/', '/playground/', '/practice/', '/review/', '/glossary/', '/diagrams/', '/cheatsheet/'];

export default function sitemap(): MetadataRoute.Sitemap {
  const lessons = getCourse().lessons.map((lesson) => `/lessons/${lesson.slug}/`);
  return [...STATIC_PAGES, ...lessons].map((path) => ({ url: `${SITE.url}${path}` }));
}
