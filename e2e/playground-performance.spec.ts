import { expect, test } from '@playwright/test';

/** Frame times while the playground plays at its top speed (a separate file: tracing off). */

// Trace recording takes a screenshot every frame; it would measure itself, not the playground.
test.use({ trace: 'off' });
// Other processes on a shared machine can steal frames; a real regression fails every attempt.
test.describe.configure({ retries: 2 });

test('at top speed the playground keeps at least 55 frames per second', async ({ page }) => {
  await page.goto('/playground/#preset=cold-start-ec2');
  await expect(page.getByRole('status').filter({ hasText: /Simulated .* in \d+ ms/ })).toBeVisible();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  const frameTimes = (ms: number) =>
    page.evaluate(
      (ms) =>
        new Promise<number[]>((resolve) => {
          const times: number[] = [];
          const start = performance.now();
          const tick = (now: number) => {
            times.push(now);
            if (now - start < ms) requestAnimationFrame(tick);
            else resolve(times);
          };
          requestAnimationFrame(tick);
        }),
      ms,
    );
  const sorted = (times: number[]) =>
    times
      .slice(1)
      .map((t, i) => t - times[i]!)
      .sort((x, y) => x - y);
  const p95 = (d: number[]) => d[Math.min(d.length - 1, Math.floor(d.length * 0.95))]!;
  // The same page paused: what this machine delivers with nothing to draw.
  const idle = sorted(await frameTimes(2000));
  await page.getByLabel(/Playback speed/).selectOption('600');
  await page.getByRole('button', { name: 'Play' }).click();
  const before = await busy();
  // Frame times from requestAnimationFrame timestamps over 5 s of playback at 600×.
  const frames = await frameTimes(5000);
  const busyPerFrame = ((await busy()) - before) / frames.length;
  const deltas = sorted(frames);
  const at = (q: number) => deltas[Math.min(deltas.length - 1, Math.floor(deltas.length * q))]!;
  console.log(
    `frame times over 5 s at 600×: ${deltas.length} frames, median ${at(0.5).toFixed(2)} ms, p95 ${at(0.95).toFixed(2)} ms, max ${at(1).toFixed(2)} ms; main thread busy ${busyPerFrame.toFixed(2)} ms per frame; paused p95 ${p95(idle).toFixed(2)} ms`,
  );
  await expect(page.locator('output')).not.toHaveText('0:00');
  // 55 fps at the 95th percentile — unless this (shared) machine cannot deliver that even to the
  // paused page, in which case playing must be no worse than paused. The page's own work per frame
  // must leave headroom in a 16.7 ms frame.
  expect(at(0.95)).toBeLessThanOrEqual(Math.max(1000 / 55, p95(idle) * 1.1));
  expect(busyPerFrame).toBeLessThan(12);
});
