// Measurements in Chromium for the performance budgets (scripts/perf/budgets.mjs): the JavaScript a page
// makes the browser fetch on load, and main-thread blocking on load under CPU throttling at a phone size.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

// No service worker: its precache of the whole site for offline use (after load and idle, off the
// page's main thread) is not the page's load; budgets.mjs reports its size on a line of its own.
export const DESKTOP = { viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' };
/** Lighthouse's mobile screen (Moto G Power). */
export const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
  serviceWorkers: 'block',
};
/** Long tasks are those over 50 ms; each blocks for its time beyond 50 ms (Total Blocking Time's definition). */
const LONG_TASK_MS = 50;
/** "Loaded" means this long without a request in flight or a long task. */
const QUIET_MS = 1000;
const MAX_WAIT_MS = 20_000;

export function launch() {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** Tracks requests in flight so a caller can wait until the page has gone quiet. */
function trackNetwork(page) {
  const state = { inFlight: 0, last: Date.now() };
  const start = () => {
    state.inFlight++;
    state.last = Date.now();
  };
  const end = () => {
    state.inFlight = Math.max(0, state.inFlight - 1);
    state.last = Date.now();
  };
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  return state;
}

/** Resolves once nothing has happened for QUIET_MS; `busyAt()` may report other activity (long tasks). */
async function quiet(network, busyAt = async () => 0) {
  const began = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const last = Math.max(network.last, await busyAt());
    if ((network.inFlight === 0 && Date.now() - last >= QUIET_MS) || Date.now() - began > MAX_WAIT_MS) return;
  }
}

const gzipSizes = new Map();
/** A file's size as scripts/serve.mjs sends it to a browser that accepts gzip (level 9). */
export function gzipSize(file) {
  if (!gzipSizes.has(file)) gzipSizes.set(file, gzipSync(readFileSync(file), { level: 9 }).length);
  return gzipSizes.get(file);
}

/**
 * The JavaScript a fresh browser fetches for `url` until the page is quiet — the scripts the HTML
 * names, chunks loaded on demand and next/link prefetches — as path → gzip bytes. `siteDir` is the
 * directory `url` is served from (sizes are those of the files the server compresses).
 */
export async function jsFetched(browser, url, siteDir, contextOptions = DESKTOP) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const fetched = new Set();
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.endsWith('.js')) fetched.add(pathname);
  });
  const network = trackNetwork(page);
  await page.goto(url, { waitUntil: 'load' });
  await quiet(network);
  await context.close();
  return new Map([...fetched].sort().map((p) => [p, gzipSize(path.join(siteDir, decodeURIComponent(p)))]));
}

/**
 * Main-thread blocking while `url` loads in a fresh phone-sized context with the CPU slowed
 * `cpuRate` times: the sum over long tasks of (duration − 50 ms), from navigation until the page has
 * been quiet (no request, no long task) for a second.
 */
export async function blockingTime(browser, url, { cpuRate = 4 } = {}) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.addInitScript(() => {
    const tasks = (window.__longTasks = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        tasks.push({ duration: entry.duration, end: performance.timeOrigin + entry.startTime + entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const network = trackNetwork(page);
  await page.goto(url, { waitUntil: 'load' });
  await quiet(network, () => page.evaluate(() => Math.max(0, ...window.__longTasks.map((t) => t.end))));
  const tasks = await page.evaluate(() => window.__longTasks.map((t) => t.duration));
  await context.close();
  return { blockingMs: tasks.reduce((sum, d) => sum + Math.max(0, d - LONG_TASK_MS), 0), longTasks: tasks.length };
}
