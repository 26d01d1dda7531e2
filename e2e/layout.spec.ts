import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/** Every page of the built site, from its sitemap. */
const paths = [...readFileSync(`${process.env.NEXT_DIST_DIR ?? 'out'}/sitemap.xml`, 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1] as string);

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
