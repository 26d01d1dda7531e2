import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { STORE_VERSION } from '../lib/store/constants';
import { expectNoAxeViolations, FIRST } from './helpers';
import { answer, checkYourselfReady, currentQuestion, loadBank, setUpSession, storedQuiz } from './quiz-helpers';

test('a practice run: keys choose and submit, feedback explains every option, focus follows', async ({ page, request }) => {
  const bank = await loadBank(request);
  const form = await setUpSession(page, { lesson: FIRST.title, count: 3, mode: 'Practice' });
  await form.getByRole('button', { name: 'Start practice: 3 questions' }).click();

  const session = page.getByRole('region', { name: 'Practice', exact: true });
  for (let i = 1; i <= 3; i++) {
    await expect(session.getByText(`Question ${i} of 3`)).toBeVisible();
    const stem = session.locator('p[id$="-stem"]');
    await expect(stem).toBeFocused();
    const question = await currentQuestion(session, bank);
    const group = session.getByRole(question.kind === 'single' ? 'radiogroup' : 'group', {
      name: question.question.replace(/`/g, '').trim().slice(0, 30),
    });
    await expect(group).toBeVisible();
    if (question.kind === 'multiple') await expect(session.getByText(/^Choose (two|three)\.$/)).toBeVisible();

    // Key 1 picks the first option shown (a radio, or a checkbox for "choose two"); a multiple
    // answer takes as many keys as it asks for.
    await page.keyboard.press('1');
    await expect(group.getByRole(question.kind === 'single' ? 'radio' : 'checkbox').first()).toBeChecked();
    const wanted = question.options.filter((o) => o.correct).length;
    for (let key = 2; question.kind === 'multiple' && key <= wanted; key++) await page.keyboard.press(String(key));
    await page.keyboard.press('Enter');

    const verdict = session.getByText(/^(Correct\.|Not quite)/);
    await expect(verdict).toBeFocused();
    // Every option has its explanation, and the lesson section is linked.
    await expect(session.locator('p[id$="-why"]')).toHaveCount(question.options.length);
    await expect(session.locator(`a[href^="/lessons/${question.lesson}/#"]`).first()).toBeVisible();
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Practice results' })).toBeFocused();
  await expect(page.getByText(/of 3 correct/)).toBeVisible();
  const quiz = await storedQuiz(page);
  expect(quiz.history).toHaveLength(3);
  expect(Object.keys(quiz.cards)).toHaveLength(3);
  expect(quiz.attempts[0]).toMatchObject({ mode: 'practice', seed: expect.any(Number) });
  expect(quiz.attempts[0].answers.every((a: number[]) => Array.isArray(a))).toBe(true);
});

test('an exam: flag, navigator, warning before submitting, and submission when time runs out', async ({ page, request }) => {
  await page.clock.install();
  const bank = await loadBank(request);
  const form = await setUpSession(page, { lesson: FIRST.title, count: 4, mode: 'Exam', minutes: 2 });
  await form.getByRole('button', { name: 'Start exam: 4 questions, 2 min' }).click();

  const exam = page.getByRole('region', { name: 'Exam', exact: true });
  await expect(exam.getByRole('timer')).toHaveText('2:00');
  await answer(exam, bank, true);
  const navigator = exam.getByRole('navigation', { name: 'Exam questions' });
  await expect(navigator.getByRole('button', { name: 'Question 1: answered' })).toBeVisible();

  await exam.getByRole('button', { name: 'Next' }).click();
  await exam.getByRole('button', { name: 'Flag for review' }).click();
  await expect(exam.getByRole('button', { name: '⚑ Flagged for review' })).toHaveAttribute('aria-pressed', 'true');
  await expect(navigator.getByRole('button', { name: 'Question 2: unanswered, flagged' })).toHaveAttribute('aria-current', 'step');
  await expect(navigator).toContainText('1 answered · 1 flagged · 3 unanswered');

  // Jump with the navigator, then try to submit: a warning names the unanswered questions.
  await navigator.getByRole('button', { name: 'Question 4: unanswered' }).click();
  await expect(exam.getByText('Question 4 of 4')).toBeVisible();
  await exam.getByRole('button', { name: 'Submit exam' }).click();
  const dialog = page.getByRole('dialog', { name: 'Submit with 3 unanswered?' });
  await expect(dialog).toContainText(
    '3 of 4 questions have no answer and will count as wrong (they join your review queue). 1 is flagged for review.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.clock.fastForward('00:50');
  await expect(exam.getByRole('timer')).toHaveText(/^1:(0\d|10)$/);
  await page.clock.fastForward('01:15');
  const results = page.getByRole('region', { name: 'Exam results' });
  await expect(results.getByText(/time ran out, the exam was submitted automatically/)).toBeVisible();
  await expect(results.getByText(/of 4 correct · 3 unanswered/)).toBeVisible();
  await expect(results.getByRole('table', { name: 'Score by module' })).toContainText('Docker fundamentals');
  // Time taken stops at the limit, even though the test's clock jumped past it.
  await expect(results.getByText(/time taken 2 min of 2 min/)).toBeVisible();
  await expect(results.getByText(/^Question \d · flagged · not answered$/)).toBeVisible();
  await expect(results.locator('p[id$="-why"]')).toHaveCount(await results.locator('li input').count());
  // Every question became a review card: the unanswered ones as misses.
  const quiz = await storedQuiz(page);
  expect(Object.keys(quiz.cards)).toHaveLength(4);
  expect(quiz.history.filter((h: { ok: boolean }) => !h.ok).length).toBeGreaterThanOrEqual(3);
});

test('mistakes come back in the review queue; the nav badge counts them; undo takes a review back', async ({ page, request }) => {
  await page.clock.install();
  const bank = await loadBank(request);
  const form = await setUpSession(page, { lesson: FIRST.title, count: 2, mode: 'Practice' });
  await form.getByRole('button', { name: 'Start practice: 2 questions' }).click();
  const session = page.getByRole('region', { name: 'Practice', exact: true });
  for (let i = 0; i < 2; i++) {
    await answer(session, bank, false);
    await session.getByRole('button', { name: 'Check answer' }).click();
    await expect(session.getByText(/^Not quite/)).toBeVisible();
    await session.getByRole('button', { name: /Next question|See results/ }).click();
  }

  const reviewLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Review/ });
  await expect(reviewLink).toHaveAccessibleName('Review');
  expect((await storedQuiz(page)).history.map((h: { ok: boolean }) => h.ok)).toEqual([false, false]);
  await page.goto('/review/');
  await expect(page.getByText('All caught up.')).toBeVisible();
  await expect(page.getByText(/The next question is due in (9|10) minutes\./)).toBeVisible();

  await page.clock.fastForward('11:00');
  await expect(reviewLink).toHaveAccessibleName(/^Review\W*2 due$/);
  await expect(page.getByRole('status').filter({ hasText: '2 due now' })).toBeVisible();
  const card = page.locator('form').filter({ has: page.locator('p[id$="-stem"]') });
  const first = await answer(card, bank, true);
  await page.keyboard.press('Enter');
  await expect(card.getByText('Correct.')).toBeFocused();
  await expect(card.getByText(/It comes back in \d+ days|tomorrow/)).toBeVisible();
  await expect(reviewLink).toHaveAccessibleName(/^Review\W*1 due$/);

  await page.getByRole('button', { name: 'Undo last review' }).click();
  await expect(reviewLink).toHaveAccessibleName(/^Review\W*2 due$/);
  expect(plainText(await card.locator('p[id$="-stem"]').innerText())).toBe(plainText(first.question));
  await expectNoAxeViolations(page);
});

test('Check yourself in a lesson: radios in a named group, immediate feedback, a same-page link, a review card', async ({
  page,
  request,
}) => {
  const bank = await loadBank(request);
  await page.goto(`/lessons/${FIRST.slug}/`);
  const questions = page.getByRole('form', { name: /^Question \d of \d$/ });
  await checkYourselfReady(questions);
  const count = await questions.count();
  expect(count).toBeGreaterThanOrEqual(3);
  expect(count).toBeLessThanOrEqual(5);
  const first = questions.first();
  const group = first.getByRole('radiogroup');
  await expect(group).toHaveAccessibleName(/.{20,}/);
  await group.getByRole('radio').first().focus();
  await page.keyboard.press('2');
  await expect(group.getByRole('radio').nth(1)).toBeChecked();
  await answer(first, bank, false);
  await page.keyboard.press('Enter');
  await expect(first.getByText(/^Not quite/)).toBeFocused();
  await expect(first.locator('p[id$="-why"]')).toHaveCount(await group.getByRole('radio').count());
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /^#[a-z0-9-]+$/);
  await expect.poll(async () => (await storedQuiz(page))?.history?.length).toBe(1);
  await first.getByRole('button', { name: 'Try again' }).click();
  await expect(group.getByRole('radio').first()).toBeFocused();
});

test('a lesson page still reads without JavaScript, with its questions in the HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/lessons/${FIRST.slug}/`);
  await expect(page.getByRole('heading', { name: 'Check yourself' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Question 1 of 5' })).toBeVisible();
  await context.close();
});

test('progress shows accuracy per module and the weakest topics after answering', async ({ page, request }) => {
  const bank = await loadBank(request);
  const form = await setUpSession(page, { lesson: FIRST.title, count: 6, mode: 'Practice' });
  await form.getByRole('button', { name: 'Start practice: 6 questions' }).click();
  const session = page.getByRole('region', { name: 'Practice', exact: true });
  for (let i = 0; i < 6; i++) {
    await answer(session, bank, i % 2 === 0);
    await session.getByRole('button', { name: 'Check answer' }).click();
    await session.getByRole('button', { name: /Next question|See results/ }).click();
  }
  await page.goto('/progress/');
  const accuracy = page.getByRole('region', { name: 'Accuracy by module' });
  await expect(accuracy.getByText('Docker fundamentals')).toBeVisible();
  await expect(accuracy.getByText('50% of 6 answers')).toBeVisible();
  await expect(accuracy.getByRole('img', { name: /Docker fundamentals, accuracy by day: \d{4}-\d{2}-\d{2}: 50% of 6/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Weakest topics' })).toBeVisible();
});

test('quiz answers travel in the progress export and come back on import', async ({ page }, testInfo) => {
  await page.goto(`/lessons/${FIRST.slug}/`);
  const check = page.getByRole('form', { name: 'Question 1 of 5' });
  await check.getByRole('radio').first().check();
  await check.getByRole('button', { name: 'Check answer' }).click();
  await expect.poll(async () => (await storedQuiz(page))?.history?.length).toBe(1);

  await page.goto('/progress/');
  await expect(page.getByRole('region', { name: 'Accuracy by module' })).toContainText('of 1 answer');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
  const file = testInfo.outputPath('progress.json');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.version).toBe(STORE_VERSION);
  expect(exported.state.quiz.history).toHaveLength(1);
  expect(Object.keys(exported.state.quiz.cards)).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset progress…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
  await expect(dialog).toContainText('and 1 quiz answer, your exam results and review schedule');
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByText('No answers yet.')).toBeVisible();

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress…' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('dialog', { name: 'Replace your progress?' }).getByRole('button', { name: 'Replace progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('and 1 quiz answer');
  await page.reload();
  await expect(page.getByRole('region', { name: 'Accuracy by module' })).toContainText('of 1 answer');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in practice, exam, results, review and a lesson's questions (${scheme})`, async ({ page, request }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const bank = await loadBank(request);
    await page.goto('/review/');
    await expect(page.getByText('No questions to review yet.')).toBeVisible();
    await expectNoAxeViolations(page);

    let form = await setUpSession(page, { lesson: FIRST.title, count: 2, mode: 'Practice' });
    await expectNoAxeViolations(page);
    await form.getByRole('button', { name: 'Start practice: 2 questions' }).click();
    const session = page.getByRole('region', { name: 'Practice', exact: true });
    await answer(session, bank, false);
    await session.getByRole('button', { name: 'Check answer' }).click();
    await expect(session.getByText(/^Not quite/)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'End session and see results' }).click();
    await expect(page.getByRole('heading', { name: 'Practice results' })).toBeVisible();

    form = await setUpSession(page, { lesson: FIRST.title, count: 3, mode: 'Exam' });
    await form.getByRole('button', { name: /^Start exam/ }).click();
    const exam = page.getByRole('region', { name: 'Exam', exact: true });
    await answer(exam, bank, true);
    await exam.getByRole('button', { name: 'Flag for review' }).click();
    await expectNoAxeViolations(page);
    await exam.getByRole('button', { name: 'Submit exam' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Submit anyway' }).click();
    await expect(page.getByRole('heading', { name: 'Exam results' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto('/progress/');
    await expect(page.getByRole('region', { name: 'Accuracy by module' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/lessons/${FIRST.slug}/`);
    const check = page.getByRole('form', { name: /^Question 1 of/ });
    await checkYourselfReady(check);
    await check.getByRole('radio').first().check();
    await check.getByRole('button', { name: 'Check answer' }).click();
    await expect(check.getByText(/^(Correct\.|Not quite)/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test('the practice page shows an error with a retry when the bank cannot load', async ({ page }) => {
  let fail = true;
  await page.route('**/quiz-bank.json', (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('/practice/');
  await expect(page.getByRole('alert').filter({ hasText: 'The questions could not be loaded.' })).toContainText(
    'Check your connection and try again',
  );
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('form', { name: 'Start a session' })).toBeVisible();
});

test('practice fits a 360 px phone', async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const bank = await loadBank(request);
  const form = await setUpSession(page, { lesson: FIRST.title, count: 2, mode: 'Exam' });
  await form.getByRole('button', { name: /^Start exam/ }).click();
  await answer(page.getByRole('region', { name: 'Exam', exact: true }), bank, true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

function plainText(s: string) {
  return s.replace(/`/g, '').replace(/\s+/g, ' ').trim();
}

test('asking for more questions than match says so and starts with the ones there are', async ({ page, request }) => {
  const bank = await loadBank(request);
  const inLesson = bank.filter((q) => q.lesson === FIRST.slug).length;
  const form = await setUpSession(page, { lesson: FIRST.title, count: 150, mode: 'Practice' });
  await expect(form.getByRole('status')).toHaveText(`Only ${inLesson} questions match your choices, so the session has ${inLesson}.`);
  await expect(form.getByRole('button', { name: `Start practice: ${inLesson} questions` })).toBeEnabled();
});
