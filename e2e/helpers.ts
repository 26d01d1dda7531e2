import AxeBuilder from '@axe-core/playwright';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const FIRST = { slug: 'what-is-docker', title: 'What is Docker?' };
export const SECOND = { slug: 'docker-vs-virtual-machines', title: 'Docker vs. virtual machines' };
export const STORAGE_KEY = 'stevedore-progress';

/** How many lessons the course has, counted from content/ as the build does. */
export const LESSON_COUNT = readdirSync('content', { withFileTypes: true })
  .filter((d) => d.isDirectory() && /^\d{2}-/.test(d.name))
  .flatMap((d) => readdirSync(path.join('content', d.name), { withFileTypes: true }).filter((l) => l.isDirectory() && /^\d{2}-/.test(l.name)))
  .filter((l) => readdirSync(path.join(l.parentPath, l.name)).includes('lesson.mdx')).length;

export const completeText = (done: number) => `${done} of ${LESSON_COUNT} lessons complete`;

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
