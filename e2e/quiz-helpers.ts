import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';

export interface BankQuestion {
  id: string;
  lesson: string;
  module: string;
  kind: 'single' | 'multiple';
  question: string;
  options: { text: string; correct: boolean }[];
  /** Exam domain tags, e.g. "SAA-C03/resilient". */
  exams: string[];
}

const plain = (s: string) => s.replace(/`/g, '').replace(/\s+/g, ' ').trim();

export async function loadBank(request: APIRequestContext): Promise<BankQuestion[]> {
  const response = await request.get('/quiz-bank.json');
  expect(response.ok()).toBe(true);
  return (await response.json()).questions;
}

/** The bank entry for the question whose stem is on screen in `scope`. */
export async function currentQuestion(scope: Locator, bank: BankQuestion[]): Promise<BankQuestion> {
  const stem = plain(await scope.locator('p[id$="-stem"]').first().innerText());
  const question = bank.find((q) => plain(q.question) === stem);
  if (!question) throw new Error(`question not in the bank: ${stem}`);
  return question;
}

/** Chooses the right options, or a wrong one, by clicking their radios / checkboxes. */
export async function answer(scope: Locator, bank: BankQuestion[], correct: boolean): Promise<BankQuestion> {
  const question = await currentQuestion(scope, bank);
  const role = question.kind === 'single' ? 'radio' : 'checkbox';
  const picks = correct ? question.options.filter((o) => o.correct) : [question.options.find((o) => !o.correct)!];
  for (const option of picks) await scope.getByRole(role, { name: plain(option.text), exact: true }).check();
  if (!correct && question.kind === 'multiple') {
    // A multiple answer is only submittable with as many choices as asked: add a right one.
    const right = question.options.filter((o) => o.correct);
    for (const option of right.slice(0, right.length - 1)) await scope.getByRole(role, { name: plain(option.text), exact: true }).check();
  }
  return question;
}

/** /practice/ with only the given lesson chosen, `count` questions, in a mode. */
export async function setUpSession(page: Page, options: { lesson: string; count: number; mode: 'Practice' | 'Exam'; minutes?: number }) {
  await page.goto('/practice/');
  const form = page.getByRole('form', { name: 'Start a session' });
  await expect(form).toBeVisible();
  await form.getByRole('radio', { name: new RegExp(`^${options.mode}`) }).check();
  await form.getByRole('button', { name: 'Clear all' }).click();
  await form.getByRole('checkbox', { name: options.lesson, exact: true }).check();
  await form.getByRole('spinbutton', { name: 'Questions' }).fill(String(options.count));
  if (options.minutes) await form.getByRole('spinbutton', { name: 'Time limit (minutes)' }).fill(String(options.minutes));
  return form;
}

export const STORAGE_KEY = 'stevedore-progress';

export async function storedQuiz(page: Page) {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').state?.quiz, STORAGE_KEY);
}

/** The canonical option indexes in the order shown (each input's value), to compare orders. */
export async function shownOrder(scope: Locator): Promise<string[]> {
  return scope
    .locator('input[type="radio"], input[type="checkbox"]')
    .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
}

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1280, height: 800 };

/**
 * Scrolls a lesson's "Check yourself" into view and waits until its code has loaded and taken over
 * the server HTML (the interactive questions replace their server HTML near the viewport: components/quiz/CheckYourselfIsland.tsx).
 */
export async function checkYourselfReady(questions: Locator) {
  await questions.first().scrollIntoViewIfNeeded();
  await expect(questions.first().getByRole('button', { name: 'Check answer' })).toBeVisible();
}
