import { expect, test, type BrowserContextOptions, type Page } from '@playwright/test';
import { axeViolations, SITE_PATHS } from './helpers';

/**
 * axe on every page of the sitemap (read at run time, so a new page is covered without touching
 * this file), in light and dark, at desktop and phone widths. Each test is one context walking its
 * share of the pages, so the variants and shares run in parallel across workers.
 */
const VARIANTS: { name: string; options: BrowserContextOptions }[] = [
  { name: 'light, desktop', options: { colorScheme: 'light', viewport: { width: 1280, height: 800 } } },
  { name: 'dark, desktop', options: { colorScheme: 'dark', viewport: { width: 1280, height: 800 } } },
  { name: 'light, phone', options: { colorScheme: 'light', viewport: { width: 390, height: 844 }, hasTouch: true } },
  { name: 'dark, phone', options: { colorScheme: 'dark', viewport: { width: 390, height: 844 }, hasTouch: true } },
];
/** Shares of the sitemap per variant: pages i, i + SHARES, i + 2·SHARES … (lessons and decks spread evenly). */
const SHARES = Number(process.env.AXE_SHARES ?? 3);

test.describe.configure({ mode: 'parallel' });

for (const variant of VARIANTS) {
  for (let share = 0; share < SHARES; share++) {
    const paths = SITE_PATHS.filter((_, i) => i % SHARES === share);
    test(`axe finds no violations (${variant.name}, pages ${share + 1} of ${SHARES})`, async ({ browser }) => {
      test.setTimeout(60_000 + paths.length * 10_000);
      // Reduced motion: no transition is caught half-way, with colours between two states.
      // No service worker: its precache of the whole site would only compete for the CPU.
      const context = await browser.newContext({ ...variant.options, reducedMotion: 'reduce', serviceWorkers: 'block' });
      const page = await context.newPage();
      const problems: string[] = [];
      for (const path of paths) problems.push(...(await violations(page, path)));
      await context.close();
      expect(problems, `axe violations (${variant.name})`).toEqual([]);
    });
  }
}

/** The page loaded and hydrated, then one line per axe rule it breaks, naming a few of the elements. */
async function violations(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  // Hydration and the islands that load at once have run by the first idle moment after load.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 })));
  return axeViolations(page, `${path} `);
}
