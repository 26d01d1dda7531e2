import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, FIRST } from './helpers';

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Search the course' });
const boxOf = (page: Page) => dialogOf(page).getByRole('combobox');

test('search loads nothing until it is opened, then finds a section and goes to its heading', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(`/lessons/${FIRST.slug}/`);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.endsWith('search-index.json'))).toEqual([]);
  const scriptsBefore = new Set(requests.filter((p) => p.endsWith('.js')));

  await page.keyboard.press('Control+k');
  await expect(dialogOf(page)).toBeVisible();
  await expect(boxOf(page)).toBeFocused();
  // Opening fetched the dialog's code and the index.
  await expect.poll(() => requests.filter((p) => p === '/search-index.json').length).toBe(1);
  expect(requests.filter((p) => p.endsWith('.js') && !scriptsBefore.has(p)).length).toBeGreaterThan(0);

  await boxOf(page).fill('fargate spot');
  const options = dialogOf(page).getByRole('option');
  await expect(options.first()).toBeVisible();
  // The matched words are highlighted in the title and the snippet.
  await expect(options.first().locator('mark').first()).toHaveText(/fargate|spot/i);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(boxOf(page)).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);

  // Arrows move the active result (and wrap); Enter opens it.
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  const section = options.filter({ hasText: 'Section' }).first();
  const href = (await section.getAttribute('href'))!;
  expect(href).toMatch(/^\/lessons\/[^/]+\/#[a-z0-9-]+$/);
  await section.hover();
  await expect(section).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');

  await expect(dialogOf(page)).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[/#]/g, '\\$&')}$`));
  const heading = page.locator(`[id="${href.split('#')[1]}"]`);
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
});

test('/ opens search, but not while typing; Esc closes it and focus returns', async ({ page }) => {
  await page.goto('/glossary/');
  const filter = page.getByRole('searchbox', { name: 'Filter terms' });
  await filter.fill('ecs/');
  await expect(dialogOf(page)).toBeHidden();
  await filter.blur();
  await page.keyboard.press('/');
  await expect(dialogOf(page)).toBeVisible();
  await expect(boxOf(page)).toBeFocused();
  // The page behind is inert: Tab cycles through the dialog's controls (and the browser's own, which
  // headless Chromium reports as the body), never to a link of the page.
  let inside = 0;
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => (document.activeElement?.closest('dialog[open]') ? 'dialog' : document.activeElement?.tagName));
    expect(['dialog', 'BODY']).toContain(where);
    if (where === 'dialog') inside += 1;
  }
  expect(inside).toBeGreaterThanOrEqual(4);
  await boxOf(page).focus();
  await page.keyboard.press('Escape');
  await expect(dialogOf(page)).toBeHidden();
  await page.getByRole('button', { name: 'Search the course' }).click();
  await expect(dialogOf(page)).toBeVisible();
  await page.getByRole('button', { name: /^Close/ }).click();
  await expect(dialogOf(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search the course' })).toBeFocused();
});

test('glossary terms, quiz questions and slides are found, each at its place', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search the course' }).click();
  await boxOf(page).fill('awsvpc');
  const options = dialogOf(page).getByRole('option');
  await expect(options.filter({ hasText: 'Slide' }).first()).toHaveAttribute('href', /^\/present\/[^/]+\/#\d+$/);
  await expect(options.filter({ hasText: 'Quiz question' }).first()).toHaveAttribute('href', /^\/lessons\/[^/]+\/#[a-z0-9-]+$/);

  await boxOf(page).fill('task execution role');
  const term = options.filter({ hasText: 'Glossary' }).first();
  await expect(term).toHaveAttribute('href', '/glossary/#task-execution-role');
  await term.click();
  await expect(page).toHaveURL(/\/glossary\/#task-execution-role$/);
  await expect(page.locator('#task-execution-role')).toBeInViewport();
});

test('a query that matches nothing says so', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Control+k');
  await boxOf(page).fill('zzqxj');
  await expect(dialogOf(page).getByText('Nothing matches “zzqxj”')).toBeVisible();
  await expect(dialogOf(page).getByRole('option')).toHaveCount(0);
  await expect(boxOf(page)).toHaveAttribute('aria-expanded', 'false');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the open search dialog has no axe violations (${scheme}, phone and desktop)`, async ({ page }) => {
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      await page.getByRole('button', { name: 'Search the course' }).click();
      await boxOf(page).fill('capacity provider');
      await expect(dialogOf(page).getByRole('option').first()).toBeVisible();
      const box = await dialogOf(page).boundingBox();
      expect(box!.width).toBeLessThanOrEqual(width);
      await expectNoAxeViolations(page);
    }
  });
}

test('the glossary filter narrows the list as you type, clears with Esc, and has an empty state', async ({ page }) => {
  await page.goto('/glossary/');
  const filter = page.getByRole('searchbox', { name: 'Filter terms' });
  const terms = page.locator('main dl dt');
  const all = await terms.count();
  await filter.fill('role');
  await expect(page.getByText(/^\d+ of \d+ terms match “role”\.$/)).toBeVisible();
  const some = await terms.count();
  expect(some).toBeGreaterThan(0);
  expect(some).toBeLessThan(all);
  for (const text of await page.locator('main dl > div').allInnerTexts()) expect(text.toLowerCase()).toContain('role');
  // The letter bar lists only letters that still have terms.
  const letters = await page.getByRole('navigation', { name: 'Letters' }).getByRole('link').allInnerTexts();
  expect(letters.length).toBe(await page.locator('main section h2').count());

  await page.keyboard.press('Escape');
  await expect(filter).toHaveValue('');
  await expect(terms).toHaveCount(all);

  await filter.fill('kubernetes-operator-xyz');
  await expect(page.getByText('No term matches “kubernetes-operator-xyz”.')).toBeVisible();
  await page.getByRole('button', { name: /Search the whole course for/ }).click();
  await expect(boxOf(page)).toHaveValue('kubernetes-operator-xyz');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Clear the filter' }).click();
  await expect(terms).toHaveCount(all);
});
