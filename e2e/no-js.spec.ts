import { expect, test } from '@playwright/test';
import { FIRST } from './helpers';

/** A lesson with a playground embed and code blocks. */
const PLAYGROUND_LESSON = 'ecs-service-auto-scaling';

test.use({ javaScriptEnabled: false });

for (const width of [360, 1280]) {
  test.describe(`without JavaScript at ${width} px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test('a lesson says what needs JavaScript and shows no control that cannot work', async ({ page }) => {
      await page.goto(`/lessons/${PLAYGROUND_LESSON}/`);
      const embed = page.getByRole('figure', { name: /Scaling playground/ }).first();
      await embed.scrollIntoViewIfNeeded();
      await expect(embed.getByText('The scaling playground runs its simulation in your browser, so it needs JavaScript.')).toBeVisible();
      await expect(embed.getByText(/Loading the scaling playground/)).toBeHidden();
      await expect(page.getByRole('button', { name: /Mark as complete/ })).toBeHidden();
      await expect(page.getByText('Marking lessons complete saves your progress in this browser and needs JavaScript.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy code' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /Colour theme/ })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Course map' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'On this page' })).toBeHidden();
      if (width < 1024) await expect(page.getByRole('link', { name: 'All lessons' })).toBeVisible();
    });

    test('home offers the first lesson instead of a card that never loads', async ({ page }) => {
      await page.goto('/');
      const card = page.getByRole('region', { name: 'Start here' });
      await expect(card).toContainText(FIRST.title);
      await expect(card).toContainText('Saving your progress needs JavaScript');
      await card.getByRole('link', { name: /Start/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: FIRST.title })).toBeVisible();
    });

    test('the diagrams gallery does not promise keys that do nothing', async ({ page }) => {
      await page.goto('/diagrams/');
      const intro = page.locator('main p').first();
      await expect(intro).not.toContainText('← and → keys', { useInnerText: true });
      await expect(intro).toContainText('needs JavaScript', { useInnerText: true });
    });

    test('the playground page says it needs JavaScript', async ({ page }) => {
      await page.goto('/playground/');
      await expect(page.getByText('The scaling playground runs its simulation in your browser, so it needs JavaScript.')).toBeVisible();
    });
  });
}
