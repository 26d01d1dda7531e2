import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const FIRST = { slug: 'what-is-docker', title: 'What is Docker?' };
export const SECOND = { slug: 'docker-vs-virtual-machines', title: 'Docker vs. virtual machines' };
export const STORAGE_KEY = 'stevedore-progress';

/** Waits until saved progress has loaded (the mark-complete button becomes enabled). */
export async function openLesson(page: Page, slug: string) {
  await page.goto(`/lessons/${slug}/`);
  await expect(page.getByRole('button', { name: /Mark as complete|Completed/ })).toBeEnabled();
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  expect(summary).toEqual([]);
}
