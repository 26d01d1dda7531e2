import { readFileSync } from 'node:fs';
import { expect, type BrowserContext, type Page } from '@playwright/test';

/** Every deck the built site serves, from its sitemap (the build's own list). */
export function builtDeckSlugs(): string[] {
  const sitemap = readFileSync(`${process.env.NEXT_DIST_DIR ?? 'out'}/sitemap.xml`, 'utf8');
  return [...sitemap.matchAll(/\/present\/([a-z0-9-]+)\/</g)].map((m) => m[1] as string);
}

export const DOCKER_DECK = 'what-is-docker';
/** Slides of the what-is-docker deck the tests use (1-based, as in links). */
export const SLIDES = { fragments: 3, diagram: 5, poll: 8, last: 10 } as const;

/** The position a window shows, as in its URL hash: "3" or "3.2". */
export const position = (page: Page) => page.locator('[data-deck-window]').getAttribute('data-deck-position');

export async function expectPosition(page: Page, value: string) {
  await expect(page.locator('[data-deck-window]')).toHaveAttribute('data-deck-position', value);
}

export async function openPresenter(page: Page, slug = DOCKER_DECK, hash = '') {
  await page.goto(`/present/${slug}/${hash}`);
  await expect(page.locator('[data-deck-window="presenter"]')).toBeAttached();
  await expect(page.locator(`html[data-deck-live="${slug}"]`)).toBeAttached();
  return page;
}

export async function openAudience(page: Page, slug = DOCKER_DECK, hash = '') {
  await page.goto(`/present/${slug}/?view=audience${hash}`);
  await expect(page.locator('[data-deck-window="audience"]')).toBeAttached();
  await expect(page.locator(`html[data-deck-live="${slug}"]`)).toBeAttached();
  return page;
}

/** A presenter and an audience window of the same deck, in one browser context (they share a BroadcastChannel). */
export async function openPair(context: BrowserContext, slug = DOCKER_DECK, hash = '') {
  const presenter = await openPresenter(await context.newPage(), slug, hash);
  const audience = await openAudience(await context.newPage(), slug, hash);
  return { presenter, audience };
}

/** The audience stage's current slide heading. */
/** The slide shown on a stage (the slides beside it are kept built, hidden). */
export const ON_STAGE = '.deck-canvas .deck-slide:visible';

export const stageHeading = (page: Page) => page.locator(ON_STAGE).first().locator('h1, h2').first();
