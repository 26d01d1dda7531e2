import { expect, test } from '@playwright/test';
import { SITE_PATHS as paths } from './helpers';

for (const width of [360, 1280]) {
  test(`no page scrolls sideways at ${width} px`, async ({ page }) => {
    test.setTimeout(paths.length * 4000);
    await page.setViewportSize({ width, height: 800 });
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      if (scrollWidth > width) wide.push(`${path} is ${scrollWidth} px wide`);
    }
    expect(wide).toEqual([]);
  });
}
