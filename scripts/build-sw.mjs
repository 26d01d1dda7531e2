// Builds the service worker for a static export: `node scripts/build-sw.mjs [site dir]` (npm run build runs it
// after `next build`). It lists every file to precache from the exported site itself (so every page's HTML is
// in it, which a bundler plugin running before Next prerenders cannot see), with a revision and a
// subresource-integrity hash for each, names the cache after a hash of that list (the build's version), and
// bundles lib/offline/sw.ts with Serwist into <site dir>/sw.js.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/** What the site needs offline: pages, chunks, data, manifest and icons. Not: Next's navigation payloads (*.txt), the sitemap. */
const PATTERNS = ['**/*.html', '_next/static/**/*', '*.json', 'manifest.webmanifest', '*.{svg,png,ico}', 'icons/*'];
// 404/ and _not-found/ repeat 404.html; the build manifests in _next/static/<build id>/ are for the pages router.
const IGNORES = ['404/**', '_not-found/**', '_next/static/*/_*Manifest.js', '**/*.map', 'sw.js'];

/** out/lessons/x/index.html is the page /lessons/x/; every other file is served at its own path. */
export const urlOf = (file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

export async function buildServiceWorker(siteDir, { quiet = false } = {}) {
  const dir = path.resolve(siteDir);
  const { manifestEntries, count, size, warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: PATTERNS,
    globIgnores: IGNORES,
    // Chunk names carry their content hash: no revision needed.
    dontCacheBustURLsMatching: /^_next\/static\//,
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((e) => ({
          size: e.size,
          url: urlOf(e.url),
          revision: e.revision,
          integrity: `sha384-${createHash('sha384')
            .update(readFileSync(path.join(dir, e.url)))
            .digest('base64')}`,
        })),
        warnings: [],
      }),
    ],
  });
  if (warnings.length > 0) throw new Error(`service worker manifest: ${warnings.join('; ')}`);
  const version = createHash('sha256')
    .update(manifestEntries.map((e) => `${e.url} ${e.integrity}`).join('\n'))
    .digest('hex')
    .slice(0, 16);
  await build({
    entryPoints: [path.join(ROOT, 'lib/offline/sw.ts')],
    outfile: path.join(dir, 'sw.js'),
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: ['chrome111', 'edge111', 'firefox111', 'safari16'],
    define: {
      __SW_MANIFEST: JSON.stringify(manifestEntries),
      __SW_VERSION: JSON.stringify(version),
      'process.env.NODE_ENV': '"production"',
    },
    logLevel: quiet ? 'error' : 'warning',
  });
  if (!quiet) console.log(`sw.js: build ${version}, precaching ${count} files (${(size / 1024 / 1024).toFixed(1)} MB before compression)`);
  return { version, count, size };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildServiceWorker(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out');
}
