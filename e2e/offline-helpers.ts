import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
// @ts-expect-error: plain ESM scripts without types
import { buildServiceWorker } from '../scripts/build-sw.mjs';
// @ts-expect-error: plain ESM scripts without types
import { serveStatic } from '../scripts/serve.mjs';

export const SITE_DIR = path.resolve(process.env.NEXT_DIST_DIR ?? 'out');

export interface Site {
  url: string;
  port: number;
  /** Stops serving: open keep-alive connections are cut too, so nothing more reaches the site. */
  close: () => Promise<void>;
}

/** Serves a built site on its own port (0: any free one), as a static host would. */
export async function startSite(dir: string, port = 0): Promise<Site> {
  const server = (await serveStatic(dir, port)) as import('node:http').Server;
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://localhost:${actual}`,
    port: actual,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * A copy of the built site as the next deployment: `change` edits its files, then its service
 * worker is built again from them (new manifest, new version), as `npm run build` would.
 * `afterBuild` edits files after that: a deployment whose files no longer match its manifest.
 */
export async function nextBuild(
  change: (dir: string) => void,
  afterBuild?: (dir: string) => void,
): Promise<{ dir: string; version: string; remove: () => void }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'stevedore-build-'));
  cpSync(SITE_DIR, dir, { recursive: true });
  change(dir);
  const { version } = await buildServiceWorker(dir, { quiet: true });
  afterBuild?.(dir);
  return { dir, version, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Adds `<meta name="stevedore-build" content="…">` to a page's head: a mark to tell builds apart by. */
export function markPage(dir: string, page: string, build: string) {
  const file = path.join(dir, page, 'index.html');
  writeFileSync(file, readFileSync(file, 'utf8').replace('<head>', `<head><meta name="stevedore-build" content="${build}">`));
}

/** The page's build mark; `undefined` while the page is between documents (a reload under way). */
export const buildMark = (page: Page) =>
  page
    .evaluate(() => document.querySelector('meta[name="stevedore-build"]')?.getAttribute('content') ?? null)
    .catch((error: Error) => {
      if (/context was destroyed|navigation/i.test(error.message)) return undefined;
      throw error;
    });

/** Waits until a service worker has precached the site and is in charge of the page; returns its build version. */
export async function serviceWorkerVersion(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 60_000 }).toBe(true);
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = (e) => resolve(e.data.version);
        navigator.serviceWorker.controller!.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
      }),
  );
}

export const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
