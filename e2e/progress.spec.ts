import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { completeText, FIRST, openLesson, SECOND, seedStorage, STORAGE_KEY } from './helpers';

test('home → lesson → mark complete shows on home and /progress/', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('progressbar', { name: 'Lessons completed' })).toHaveAttribute('aria-valuenow', '0');
  await expect(page.getByRole('region', { name: 'Start here' })).toContainText(FIRST.title);

  await page
    .getByRole('link', { name: new RegExp(FIRST.title.replace('?', '\\?')) })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${FIRST.slug}/$`));
  await expect(page.getByRole('heading', { level: 1, name: FIRST.title })).toBeVisible();
  await page.getByRole('button', { name: /Mark as complete/ }).click();
  await expect(page.getByRole('button', { name: /Completed/ })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Lessons' }).click();
  await expect(page.getByRole('progressbar', { name: 'Lessons completed' })).toHaveAttribute('aria-valuenow', '1');
  await expect(page.getByText(completeText(1))).toBeVisible();
  await expect(page.getByRole('region', { name: 'Up next' })).toContainText(SECOND.title);

  await page.goto('/progress/');
  await expect(page.getByRole('banner').getByRole('link', { name: 'Progress', exact: true })).toHaveAttribute('aria-current', 'page');
  const record = page.getByRole('listitem').filter({ hasText: FIRST.title });
  await expect(record.getByText('Completed', { exact: true })).toBeAttached();
  await expect(page.getByRole('listitem').filter({ hasText: SECOND.title }).getByText('Not yet')).toBeVisible();
});

test('continue where you left off points at the last unfinished lesson', async ({ page }) => {
  await openLesson(page, SECOND.slug);
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Continue where you left off' });
  await expect(card).toContainText(SECOND.title);
  await card.getByRole('link', { name: /Continue/ }).click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${SECOND.slug}/$`));
});

for (const viewport of [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width} px "Continue" returns to the section being read, and the lesson shows as in progress`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openLesson(page, SECOND.slug);
    const section = page.getByRole('heading', { level: 2, name: /Start-up time and density/ });
    await section.evaluate((h) => window.scrollTo({ top: window.scrollY + h.getBoundingClientRect().top - 40, behavior: 'instant' }));
    await expect
      .poll(() =>
        page.evaluate(
          (key) => JSON.parse(localStorage.getItem(key) ?? '{}').state?.progress?.reading?.['docker-vs-virtual-machines']?.section,
          STORAGE_KEY,
        ),
      )
      .toBe('start-up-time-and-density');

    await page.goto('/');
    const card = page.getByRole('region', { name: 'Continue where you left off' });
    await card.getByRole('link', { name: /Continue/ }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${SECOND.slug}/#start-up-time-and-density$`));
    await expect(section).toBeInViewport();
    const headerBottom = await page.getByRole('banner').evaluate((h) => h.getBoundingClientRect().bottom);
    await expect.poll(() => section.evaluate((h) => h.getBoundingClientRect().top)).toBeGreaterThanOrEqual(headerBottom);

    // Opened but not completed: "in progress" on home and in the course map; the others are not.
    await page.goto('/');
    await expect(page.getByRole('link', { name: new RegExp(`In progress.*${SECOND.title.replace('.', '\\.')}`) })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`Not completed.*${FIRST.title.replace('?', '\\?')}`) })).toBeVisible();
    await openLesson(page, FIRST.slug);
    const map =
      viewport.width < 1024
        ? (await page.getByRole('button', { name: 'Course map' }).click(), page.getByRole('dialog', { name: 'Course map' }))
        : page.getByRole('navigation', { name: 'Course map' });
    await expect(map.getByRole('link', { name: new RegExp(`In progress\\s*${SECOND.title.replace('.', '\\.')}`) })).toBeVisible();
  });
}

test('export → reset → import restores progress', async ({ page }, testInfo) => {
  await openLesson(page, FIRST.slug);
  await page.getByRole('button', { name: /Mark as complete/ }).click();
  await page.goto('/progress/');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^stevedore-progress-\d{4}-\d{2}-\d{2}\.json$/);
  expect(JSON.parse(readFileSync(file, 'utf8')).state.progress.completed).toHaveProperty(FIRST.slug);

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(dialog).toContainText('1 lesson marked complete');
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Your progress has been reset.');
  await expect(page.getByText(completeText(0))).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('dialog', { name: 'Replace your progress?' }).getByRole('button', { name: 'Replace progress' }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Imported 1 lesson');
  await expect(page.getByText(completeText(1))).toBeVisible();
  await page.reload();
  await expect(page.getByText(completeText(1))).toBeVisible();
});

test('a bad import file says what is wrong and changes nothing', async ({ page }) => {
  await openLesson(page, FIRST.slug);
  await page.getByRole('button', { name: /Mark as complete/ }).click();
  await page.goto('/progress/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "state": {"progress": {"completed": {"what-is-docker": "last tuesday"}, "lastVisited": null}}}'),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'was not imported' });
  await expect(alert).toContainText('“notes.json” was not imported');
  await expect(alert).toContainText('state.progress.completed.what-is-docker');
  await expect(alert).toContainText('Your progress has not changed');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByText(completeText(1))).toBeVisible();
});

test('corrupted saved progress is reported and kept, and the page still works', async ({ page }) => {
  await seedStorage(page, { [STORAGE_KEY]: '{"state": {"progress": 42}, "version": 1' });
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('not valid JSON');
  const keptKey = (await alert.locator('code').textContent()) as string;
  expect(keptKey).toMatch(/^stevedore-progress:unreadable:/);
  expect(await page.evaluate((k) => localStorage.getItem(k), keptKey)).toBe('{"state": {"progress": 42}, "version": 1');
  await expect(page.getByText(completeText(0))).toBeVisible();
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(alert).toBeHidden();
  await openLesson(page, FIRST.slug);
  await page.getByRole('button', { name: /Mark as complete/ }).click();
  await expect(page.getByRole('button', { name: /Completed/ })).toBeVisible();
});

test('an import keeps only lessons this course has, refuses an oversized file, and reset leaves focus on the outcome', async ({ page }) => {
  await page.goto('/progress/');
  const importFile = async (name: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import progress…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
  };
  const state = {
    progress: {
      completed: {
        [FIRST.slug]: '2026-11-01T10:00:00.000Z',
        'no-such-lesson': '2026-11-01T10:00:00.000Z',
        'another-gone': '2026-11-01T10:00:00.000Z',
      },
      lastVisited: null,
    },
  };
  await importFile('old.json', Buffer.from(JSON.stringify({ format: 'stevedore-progress', version: 1, state })));
  const dialog = page.getByRole('dialog', { name: 'Replace your progress?' });
  await expect(dialog).toContainText('has 1 lesson complete (2 entries for lessons this course does not have left out)');
  await dialog.getByRole('button', { name: 'Replace progress' }).click();
  await expect(page.getByText(completeText(1))).toBeVisible();

  await importFile('huge.json', Buffer.alloc(3 * 1024 * 1024, 32));
  await expect(page.getByRole('alert').filter({ hasText: 'huge.json' })).toContainText('far larger than a progress export');
  await expect(page.getByText(completeText(1))).toBeVisible();

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('dialog', { name: 'Reset all progress?' }).getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Your progress has been reset.' })).toBeVisible();
  await expect(page.locator('[aria-live="polite"]').filter({ hasText: 'reset' })).toBeFocused();
});
