import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, FIRST } from './helpers';
import {
  answer,
  checkYourselfReady,
  currentQuestion,
  DESKTOP,
  loadBank,
  PHONE,
  setUpSession,
  shownOrder,
  storedQuiz,
} from './quiz-helpers';

/** Two wrong practice answers, then eleven minutes later: both are due on /review/. */
async function twoDueReviews(page: Page, bank: Awaited<ReturnType<typeof loadBank>>) {
  const form = await setUpSession(page, { lesson: FIRST.title, count: 2, mode: 'Practice' });
  await form.getByRole('button', { name: 'Start practice: 2 questions' }).click();
  const session = page.getByRole('region', { name: 'Practice', exact: true });
  for (let i = 0; i < 2; i++) {
    await answer(session, bank, false);
    await session.getByRole('button', { name: 'Check answer' }).click();
    await session.getByRole('button', { name: /Next question|See results/ }).click();
  }
  await page.goto('/review/');
  await page.clock.fastForward('11:00');
  await expect(page.getByRole('status').filter({ hasText: '2 due now' })).toBeVisible();
}

for (const [device, size] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  test.describe(`on a ${device}`, () => {
    test.use({ viewport: size });

    test('review keeps the options where they were when the answer is checked', async ({ page, request }) => {
      await page.clock.install();
      const bank = await loadBank(request);
      await twoDueReviews(page, bank);
      const card = page.locator('form').filter({ has: page.locator('p[id$="-stem"]') });
      for (let i = 0; i < 2; i++) {
        const before = await shownOrder(card);
        await answer(card, bank, i === 0);
        await card.getByRole('button', { name: 'Check answer' }).click();
        await expect(card.getByText(/^(Correct\.|Not quite)/)).toBeFocused();
        expect(await shownOrder(card)).toEqual(before);
        await card.getByRole('button', { name: /Next question|Done/ }).click();
      }
    });

    test('practice setup: counts agree with their noun, a bad count says why and does not start, Start is a few Tabs away', async ({
      page,
    }) => {
      const form = await setUpSession(page, { lesson: FIRST.title, count: 1, mode: 'Practice' });
      await expect(form.getByRole('button', { name: 'Start practice: 1 question', exact: true })).toBeVisible();
      const count = form.getByRole('spinbutton', { name: 'Questions' });
      const bad: [string, string][] = [
        ['0', 'Choose at least 1 question; 0 is too few.'],
        ['-3', 'Choose at least 1 question; -3 is too few.'],
        ['', 'Enter the number of questions, from 1 to 200.'],
      ];
      for (const [typed, message] of bad) {
        await count.fill(typed);
        await form.getByRole('button', { name: /^Start practice/ }).click();
        await expect(count).toHaveAttribute('aria-invalid', 'true');
        await expect(count).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.()]/g, '\\$&')}`));
        await expect(form.getByText(message)).toBeVisible();
        await expect(count).toBeFocused();
        await expect(page.getByRole('region', { name: 'Practice', exact: true })).toHaveCount(0);
      }
      await count.fill('2');
      await expect(count).not.toHaveAttribute('aria-invalid', 'true');

      // From the first mode radio, Start is three Tabs away at most (Questions, time limit in an exam, Start).
      await form.getByRole('radio', { name: /^Exam/ }).check();
      await form.getByRole('radio', { name: /^Exam/ }).focus();
      let tabs = 0;
      const start = form.getByRole('button', { name: /^Start exam/ });
      while (!(await start.evaluate((el) => el === document.activeElement)) && tabs < 60) {
        await page.keyboard.press('Tab');
        tabs++;
      }
      expect(tabs).toBeLessThanOrEqual(3);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('region', { name: 'Exam', exact: true })).toBeVisible();
    });

    test('Check yourself: a next step after every answer, a done state, and last time’s results after a reload', async ({
      page,
      request,
    }) => {
      const bank = await loadBank(request);
      await page.goto(`/lessons/${FIRST.slug}/`);
      const questions = page.getByRole('form', { name: /^Question \d of \d$/ });
      await checkYourselfReady(questions);
      const total = await questions.count();
      for (let i = 0; i < total; i++) {
        const form = questions.nth(i);
        await answer(form, bank, i !== 1);
        await form.getByRole('button', { name: 'Check answer' }).click();
        if (i === 1) await expect(form.getByRole('button', { name: 'Try again' })).toBeVisible();
        else await expect(form.getByRole('button', { name: 'Try again' })).toHaveCount(0);
        if (i < total - 1) {
          await form.getByRole('button', { name: 'Next question' }).click();
          await expect(questions.nth(i + 1).locator('p[id$="-stem"]')).toBeFocused();
        } else {
          await form.getByRole('button', { name: 'See how you did' }).click();
        }
      }
      const done = page.getByRole('status').filter({ hasText: `Done: ${total - 1} of ${total} questions right on the first try.` });
      await expect(done).toBeFocused();

      await page.reload();
      await expect(questions.first().getByText(/^Last time \(.+\) you got this right\.$/)).toBeVisible();
      await expect(questions.nth(1).getByText(/^Last time \(.+\) you got this wrong\.$/)).toBeVisible();
    });

    test('exam results stay on /progress/: unanswered questions are due for review, "Retake missed" and "Review flagged" start sessions', async ({
      page,
      request,
    }) => {
      const bank = await loadBank(request);
      const form = await setUpSession(page, { lesson: FIRST.title, count: 3, mode: 'Exam' });
      await form.getByRole('button', { name: /^Start exam/ }).click();
      const exam = page.getByRole('region', { name: 'Exam', exact: true });
      await answer(exam, bank, true);
      await exam.getByRole('button', { name: 'Flag for review' }).click();
      await exam.getByRole('button', { name: 'Submit exam' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Submit anyway' }).click();
      const results = page.getByRole('region', { name: 'Exam results' });
      await expect(results.getByRole('button', { name: 'Retake missed (2 questions)' })).toBeVisible();
      await results.getByRole('button', { name: 'Review flagged (1 question)' }).click();
      const practice = page.getByRole('region', { name: 'Practice', exact: true });
      await expect(practice.getByText('Question 1 of 1')).toBeVisible();
      await practice.getByRole('button', { name: 'End session and see results' }).click();

      const quiz = await storedQuiz(page);
      expect(Object.keys(quiz.cards)).toHaveLength(3);

      await page.goto('/progress/');
      const history = page.locator('#attempt-history + *');
      await expect(page.getByRole('heading', { name: 'Exams and practice sessions' })).toBeVisible();
      const examEntry = history.getByRole('listitem').filter({ hasText: /^Exam/ });
      await expect(examEntry).toContainText('1 of 3 questions right (33%) · 2 unanswered · 1 flagged');
      await examEntry.getByRole('button', { name: /^Retake missed \(2 questions\)/ }).click();
      await expect(page).toHaveURL(/\/practice\/$/);
      await expect(page.getByRole('region', { name: 'Exam', exact: true }).getByText('Question 1 of 2')).toBeVisible();
    });
  });
}

test('exam on a phone: the clock and counter stay in view, the navigator opens from the bar, warnings at 5 and 1 minutes', async ({
  page,
  request,
}) => {
  await page.setViewportSize(PHONE);
  await page.clock.install();
  const bank = await loadBank(request);
  const form = await setUpSession(page, { lesson: FIRST.title, count: 6, mode: 'Exam', minutes: 6 });
  await form.getByRole('button', { name: 'Start exam: 6 questions, 6 min' }).click();
  const exam = page.getByRole('region', { name: 'Exam', exact: true });
  await answer(exam, bank, true);
  // Down to the end of the question, where the clock used to scroll away.
  await exam.getByRole('button', { name: 'Submit exam' }).scrollIntoViewIfNeeded();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect(exam.getByRole('timer')).toBeInViewport();
  await expect(exam.getByText('Question 1 of 6')).toBeInViewport();

  const navigator = exam.getByRole('navigation', { name: 'Exam questions' });
  await expect(navigator).toHaveCount(0);
  const toggle = exam.getByRole('button', { name: /^All questions/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(navigator).toBeInViewport();
  await navigator.getByRole('button', { name: 'Question 4: unanswered' }).click();
  await expect(exam.getByText('Question 4 of 6')).toBeVisible();
  await expect(navigator).toHaveCount(0);

  const polite = exam.getByRole('status').filter({ hasText: 'minutes left' });
  const assertive = exam.getByRole('alert');
  await expect(exam.getByText(/^Less than/)).toHaveCount(0);
  await page.clock.fastForward('01:05');
  await expect(exam.getByText(/Less than 5 minutes left/)).toBeInViewport();
  await expect(polite).toHaveText('5 minutes left.');
  await expect(assertive).toHaveText('');
  await page.clock.fastForward('04:00');
  await expect(exam.getByText(/Less than 1 minute left/)).toBeInViewport();
  await expect(assertive).toHaveText('1 minute left.');
  // Each announcement stays as it was, so it is read once, not every second.
  await page.clock.fastForward('00:10');
  await expect(polite).toHaveText('5 minutes left.');
  await expect(assertive).toHaveText('1 minute left.');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
});

test('exam on a desktop: the navigator sits beside the question with no toggle', async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  const form = await setUpSession(page, { lesson: FIRST.title, count: 3, mode: 'Exam' });
  await form.getByRole('button', { name: /^Start exam/ }).click();
  const exam = page.getByRole('region', { name: 'Exam', exact: true });
  await expect(exam.getByRole('navigation', { name: 'Exam questions' })).toBeInViewport();
  await expect(exam.getByRole('button', { name: /^All questions/ })).toHaveCount(0);
});

test('practice setup: only this module, select all and clear all, only wrong and only never answered', async ({ page, request }) => {
  const bank = await loadBank(request);
  const form = await setUpSession(page, { lesson: FIRST.title, count: 2, mode: 'Practice' });
  await form.getByRole('button', { name: 'Start practice: 2 questions' }).click();
  const session = page.getByRole('region', { name: 'Practice', exact: true });
  const wrong: string[] = [];
  for (let i = 0; i < 2; i++) {
    const question = await currentQuestion(session, bank);
    await answer(session, bank, i === 0);
    if (i === 1) wrong.push(question.id);
    await session.getByRole('button', { name: 'Check answer' }).click();
    await session.getByRole('button', { name: /Next question|See results/ }).click();
  }
  await page.getByRole('button', { name: 'Start another session' }).click();

  const setup = page.getByRole('form', { name: 'Start a session' });
  const status = setup.getByRole('status');
  const matching = (n: number) => (n === 1 ? '1 question matches your choices.' : `${n} questions match your choices.`);
  await expect(status).toHaveText(matching(bank.length));
  const ecs = bank.filter((q) => q.module === 'amazon-ecs').length;
  expect(ecs).toBeGreaterThan(0);
  await setup.getByRole('button', { name: 'Only this module: Amazon ECS' }).click();
  await expect(status).toHaveText(matching(ecs));
  await expect(setup.getByRole('checkbox', { name: '3. Amazon ECS' })).toBeChecked();
  await expect(setup.getByRole('checkbox', { name: '1. Docker fundamentals' })).not.toBeChecked();
  await setup.getByRole('button', { name: 'Clear all' }).click();
  await expect(status).toHaveText(/^No questions match/);
  await expect(setup.getByRole('button', { name: /^Start practice/ })).toBeDisabled();
  await setup.getByRole('button', { name: 'Select all' }).click();
  await expect(status).toHaveText(matching(bank.length));

  await setup.getByRole('radio', { name: 'Only questions I got wrong last time (1)' }).check();
  // The count asked for (10) is more than match: the status says so.
  await expect(status).toHaveText('Only 1 question matches your choices, so the session has 1.');
  await setup.getByRole('radio', { name: `Only questions I have never answered (${bank.length - 2})` }).check();
  await expect(status).toHaveText(matching(bank.length - 2));
  await setup.getByRole('radio', { name: /^Only questions I got wrong/ }).check();
  await setup.getByRole('button', { name: 'Start practice: 1 question' }).click();
  expect((await currentQuestion(session, bank)).id).toBe(wrong[0]);
});

test('Check yourself without JavaScript: no Check button that reloads the page; each answer and its explanations open in place', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/lessons/${FIRST.slug}/`);
  const first = page.getByRole('form', { name: 'Question 1 of 5' });
  await expect(first).toBeVisible();
  await expect(page.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await expect(first.getByText(/^Answer: /)).toBeHidden();
  await first.getByText('Show the answer').click();
  await expect(first.getByText(/^Answer: .{10,}/)).toBeVisible();
  const options = await first.getByRole('radio').count();
  await expect(first.getByText(/^[✓✗] /)).toHaveCount(options);
  await expect(first.getByText(/^✓ /)).toHaveCount(1);
  await context.close();
});

test('an SAA-C03 preset: official length and time, an honest label, and results by exam domain', async ({ page, request }) => {
  // Axe reads a results page of 65 questions.
  test.setTimeout(90_000);
  const bank = await loadBank(request);
  await page.goto('/practice/');
  const form = page.getByRole('form', { name: 'Start a session' });
  await form.getByRole('radio', { name: /^Certification preset/ }).check();
  await expect(form.getByRole('combobox', { name: 'Certification' })).toHaveValue('SAA-C03');
  await expect(form).toContainText('Covers only the containers part of SAA-C03');
  await expect(form).toContainText('100–1,000, 720 to pass; this preset uses 72% of questions correct as an approximation');
  const plan = form.getByRole('region', { name: 'Questions by SAA-C03 domain' });
  await expect(plan.getByRole('row', { name: /^Design Secure Architectures 30%/ })).toBeVisible();
  await expectNoAxeViolations(page);
  await form.getByRole('button', { name: 'Start SAA-C03 preset: 65 questions, 130 min' }).click();

  const exam = page.getByRole('region', { name: 'SAA-C03 preset exam' });
  await expect(exam.getByText('Question 1 of 65')).toBeVisible();
  await expect(exam.getByRole('timer')).toHaveText(/^2:(10:00|09:5\d)$/);
  const attempt = (await storedQuiz(page)).attempts.at(-1);
  expect(attempt).toMatchObject({ mode: 'exam', exam: 'SAA-C03', limitMs: 130 * 60_000 });
  const byId = new Map(bank.map((q) => [q.id, q]));
  expect(attempt.questions.every((id: string) => byId.get(id)?.exams.some((t) => t.startsWith('SAA-C03/')))).toBe(true);

  const right: string[] = [];
  for (let i = 0; i < 3; i++) {
    right.push((await answer(exam, bank, true)).id);
    await exam.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await exam.getByRole('button', { name: 'Submit exam' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit anyway' }).click();

  const results = page.getByRole('region', { name: 'SAA-C03 preset exam results' });
  await expect(results.getByText('Below the SAA-C03 pass line of about 72% correct')).toBeVisible();
  const domains = results.getByRole('region', { name: 'By exam domain' });
  await expect(domains.getByRole('radio', { name: 'SAA-C03' })).toBeChecked();
  await expectNoAxeViolations(page);
  for (const [key, name] of [
    ['secure', 'Design Secure Architectures'],
    ['resilient', 'Design Resilient Architectures'],
    ['performant', 'Design High-Performing Architectures'],
    ['cost', 'Design Cost-Optimized Architectures'],
  ]) {
    const tagged = attempt.questions.filter((id: string) => byId.get(id)!.exams.includes(`SAA-C03/${key}`));
    const correct = tagged.filter((id: string) => right.includes(id)).length;
    const expected = tagged.length === 0 ? 'none asked' : `${correct} / ${tagged.length}`;
    await expect(domains.getByRole('row', { name: new RegExp(`^${name} \\d+% ${expected}`) })).toBeVisible();
  }
  // Arrow keys move between the exams; another exam's domains replace the table.
  await domains.getByRole('radio', { name: 'SAA-C03' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(domains.getByRole('radio', { name: 'DVA-C02' })).toBeChecked();
  await expect(domains).toContainText('AWS Certified Developer – Associate');

  await page.goto('/progress/');
  const accuracy = page.getByRole('region', { name: 'Accuracy by exam domain' });
  await expect(accuracy.getByRole('radio', { name: 'SAA-C03' })).toBeChecked();
  await expect(accuracy.getByRole('row', { name: /^Design Secure Architectures 30%/ })).toBeVisible();
});
