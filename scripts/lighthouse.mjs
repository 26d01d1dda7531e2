// Lighthouse 12.2.3 (mobile, its defaults: Moto G Power screen, slow 4G, 4× CPU slowdown) on home, a
// lesson, the playground and a deck of the built site, served as scripts/serve.mjs serves it:
// `npm run lighthouse [site dir]`. A report, not a gate (its scores swing on a busy machine; the ratio
// budgets in scripts/perf/budgets.mjs are the gate). Prints a table and writes it, with each page's full
// JSON report, to .lighthouse/. Lighthouse comes from the registry by exact version through npx, so
// `npm ci` does not install it for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sitemapPaths } from './lib/sitemap.mjs';
import { serveStatic } from './serve.mjs';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const SITE_DIR = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out');
const OUT = path.resolve('.lighthouse');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const routes = sitemapPaths(SITE_DIR);
const pages = [
  ['home', '/'],
  ['lesson', routes.find((r) => r.startsWith('/lessons/'))],
  ['playground', '/playground/'],
  ['deck', routes.find((r) => /^\/present\/[^/]+\/$/.test(r))],
];
mkdirSync(OUT, { recursive: true });
const server = await serveStatic(SITE_DIR, 0);
const base = `http://localhost:${server.address().port}`;
const rows = [];
try {
  for (const [name, route] of pages) {
    const json = path.join(OUT, `${name}.json`);
    const run = spawnSync(
      'npx',
      [
        '--yes',
        LIGHTHOUSE,
        `${base}${route}`,
        '--quiet',
        `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json',
        `--output-path=${json}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
      ],
      { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' } },
    );
    if (run.status !== 0 || !existsSync(json)) {
      rows.push([name, route, ...CATEGORIES.map(() => 'failed')]);
      continue;
    }
    const report = JSON.parse(readFileSync(json, 'utf8'));
    rows.push([name, route, ...CATEGORIES.map((c) => String(Math.round((report.categories[c]?.score ?? 0) * 100)))]);
  }
} finally {
  server.close();
}
const header = ['page', 'route', 'performance', 'accessibility', 'best practices', 'SEO'];
const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
const text = `Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, ${new Date().toISOString().slice(0, 10)}\n\n${table}\n`;
writeFileSync(path.join(OUT, 'summary.md'), text);
console.log(text);
