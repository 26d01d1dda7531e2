import { expect, test, type Page } from '@playwright/test';
import { FIRST, SITE_PATHS } from './helpers';
import { buildMark, cacheNames, markPage, nextBuild, serviceWorkerVersion, SITE_DIR, startSite, type Site } from './offline-helpers';

// These tests are about the service worker: turn it on (the rest of the suite blocks it), and
// serve the site from a server of their own so that "offline" can mean the server is gone.
test.use({ serviceWorkers: 'allow' });
// Precaching the whole course takes a while on a busy machine.
test.slow();

const LESSONS = SITE_PATHS.filter((p) => p.startsWith('/lessons/'));
const UPDATE_PROMPT = /A new version of Stevedore is available/;

async function goOffline(page: Page, site: Site) {
  await site.close();
  await page.context().setOffline(true);
}

test('after one visit every page works with the network off', async ({ page }) => {
  const site = await startSite(SITE_DIR);
  await page.goto(`${site.url}/`);
  await serviceWorkerVersion(page);
  await goOffline(page, site);

  // Every lesson, then the other pages, each checked for what makes it work.
  for (const path of LESSONS) {
    await page.goto(`${site.url}${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto(`${site.url}/playground/`);
  await expect(page.getByRole('status').filter({ hasText: /Simulated .* in \d+ ms/ })).toBeVisible();
  await page.goto(`${site.url}/practice/`);
  await expect(page.getByRole('button', { name: /Start practice/ })).toBeVisible();
  await page.goto(`${site.url}/review/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Spaced review' })).toBeVisible();
  await page.goto(`${site.url}/glossary/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
  await page.goto(`${site.url}/cheatsheet/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const path of SITE_PATHS.filter((p) => p.startsWith('/present/') && p !== '/present/').slice(0, 3)) {
    await page.goto(`${site.url}${path}`);
    await expect(page.getByRole('button', { name: /Open audience window/ })).toBeVisible();
  }
  // A share link's query string is the page's business: the same cached page opens it.
  await page.goto(`${site.url}/present/${FIRST.slug}/?view=audience#2`);
  await expect(page.locator('body')).not.toContainText('ERR_');

  // Search loads its code and index from the cache too.
  await page.goto(`${site.url}/`);
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  await dialog.getByRole('combobox').fill('fargate spot');
  await expect(dialog.getByRole('option').first()).toContainText('Fargate Spot');

  // A link followed inside the site (a client navigation) falls back to the cached page.
  await page.keyboard.press('Escape');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();

  // An address the site does not have gets the site's own 404 page, not the browser's error.
  await page.goto(`${site.url}/no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('This page is not in the course');
});

test('a new build: a quiet prompt, the old build served whole until Reload, then the new one whole', async ({ page }) => {
  const b = await nextBuild((dir) => markPage(dir, 'glossary', 'B'));
  let site = await startSite(SITE_DIR);
  try {
    await page.goto(`${site.url}/glossary/`);
    const a = await serviceWorkerVersion(page);
    expect(a).not.toBe(b.version);
    await expect(page.getByText(UPDATE_PROMPT)).toHaveCount(0);

    // Deploy build B on the same address; the next page load notices it.
    const port = site.port;
    await site.close();
    site = await startSite(b.dir, port);
    await page.reload();
    await expect(page.getByText(UPDATE_PROMPT)).toBeVisible({ timeout: 60_000 });
    // B has been downloaded into a cache of its own, but A still serves, all of it.
    expect(await cacheNames(page)).toEqual(expect.arrayContaining([`stevedore-precache-${a}`, `stevedore-precache-${b.version}`]));
    expect(await buildMark(page)).toBeNull();
    await page.goto(`${site.url}/glossary/`);
    expect(await buildMark(page)).toBeNull();
    expect(await serviceWorkerVersion(page)).toBe(a);

    // "Later" hides it for this page; the next page offers it again.
    await page.getByRole('button', { name: 'Later' }).click();
    await expect(page.getByText(UPDATE_PROMPT)).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(UPDATE_PROMPT)).toBeVisible({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect.poll(() => buildMark(page), { timeout: 30_000 }).toBe('B');
    expect(await serviceWorkerVersion(page)).toBe(b.version);
    // The switch is whole: A's cache is gone, and every script of the page comes from B's.
    expect(await cacheNames(page)).toEqual([`stevedore-precache-${b.version}`]);
    const missing = await page.evaluate(async (name) => {
      const cache = await caches.open(name);
      const srcs = [...document.querySelectorAll('script[src]')].map((s) => (s as HTMLScriptElement).src);
      const found = await Promise.all(srcs.map((src) => cache.match(src)));
      return srcs.filter((_, i) => !found[i]);
    }, `stevedore-precache-${b.version}`);
    expect(missing).toEqual([]);
    await expect(page.getByText(UPDATE_PROMPT)).toHaveCount(0);
  } finally {
    await site.close();
    b.remove();
  }
});

test('a deployment whose files do not match its manifest never reaches the cache', async ({ page }) => {
  // A half-finished upload: the service worker is the new build's, one page is still the old one.
  const broken = await nextBuild(
    (dir) => markPage(dir, 'glossary', 'C'),
    (dir) => markPage(dir, 'cheatsheet', 'stale'),
  );
  let site = await startSite(SITE_DIR);
  try {
    await page.goto(`${site.url}/glossary/`);
    const a = await serviceWorkerVersion(page);
    const port = site.port;
    await site.close();
    site = await startSite(broken.dir, port);
    const outcome = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      return new Promise<string>((resolve) => {
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing!;
          worker.addEventListener('statechange', () => {
            if (worker.state === 'redundant' || worker.state === 'installed') resolve(worker.state);
          });
        });
        registration.update().catch(() => resolve('update failed'));
      });
    });
    expect(outcome).toBe('redundant');
    await page.reload();
    expect(await serviceWorkerVersion(page)).toBe(a);
    expect(await cacheNames(page)).toEqual([`stevedore-precache-${a}`]);
    await expect(page.getByText(UPDATE_PROMPT)).toHaveCount(0);
  } finally {
    await site.close();
    broken.remove();
  }
});

test('the manifest names the app and its icons load', async ({ request, page }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href!)).json();
  expect(manifest).toMatchObject({ short_name: 'Stevedore', start_url: '/', display: 'standalone' });
  expect(manifest.icons.map((i: { purpose: string }) => i.purpose)).toEqual(expect.arrayContaining(['any', 'maskable']));
  for (const icon of manifest.icons) expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});
