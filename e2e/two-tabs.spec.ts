import { expect, test, type Page } from '@playwright/test';
import { completeText, FIRST, openLesson, SECOND, STORAGE_KEY } from './helpers';
import { answer, loadBank, storedQuiz } from './quiz-helpers';

/** Until `hear(page)`, the page gets no `storage` events: it stays as stale as a tab that has not heard yet. */
async function deafen(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { deaf: boolean };
    w.deaf = true;
    window.addEventListener('storage', (e) => w.deaf && e.stopImmediatePropagation(), true);
  });
}

const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').state, STORAGE_KEY);

test('two tabs that both work before either hears the other keep all of it', async ({ context, request }) => {
  const bank = await loadBank(request);
  const [a, b] = [await context.newPage(), await context.newPage()];
  await deafen(a);
  await deafen(b);
  await openLesson(a, FIRST.slug);
  await openLesson(b, SECOND.slug);

  for (const page of [a, b]) {
    await page.getByRole('button', { name: /Mark as complete/ }).click();
    const question = page.getByRole('form', { name: /^Question 1 of \d$/ });
    await answer(question, bank, true);
    await question.getByRole('button', { name: 'Check answer' }).click();
    await expect(question.getByText(/^Correct/)).toBeVisible();
  }

  await expect.poll(async () => Object.keys((await stored(a)).progress.completed).sort()).toEqual([SECOND.slug, FIRST.slug].sort());
  await expect.poll(async () => (await storedQuiz(a)).history.length).toBe(2);
  await a.goto('/progress/');
  await expect(a.getByText(completeText(2))).toBeVisible();
});

test('a tab shows what another tab does, without a reload', async ({ context }) => {
  const [a, b] = [await context.newPage(), await context.newPage()];
  await openLesson(a, FIRST.slug);
  await a.getByRole('button', { name: /Mark as complete/ }).click();
  await a.goto('/progress/');
  await expect(a.getByText(completeText(1))).toBeVisible();

  await openLesson(b, SECOND.slug);
  await b.getByRole('button', { name: /Mark as complete/ }).click();
  await expect(a.getByText(completeText(2))).toBeVisible();

  // A reset in one tab clears the other too: it removes what it had seen, and the other had nothing newer.
  await a.getByRole('button', { name: 'Reset progress…' }).click();
  await a.getByRole('dialog', { name: 'Reset all progress?' }).getByRole('button', { name: 'Reset progress' }).click();
  await expect(b.getByRole('button', { name: /Mark as complete/ })).toHaveAttribute('aria-pressed', 'false');
});
