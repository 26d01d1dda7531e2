/// <reference lib="webworker" />
/**
 * The service worker (bundled into out/sw.js by scripts/build-sw.mjs after `next build`).
 *
 * It precaches the whole built site — every page's HTML, every chunk, the quiz bank, the search
 * index, the manifest and icons — into a cache named after this build's version, and answers from
 * it first: after one visit every page works with the network off.
 *
 * One build at a time, never a mix:
 * - A new build installs into a new cache while the old one keeps serving; every file is checked
 *   against the manifest's hash (subresource integrity), so a half-deployed or stale file fails
 *   the install instead of entering the cache. It then waits: the page offers "Reload", which
 *   tells it to take over; the old build's cache is deleted when it does.
 * - Pages (and the JSON they fetch) come from the active build's cache only; hashed chunks are
 *   immutable, so any copy of one is the right one.
 * - Next's client navigation payloads (`*.txt`) are not cached: they come from the network, and
 *   Next itself falls back to a full page load — served from this cache — when one fails (offline)
 *   or names another build.
 */
import { NetworkOnly, Serwist, type PrecacheEntry } from 'serwist';

declare const __SW_MANIFEST: PrecacheEntry[];
declare const __SW_VERSION: string;

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE_PREFIX = 'stevedore-precache-';
const cacheName = `${CACHE_PREFIX}${__SW_VERSION}`;

/**
 * A failed install leaves nothing behind. Precaching fetches several files at once and goes on after
 * one fails, so once a file fails no further file is stored, and the cache is deleted when the
 * writes already under way have finished (a write after the delete would bring the cache back).
 */
const install = { failed: false, writing: 0 };
const stopWritingOnFailure = {
  cacheWillUpdate: async ({ response }: { response: Response }) => {
    if (install.failed) return null;
    install.writing++;
    return response;
  },
  cacheDidUpdate: async () => {
    install.writing--;
  },
};
async function discardFailedInstall() {
  install.failed = true;
  for (let waited = 0; install.writing > 0 && waited < 10_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  await caches.delete(cacheName);
}

const serwist = new Serwist({
  precacheEntries: __SW_MANIFEST,
  precacheOptions: {
    cacheName,
    // Query strings are read by the page (a playground's ?s=, a class's ?class=, ?view=audience): one HTML file serves them all.
    ignoreURLParametersMatching: [/.*/],
    concurrency: 6,
    plugins: [
      stopWritingOnFailure,
      {
        // A worker's script is given to it as a new response, so the worker keeps the address it was started
        // with: Turbopack's worker bootstrap reads its chunk list from that address's #params=…, which a
        // cached response (its address has no fragment) would lose, and the playground's engine would not start.
        // (The page's own request is the event's: the one matched against the cache is the precache key's, with no destination.)
        cachedResponseWillBeUsed: async ({ event, cachedResponse }) => {
          const destination = event instanceof FetchEvent ? event.request.destination : '';
          return cachedResponse && (destination === 'worker' || destination === 'sharedworker')
            ? new Response(cachedResponse.body, cachedResponse)
            : cachedResponse;
        },
      },
    ],
  },
  // The page asks ({ type: 'SKIP_WAITING' }) when the learner chooses to reload.
  skipWaiting: false,
  // The first install takes charge of the page that registered it, so its later requests are answered offline too.
  clientsClaim: true,
});

// Anything else (navigation payloads, an unknown address) goes to the network; a page that is not in the
// cache while offline gets the site's own 404 page rather than the browser's error.
serwist.setDefaultHandler(new NetworkOnly());
serwist.setCatchHandler(async ({ request }) => {
  if (request.destination === 'document') return (await serwist.matchPrecache('/404.html')) ?? Response.error();
  return Response.error();
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== cacheName).map((k) => caches.delete(k)))),
  );
});

// Which build this worker serves: the page asks to tell builds apart (tests, and a future "about" line).
sw.addEventListener('message', (event) => {
  if (event.data?.type === 'GET_VERSION') event.ports[0]?.postMessage({ version: __SW_VERSION, cacheName });
});

// Serwist's own listeners, with the install wrapped so that a failed one deletes what it had stored.
sw.addEventListener('install', (event) => {
  const installing = serwist.handleInstall(event);
  event.waitUntil(
    installing.catch(async (error) => {
      await discardFailedInstall();
      throw error;
    }),
  );
});
sw.addEventListener('activate', serwist.handleActivate);
sw.addEventListener('fetch', serwist.handleFetch);
sw.addEventListener('message', serwist.handleCache);
