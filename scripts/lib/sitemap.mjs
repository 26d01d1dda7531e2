import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Every page the built site lists in its sitemap.xml, as URL paths ('/', '/lessons/what-is-docker/', …). */
export function sitemapPaths(siteDir) {
  const xml = readFileSync(path.join(siteDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>https?:\/\/[^/<]+(\/[^<]*)?<\/loc>/g)].map((m) => m[1] || '/');
}
