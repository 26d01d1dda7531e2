import type { Metadata } from 'next';
import { SITE } from './site';

interface PageMeta {
  /** The page's path, e.g. '/lessons/what-is-docker/': canonical and og:url resolve it against SITE_URL. */
  path: string;
  title: string;
  description: string;
  type?: 'website' | 'article';
}

/**
 * A page's title, description, canonical address and Open Graph card. Next resolves the relative
 * URLs against metadataBase (SITE_URL, app/layout.tsx), so a deployment built with SITE_URL set
 * gets its own absolute URLs; the sitemap uses the same base.
 */
export function pageMetadata({ path, title, description, type = 'website' }: PageMeta): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { type, siteName: SITE.name, locale: 'en_GB', title, description, url: path },
  };
}
