import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { completeText, FIRST, openLesson, seedStorage, STORAGE_KEY } from './helpers';

/** Unreadable (a number where the progress object goes) and big enough that no copy fits once storage is full. */
const UNREADABLE = JSON.stringify({ state: { progress: 42 }, version: 3, padding: 'p'.repeat(100_000) });

/** Fills localStorage with filler keys until not even one more character fits. */
async function fillStorage(page: Page) {
  await page.evaluate(() => {
    let size = 1 << 20;
    for (let i = 0; size >= 1;) {
      try {
        localStorage.setItem(`filler-${i}`, 'f'.repeat(size));
        i++;
      } catch {
        size = Math.floor(size / 2);
      }
    }
  });
}

const keys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('filler-')));

test('a full storage: the unreadable value is left untouched, the banner says so, and it can be downloaded', async ({ page }, testInfo) => {
  await seedStorage(page, { [STORAGE_KEY]: UNREADABLE }, fillStorage);
  await page.goto('/');

  const alert = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await expect(alert).toContainText('state.progress: expected an object, got 42');
  await expect(alert).toContainText('It could not be copied aside');
  await expect(alert).toContainText('what you do now is kept only until you close this tab');
  await expect(alert).not.toContainText('a copy is kept');
  const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Download it' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^stevedore-progress-unreadable-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}\.json$/);
  const saved = testInfo.outputPath('unreadable.json');
  await download.saveAs(saved);
  expect(readFileSync(saved, 'utf8')).toBe(UNREADABLE);

  // Work goes on in memory; the original is never written over.
  await page
    .getByRole('link', { name: /What is Docker\?/ })
    .first()
    .click();
  await page.getByRole('button', { name: /Mark as complete/ }).click();
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(UNREADABLE);
  expect(await keys(page)).toEqual([STORAGE_KEY]);

  // /progress/ offers the untouched original for download too.
  await page.getByRole('banner').getByRole('link', { name: 'Progress', exact: true }).click();
  const section = page.getByRole('region', { name: 'Saved data that could not be read' });
  await expect(section).toContainText('Your saved progress (left untouched: it could not be copied aside)');
  await expect(section.getByRole('button', { name: `Download ${STORAGE_KEY}` })).toBeVisible();
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(UNREADABLE);
});

test('with room again, the value is set aside; /progress/ downloads and deletes the copy', async ({ page }) => {
  await seedStorage(page, { [STORAGE_KEY]: UNREADABLE });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await expect(alert).toContainText('a copy is kept in this browser under');
  const copyKey = (await alert.locator('code').textContent()) as string;
  expect(copyKey).toMatch(/^stevedore-progress:unreadable:/);

  await page.goto('/progress/');
  const section = page.getByRole('region', { name: 'Saved data that could not be read' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    section.getByRole('button', { name: `Download ${copyKey}` }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^stevedore-progress-unreadable-/);
  await section.getByRole('button', { name: `Delete ${copyKey}…` }).click();
  await page.getByRole('dialog', { name: 'Delete this unreadable copy?' }).getByRole('button', { name: 'Delete copy' }).click();
  await expect(section.getByRole('status')).toHaveText(`Deleted ${copyKey}.`);
  expect(await page.evaluate((key) => localStorage.getItem(key), copyKey)).toBeNull();
  await expect(page.getByText(completeText(0))).toBeVisible();
});

const NOTICE = 'Nothing you do here will be kept after this tab closes.';

test('storage blocked (SecurityError): the site works in memory and says so once', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLesson(page, FIRST.slug);
  // The system's dark mode still applies before paint, though the saved theme cannot be read.
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  const notice = page.locator('[aria-live="polite"]').filter({ hasText: NOTICE });
  await expect(notice).toContainText('storage is blocked');
  await expect(notice.getByRole('link', { name: 'export your progress' })).toHaveAttribute('href', '/progress/');
  await page.getByRole('button', { name: /Mark as complete/ }).click();
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByText(NOTICE)).toBeHidden();
  // Not again in this tab: after an in-site navigation, nor after a full page load.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByText(completeText(1))).toBeVisible();
  await expect(page.getByText(NOTICE)).toBeHidden();
  await page.goto('/progress/');
  await expect(page.getByRole('button', { name: 'Export progress' })).toBeEnabled();
  await expect(page.getByText(NOTICE)).toBeHidden();
  expect(errors).toEqual([]);
});

test('every write refused (QuotaExceededError): the notice says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openLesson(page, FIRST.slug);
  const notice = page.locator('[aria-live="polite"]').filter({ hasText: NOTICE });
  await expect(notice).toContainText('storage is full or refuses to save');
  await page.getByRole('button', { name: /Mark as complete/ }).click();
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await page.getByRole('banner').getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(page.getByText(completeText(1))).toBeVisible();
  await expect(page.getByText(NOTICE)).toBeHidden();
});
