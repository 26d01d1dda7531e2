import { expect, test } from '@playwright/test';
import { builtDeckSlugs, openAudience } from './present-helpers';

// Every slide of every deck fits the 1920 × 1080 stage: nothing overflows the slide (cut off for
// the room) and no code line is cut off. Each slide is measured fully revealed: hidden reveals keep
// their space, a poll's answer and a diagram's longest caption are the tallest state.
test('every slide of every deck fits its stage', async ({ page }) => {
  test.setTimeout(120_000);
  const slugs = builtDeckSlugs();
  expect(slugs.length).toBeGreaterThanOrEqual(25);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const overflowing: string[] = [];
  for (const slug of slugs) {
    await openAudience(page, slug, '#1');
    const found = await page.evaluate(async () => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const root = document.querySelector('[data-deck-window]')!;
      const count = Number(root.getAttribute('data-deck-slides'));
      const problems: string[] = count > 0 ? [] : ['no slide count'];
      for (let n = 1; n <= count; n++) {
        // Each slide fully revealed, by its address. This measures layout, not navigation (present.spec
        // tests that): an address set while the deck is still starting is set again.
        const opened = () => root.getAttribute('data-deck-position')?.split('.')[0] === `${n}`;
        for (let attempt = 0; attempt === 0 || (attempt < 3 && !opened()); attempt++) {
          window.location.hash = `#${n}.99`;
          for (const started = performance.now(); !opened() && performance.now() - started < 2000;) await frame();
        }
        await frame();
        if (!opened()) problems.push(`#${n}: did not open`);
        // The stage's slide: the first shown (its neighbours are kept built but hidden).
        const slide = [...document.querySelectorAll('.deck-canvas .deck-slide')].find((el) => el.checkVisibility());
        if (!slide) {
          problems.push(`#${n}: no slide on stage`);
          continue;
        }
        if (slide.scrollHeight > slide.clientHeight + 1) problems.push(`#${n}: ${slide.scrollHeight - slide.clientHeight} px too tall`);
        if (slide.scrollWidth > slide.clientWidth + 1) problems.push(`#${n}: ${slide.scrollWidth - slide.clientWidth} px too wide`);
        slide.querySelectorAll('pre').forEach((pre) => {
          if (pre.scrollWidth > pre.clientWidth + 1) problems.push(`#${n}: a code line is cut off`);
        });
      }
      return problems;
    });
    overflowing.push(...found.map((p) => `${slug} ${p}`));
  }
  expect(overflowing).toEqual([]);
});
