import { expect, test, type Page } from '@playwright/test';
import { FIRST, nextFrames, openLesson, SECOND } from './helpers';

/** A lesson with a Dockerfile, a .dockerignore and long shell lines. */
const DOCKER_LESSON = 'getting-started-with-docker';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

const headerBottom = (page: Page) => page.getByRole('banner').evaluate((h) => h.getBoundingClientRect().bottom);

for (const viewport of [PHONE, DESKTOP]) {
  test(`at ${viewport.width} px the next lesson opens at its top at once, never scrolling through the old offset`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openLesson(page, FIRST.slug);
    const next = page.getByRole('link', { name: new RegExp(`Next →\\s*${SECOND.title.replace('.', '\\.')}`) });
    await next.scrollIntoViewIfNeeded();
    const start = await page.evaluate(() => window.scrollY);
    expect(start).toBeGreaterThan(1000);
    // Every scroll position the window passes through from here on.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { seen: number[] }).seen = seen;
      window.addEventListener('scroll', () => seen.push(window.scrollY), { passive: true });
    });
    await next.click();
    await expect(page.getByRole('heading', { level: 1, name: SECOND.title })).toBeInViewport();
    await nextFrames(page, 3);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const between = await page.evaluate(
      (from) => (window as unknown as { seen: number[] }).seen.filter((y) => y > 0 && y < from - 1),
      start,
    );
    expect(between, 'positions between the old offset and the top (a smooth scroll)').toEqual([]);
  });
}

test('with reduced motion an in-page jump lands at once', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize(DESKTOP);
  await openLesson(page, SECOND.slug);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'When to pick virtual machines' }).click();
  await nextFrames(page, 2);
  const top = await page
    .getByRole('heading', { level: 2, name: /When to pick virtual machines/ })
    .evaluate((h) => h.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(await headerBottom(page));
  expect(top).toBeLessThan(200);
});

for (const viewport of [PHONE, DESKTOP]) {
  test(`at ${viewport.width} px a heading reached from "On this page" lands below the sticky header`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openLesson(page, SECOND.slug);
    // Far down the lesson, "On this page" is still in reach: the side column, or a floating button.
    await page.getByRole('heading', { level: 2, name: /Containers on AWS run on VMs/ }).scrollIntoViewIfNeeded();
    let toc = page.getByRole('navigation', { name: 'On this page' });
    if (viewport === PHONE) {
      const open = page.getByRole('button', { name: 'On this page' });
      await expect(open).toBeInViewport();
      await open.click();
      toc = page.getByRole('dialog', { name: 'On this page' });
    }
    await toc.getByRole('link', { name: 'The isolation trade-off' }).click();
    await expect(page.getByRole('dialog')).toBeHidden();
    const heading = page.getByRole('heading', { level: 2, name: /The isolation trade-off/ });
    await expect(heading).toBeInViewport();
    await expect.poll(async () => heading.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(await headerBottom(page));
  });
}

test('on a phone the course map drawer opens at the current lesson with Close in view', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await openLesson(page, 'app2container-workflow');
  await page.getByRole('button', { name: 'Course map' }).click();
  const drawer = page.getByRole('dialog', { name: 'Course map' });
  await expect(drawer.locator('[aria-current="page"]')).toBeInViewport();
  const close = drawer.getByRole('button', { name: /Close/ });
  await expect(close).toBeInViewport({ ratio: 1 });
  await close.click();
  await expect(drawer).toBeHidden();
});

test.describe('glossary terms on a touch phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: PHONE });

  test('a tap shows the definition sheet instead of leaving the lesson; a second tap opens the entry', async ({ page }) => {
    await openLesson(page, FIRST.slug);
    const term = page.locator('article a.glossary-term').first();
    const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(tip).toBeVisible();
    await expect(tip).toBeInViewport({ ratio: 1 });
    expect(new URL(page.url()).pathname).toBe(`/lessons/${FIRST.slug}/`);
    // Tapping elsewhere dismisses it.
    await page.getByRole('heading', { level: 1 }).tap();
    await expect(tip).toBeHidden();
    await term.tap();
    await expect(tip).toBeVisible();
    await term.tap();
    await expect(page).toHaveURL(/\/glossary\/#/);
  });
});

test('a definition for a term on the first line opens below it, not under the header, and Escape hides it', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await openLesson(page, FIRST.slug);
  const term = page.locator('article .prose a.glossary-term').first();
  const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
  // Put the term's line just under the sticky header.
  const bottom = await headerBottom(page);
  await term.evaluate(
    (el, b) => window.scrollTo({ top: window.scrollY + el.getBoundingClientRect().top - b - 6, behavior: 'instant' }),
    bottom,
  );
  await term.hover();
  await expect(tip).toBeVisible();
  await expect(tip).toBeInViewport({ ratio: 1 });
  const box = await tip.boundingBox();
  expect(box!.y).toBeGreaterThanOrEqual(bottom);
  // WCAG 1.4.13: dismissible without moving the pointer, and back once the pointer returns.
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await page.mouse.move(5, 700);
  await term.hover();
  await expect(tip).toBeVisible();
  // Keyboard focus too.
  await page.mouse.move(5, 700);
  await term.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(tip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
});

test.describe('code blocks', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`at ${viewport.width} px every block has a copy button, files are named, and no line runs past the edge`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openLesson(page, DOCKER_LESSON);
      const blocks = page.locator('article pre');
      const count = await blocks.count();
      expect(count).toBeGreaterThan(3);
      await expect(page.locator('article').getByRole('button', { name: 'Copy code' })).toHaveCount(count);
      await expect(page.getByRole('figure', { name: 'Dockerfile', exact: true })).toBeVisible();
      await expect(page.getByRole('figure', { name: '.dockerignore' })).toBeVisible();
      const cut = await blocks.evaluateAll((pres) =>
        pres.filter((p) => p.scrollWidth > p.clientWidth + 1).map((p) => p.textContent?.slice(0, 40)),
      );
      expect(cut).toEqual([]);
    });
  }

  test('Copy puts the code on the clipboard and says so', async ({ page }) => {
    await openLesson(page, DOCKER_LESSON);
    const dockerfile = page.getByRole('figure', { name: 'Dockerfile', exact: true });
    await dockerfile.getByRole('button', { name: 'Copy code' }).click();
    await expect(dockerfile.getByRole('status')).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith('# syntax=docker/dockerfile:1')).toBe(true);
    expect(copied).toContain('\nFROM ');
    await expect(dockerfile.getByRole('status')).toHaveText('');
  });
});
