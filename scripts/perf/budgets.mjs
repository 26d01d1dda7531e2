// Performance budgets, measured in Chromium against a bare Next page built and served the same way in
// the same run, so the ratios hold on a noisy machine. `npm run check:perf` (part of `npm test`, after
// the build); prints a table of every route and exits 1 over budget.
//
//   node scripts/perf/budgets.mjs [site dir]   options (env): PERF_RUNS=5 (blocking runs per route),
//                                              PERF_REUSE_BARE=1 (skip rebuilding the bare page when built)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapPaths } from '../lib/sitemap.mjs';
import { serveStatic } from '../serve.mjs';
import { blockingTime, gzipSize, jsFetched, launch } from './measure.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const SITE_DIR = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out');
const BARE_APP = path.join(here, 'bare-next');
const BARE_DIR = path.join(BARE_APP, 'out');
const RUNS = Number(process.env.PERF_RUNS ?? 5);
const WEIGHT_CONCURRENCY = 4;

/** JavaScript fetched on load: at most this much more than the bare page, in bytes (gzip). */
const JS_OVER_BARE = 25 * 1024;
const jsBudgeted = (route) => route === '/' || /^\/lessons\/[^/]+\/$/.test(route);
/** Main-thread blocking at 4× CPU slowdown on a phone: at most this many times the bare page's. */
const BLOCKING_RATIO = { lesson: 1.2, '/playground/': 1.5 };

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (!existsSync(path.join(SITE_DIR, 'sitemap.xml'))) {
  console.error(`No built site in ${SITE_DIR}: run \`npm run build\` first.`);
  process.exit(2);
}
if (!(process.env.PERF_REUSE_BARE && existsSync(path.join(BARE_DIR, 'index.html')))) {
  console.log('Building the bare Next page (scripts/perf/bare-next) …');
  const built = spawnSync('npx', ['next', 'build', BARE_APP], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const routes = sitemapPaths(SITE_DIR);
const lesson = routes.find((r) => r.startsWith('/lessons/'));
// Blocking is measured for the budgeted routes only (each sample is a throttled load, the slow part of this check).
const blockingRoutes = [lesson, '/playground/'].filter((r) => r && routes.includes(r));

const site = await serveStatic(SITE_DIR, Number(process.env.PERF_PORT ?? 0));
const bare = await serveStatic(BARE_DIR, Number(process.env.PERF_BARE_PORT ?? 0));
const siteUrl = (route) => `http://localhost:${site.address().port}${route}`;
const bareUrl = `http://localhost:${bare.address().port}/`;
const browser = await launch();
const started = Date.now();

try {
  // 1. JavaScript fetched on load (deterministic, so pages load side by side).
  const bareJs = total(await jsFetched(browser, bareUrl, BARE_DIR));
  const js = new Map();
  const queue = [...routes];
  await Promise.all(
    Array.from({ length: WEIGHT_CONCURRENCY }, async () => {
      for (let route; (route = queue.shift());) js.set(route, total(await jsFetched(browser, siteUrl(route), SITE_DIR)));
    }),
  );

  // 2. Blocking time: one route at a time, round-robin with the bare page, so noise falls on all alike.
  const samples = new Map([['bare', []], ...blockingRoutes.map((r) => [r, []])]);
  for (let run = 0; run < RUNS; run++) {
    samples.get('bare').push((await blockingTime(browser, bareUrl)).blockingMs);
    for (const route of blockingRoutes) samples.get(route).push((await blockingTime(browser, siteUrl(route))).blockingMs);
  }
  const bareBlocking = median(samples.get('bare'));

  // 3. The table, and the verdict.
  const failures = [];
  const rows = [
    ['bare Next page', kb(bareJs), '', '', `${Math.round(bareBlocking)}`, '1.00', '', samples.get('bare').map(Math.round).join(' ')],
  ];
  for (const route of routes) {
    const bytes = js.get(route);
    const over = bytes - bareJs;
    const jsLimit = jsBudgeted(route) ? `+${kb(JS_OVER_BARE)}` : '';
    let verdict = '';
    if (jsBudgeted(route) && over > JS_OVER_BARE) {
      verdict = 'OVER';
      failures.push(`${route}: ${kb(bytes)} KB of JavaScript is +${kb(over)} KB over the bare page (budget +${kb(JS_OVER_BARE)} KB)`);
    }
    let blocking = '';
    let ratio = '';
    let blockingLimit = '';
    let runs = '';
    if (samples.has(route)) {
      const ms = median(samples.get(route));
      const limit = route === lesson ? BLOCKING_RATIO.lesson : BLOCKING_RATIO[route];
      blocking = `${Math.round(ms)}`;
      ratio = (ms / bareBlocking).toFixed(2);
      runs = samples.get(route).map(Math.round).join(' ');
      if (limit) {
        blockingLimit = `×${limit}`;
        if (ms > limit * bareBlocking) {
          verdict = 'OVER';
          failures.push(
            `${route}: ${Math.round(ms)} ms blocking is ${ratio}× the bare page's ${Math.round(bareBlocking)} ms (budget ×${limit})`,
          );
        }
      }
    }
    rows.push([route, kb(bytes), `${over >= 0 ? '+' : ''}${kb(over)}`, jsLimit, blocking, ratio, blockingLimit, runs, verdict]);
  }
  printTable(['route', 'JS KB gz', 'vs bare', 'budget', 'blocking ms', '× bare', 'budget', `runs (${RUNS})`, ''], rows);
  console.log(
    `\nJS: every .js response a fresh desktop browser fetches until the page is quiet (1 s without requests), prefetches included, at gzip -9 as scripts/serve.mjs serves it.` +
      `\nBlocking: Σ max(0, long task − 50 ms) from navigation until 1 s without requests or long tasks, 412×823 phone, 4× CPU slowdown; median of ${RUNS} runs.` +
      `\nNot counted: the service worker's precache, the offline copy of the whole site it fetches after load and idle (${precache(SITE_DIR)}).` +
      `\n(${((Date.now() - started) / 1000).toFixed(0)} s)`,
  );
  if (failures.length) {
    console.error(`\n${failures.length} performance budget(s) exceeded:\n${failures.join('\n')}`);
    process.exitCode = 1;
  } else console.log('performance budgets OK');
} finally {
  await browser.close();
  site.close();
  bare.close();
}

/** What out/sw.js precaches: the files its manifest names, and their size. */
function precache(dir) {
  const sw = path.join(dir, 'sw.js');
  if (!existsSync(sw)) return 'no sw.js';
  const files = [...readFileSync(sw, 'utf8').matchAll(/url:"(\/[^"]*)"/g)].map((m) =>
    path.join(dir, m[1].endsWith('/') ? `${m[1]}index.html` : m[1]),
  );
  const bytes = files.reduce((sum, f) => sum + (existsSync(f) ? gzipSize(f) : 0), 0);
  return `${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB gzip`;
}

function total(files) {
  return [...files.values()].reduce((sum, n) => sum + n, 0);
}

function printTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
