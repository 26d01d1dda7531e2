import { getSearchIndexJson } from '@/lib/search/index.server';

// Written to out/search-index.json by the static export: the search dialog fetches it the first
// time it opens (never with a page), and the service worker keeps it for offline use.
export const dynamic = 'force-static';

export async function GET() {
  return new Response(await getSearchIndexJson(), { headers: { 'Content-Type': 'application/json' } });
}
