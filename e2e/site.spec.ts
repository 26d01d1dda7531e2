import { expect, test } from '@playwright/test';
import { FIRST, openLesson, SECOND } from './helpers';

test('the dark-mode choice survives a reload and follows the system otherwise', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/dark/);
  await page.getByRole('button', { name: /Colour theme: System/ }).click();
  await page.getByRole('button', { name: /Colour theme: Light/ }).click();
  await expect(html).toHaveClass(/dark/);
  await page.reload();
  await expect(html).toHaveClass(/dark/);
  await expect(page.getByRole('button', { name: /Colour theme: Dark/ })).toBeVisible();
  await page.getByRole('button', { name: /Colour theme: Dark/ }).click();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).not.toHaveClass(/dark/);
});

test('a keyboard-only pass through a lesson', async ({ page }) => {
  await openLesson(page, FIRST.slug);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Tab on until the mark-complete button, then press it with the keyboard.
  const button = page.getByRole('button', { name: /Mark as complete/ });
  for (let i = 0; i < 200 && !(await button.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');

  const next = page.getByRole('link', { name: new RegExp(`Next →\\s*${SECOND.title.replace('.', '\\.')}`) });
  for (let i = 0; i < 10 && !(await next.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: SECOND.title })).toBeVisible();
});

test('table of contents links jump to their headings', async ({ page }) => {
  await openLesson(page, FIRST.slug);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await toc.getByRole('link', { name: 'Key takeaways' }).click();
  await expect(page).toHaveURL(/#key-takeaways$/);
  await expect(page.getByRole('heading', { level: 2, name: /Key takeaways/ })).toBeInViewport();
});

test('on a phone the course map opens in a drawer', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openLesson(page, FIRST.slug);
  await expect(page.getByRole('navigation', { name: 'Course map' })).toBeHidden();
  await page.getByRole('button', { name: 'Course map' }).click();
  const drawer = page.getByRole('dialog', { name: 'Course map' });
  await expect(drawer.getByRole('link', { name: SECOND.title })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  // Every section of the site is reachable from the header without scrolling it sideways.
  for (const link of await page.getByRole('navigation', { name: 'Main' }).getByRole('link').all())
    await expect(link).toBeInViewport({ ratio: 1 });
});

test('a lesson reads without JavaScript: prose, anchors and highlighted code are HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/lessons/${FIRST.slug}/`);
  await expect(page.getByRole('heading', { level: 1, name: FIRST.title })).toBeVisible();
  await expect(page.locator('h2#why-it-matters')).toBeVisible();
  await expect(page.locator('pre.shiki span[style*="color"]').first()).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Further reading' })).toBeVisible();
  await context.close();
});

test('pages have titles, descriptions and Open Graph tags', async ({ page }) => {
  await page.goto(`/lessons/${FIRST.slug}/`);
  await expect(page).toHaveTitle(`${FIRST.title} · Stevedore`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', FIRST.title);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
});

test('an unknown address shows a useful 404 page', async ({ page }) => {
  const response = await page.goto('/lessons/no-such-lesson/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'This page is not in the course' })).toBeVisible();
  await page.getByRole('link', { name: FIRST.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: FIRST.title })).toBeVisible();
});

test('sitemap lists every lesson and page; practice is built, not coming soon', async ({ page, request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of ['/', '/progress/', '/practice/', '/review/', `/lessons/${FIRST.slug}/`, `/lessons/${SECOND.slug}/`])
    expect(sitemap).toContain(`${path}</loc>`);
  await page.goto('/practice/');
  await expect(page.getByRole('heading', { level: 1, name: 'Practice questions' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Start practice: \d+ questions$/ })).toBeVisible();
  await expect(page.getByText('Coming soon')).toHaveCount(0);
});

test('after the skip link, the next Tab stop is in the lesson, not the course map', async ({ page }) => {
  await openLesson(page, SECOND.slug);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const inArticle = await page.evaluate(() => Boolean(document.activeElement?.closest('article#lesson')));
  expect(inArticle).toBe(true);
});

test('the course map opens scrolled to the current lesson, in the sidebar and the phone drawer', async ({ page }) => {
  const last = '/lessons/app2container-workflow/';
  await page.goto(last);
  await expect(
    page.getByRole('navigation', { name: 'Course map' }).getByRole('link', { name: /App2Container.*workflow/i }),
  ).toBeInViewport();
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(last);
  await page.getByRole('button', { name: 'Course map' }).click();
  await expect(page.getByRole('dialog', { name: 'Course map' }).locator('[aria-current="page"]')).toBeInViewport();
});

test('on a phone a glossary definition stays on screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/lessons/${FIRST.slug}/`);
  const terms = page.locator('.prose a.glossary-term');
  const count = Math.min(await terms.count(), 8);
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await terms.nth(i).focus();
    const tip = page.locator(`#${await terms.nth(i).getAttribute('aria-describedby')}`);
    await expect(tip).toBeVisible();
    await expect(tip).toBeInViewport({ ratio: 1 });
  }
});

test('printing uses the light palette even in dark mode', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/cheatsheet/');
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  const colours = await page.evaluate(() => {
    const th = document.querySelector('.prose th') as HTMLElement;
    return { body: getComputedStyle(document.body).backgroundColor, th: getComputedStyle(th).backgroundColor };
  });
  // White paper, and table headers on the light palette's pale grey rather than dark navy.
  expect(colours.body).toBe('rgb(255, 255, 255)');
  expect(colours.th).toBe('rgb(246, 248, 250)');
});

test('a 404 suggests the lessons most like the missing address', async ({ page }) => {
  await page.goto('/lessons/fargate-launch/');
  const suggestions = page.getByRole('region', { name: 'Lessons you might be looking for' });
  await expect(suggestions.getByRole('link').first()).toHaveText('Amazon ECS – Fargate launch type');
  await page.goto('/lessons/eks-volumes/');
  await expect(suggestions.getByRole('link').first()).toHaveText('Amazon EKS – data volumes');
  // Nothing like it: the course's start, said as such.
  await page.goto('/lessons/qqqq/');
  await expect(page.getByRole('region', { name: 'Start with these lessons' }).getByRole('link').first()).toHaveText(FIRST.title);
});
