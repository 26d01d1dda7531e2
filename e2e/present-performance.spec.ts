import { expect, test, type Page } from '@playwright/test';
import { DOCKER_DECK, openPair } from './present-helpers';

// Runs in the "performance" project, alone after every other test, so parallel tests do not
// steal the time it measures. No trace: its DOM snapshots would be the long tasks measured.
test.use({ trace: 'off' });

test.describe('presenter sync', () => {
  test('an audience update arrives within 100 ms and neither window has a long task', async ({ context }) => {
    const { presenter, audience } = await openPair(context, DOCKER_DECK, '#2');
    // Measure the advances, not the pages' loading: start once both have loaded and gone idle,
    // and advance at a presenter's pace (each click after both windows have settled).
    const idle = (page: Page) =>
      page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
    await Promise.all([presenter.waitForLoadState('networkidle'), audience.waitForLoadState('networkidle')]);
    await Promise.all([idle(presenter), idle(audience)]);
    await audience.evaluate(() => {
      const w = window as unknown as { __changes: number[]; __long: number[] };
      w.__changes = [];
      w.__long = [];
      new MutationObserver(() => w.__changes.push(performance.timeOrigin + performance.now())).observe(
        document.querySelector('[data-deck-window]')!,
        { attributes: true, attributeFilter: ['data-deck-position'] },
      );
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
    });
    await presenter.evaluate(() => {
      const w = window as unknown as { __long: number[] };
      w.__long = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__long.push(e.duration))).observe({ type: 'longtask' });
    });
    const latencies: number[] = [];
    // Slide 2 to the end of slide 5: text, reveals, code, then the diagram and each of its steps.
    for (let i = 0; i < 12; i++) {
      await Promise.all([idle(presenter), idle(audience)]);
      const sent = await presenter.evaluate(() => {
        const t = performance.timeOrigin + performance.now();
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
        return t;
      });
      await expect
        .poll(() => audience.evaluate((n) => (window as unknown as { __changes: number[] }).__changes.length >= n, i + 1))
        .toBe(true);
      const arrived = await audience.evaluate((n) => (window as unknown as { __changes: number[] }).__changes[n] as number, i);
      latencies.push(arrived - sent);
    }
    const longTasks = [
      ...(await presenter.evaluate(() => (window as unknown as { __long: number[] }).__long)),
      ...(await audience.evaluate(() => (window as unknown as { __long: number[] }).__long)),
    ];
    const sorted = [...latencies].sort((a, b) => a - b);
    console.log(
      `[present] sync latency over ${latencies.length} advances: median ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms, max ${sorted[sorted.length - 1]?.toFixed(1)} ms; long tasks: ${longTasks.length ? longTasks.map((d) => `${Math.round(d)} ms`).join(', ') : 'none'}`,
    );
    expect(Math.max(...latencies)).toBeLessThan(100);
    expect(longTasks).toEqual([]);
  });
});
