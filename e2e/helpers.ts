import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

export const FIRST = { slug: 'what-is-docker', title: 'What is Docker?' };
export const SECOND = { slug: 'docker-vs-virtual-machines', title: 'Docker vs. virtual machines' };
export const STORAGE_KEY = 'stevedore-progress';

/**
 * Puts a raw value in the site's localStorage before the course's scripts run: from the web app
 * manifest (same origin, no app), so a store that writes while hydrating cannot overwrite it, however
 * slow the machine. The next page the test opens reads it.
 */
export async function seedStorage(page: Page, entries: Record<string, string>, then?: (page: Page) => Promise<void>) {
  await page.goto('/manifest.webmanifest');
  await page.evaluate((all) => Object.entries(all).forEach(([key, raw]) => localStorage.setItem(key, raw)), entries);
  await then?.(page);
}

/**
 * Every page of the built site, from the sitemap the build writes (app/sitemap.ts lists the same
 * routes and lessons the site is built from), so tests never re-implement course discovery.
 */
export const SITE_PATHS = [
  ...readFileSync(`${process.env.NEXT_DIST_DIR ?? 'out'}/sitemap.xml`, 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g),
].map((m) => m[1] as string);

/** How many lessons the built course has. */
export const LESSON_COUNT = SITE_PATHS.filter((p) => /^\/lessons\/[^/]+\/$/.test(p)).length;

/** Resolves after `count` animation frames: enough for a scroll or a layout change to have happened. */
export async function nextFrames(page: Page, count = 2) {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        const tick = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
        tick(n);
      }),
    count,
  );
}

export const completeText = (done: number) => `${done} of ${LESSON_COUNT} lessons complete`;

/** Waits until saved progress has loaded (the mark-complete button becomes enabled). */
export async function openLesson(page: Page, slug: string) {
  await page.goto(`/lessons/${slug}/`);
  await expect(page.getByRole('button', { name: /Mark as complete|Completed/ })).toBeEnabled();
}

/**
 * axe's violations on the page as it is, one line per rule naming a few of the elements. Legacy
 * mode runs axe in the page itself: the default mode finishes every run in a new blank page, which
 * took about twice as long on our lesson pages (the same rules, the same results; we have no
 * cross-origin frames, the one thing legacy mode cannot reach).
 */
export async function axeViolations(page: Page, prefix = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (v) =>
      `${prefix}${v.id}: ${v.help} (${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}${v.nodes.length > 3 ? `, +${v.nodes.length - 3}` : ''})`,
  );
}

export async function expectNoAxeViolations(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
}
