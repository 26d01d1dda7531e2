import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { simulate, type ScenarioInput } from '../lib/sim';
import { num } from '../lib/playground/format';
import { encodeScenario } from '../lib/playground/codec';

/** What the playground looks like: hover colours, the lesson embed's layout, the charts' axes. */

async function openPlayground(page: Page, hash = '') {
  await page.goto(`/playground/${hash}`);
  await expect(page.getByRole('status').filter({ hasText: /Simulated .* in \d+ ms/ })).toBeVisible();
}

/** Scrolls a lesson's embed into view and waits for it to load (a worker runs its simulation; slow on a busy machine). */
async function loadEmbed(page: Page, preset: string): Promise<Locator> {
  const embed = page.locator(`[data-playground-preset="${preset}"]`);
  await embed.scrollIntoViewIfNeeded();
  const play = embed.getByRole('button', { name: 'Play' });
  await expect(play).toBeVisible({ timeout: 20_000 });
  return play;
}

/** WCAG contrast of an element's text against its own background, as painted (any CSS colour syntax). */
async function textContrast(el: Locator): Promise<{ ratio: number; color: number[]; background: number[] }> {
  return el.evaluate((node) => {
    const cs = getComputedStyle(node);
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data];
    };
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
    };
    const color = rgba(cs.color);
    const background = rgba(cs.backgroundColor);
    const [a, b] = [lum(color), lum(background)].sort((x, y) => y - x);
    return { ratio: (a! + 0.05) / (b! + 0.05), color, background };
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`Play keeps its label and background under the pointer, on the page and in an embed (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openPlayground(page);
    const play = page.getByRole('button', { name: 'Play' });
    expect((await textContrast(play)).ratio).toBeGreaterThanOrEqual(4.5);
    await play.hover();
    await expect(play).toHaveText('Play');
    const hovered = await textContrast(play);
    expect(hovered.background[3], 'an opaque background').toBe(255);
    expect(hovered.ratio, `hovered text ${hovered.color} on ${hovered.background}`).toBeGreaterThanOrEqual(4.5);
    await page.goto('/lessons/ecs-cluster-auto-scaling/');
    const embedPlay = await loadEmbed(page, 'cold-start-ec2');
    await embedPlay.hover();
    const inEmbed = await textContrast(embedPlay);
    expect(inEmbed.background[3]).toBe(255);
    expect(inEmbed.ratio, `hovered text ${inEmbed.color} on ${inEmbed.background}`).toBeGreaterThanOrEqual(4.5);
  });
}

for (const width of [1280, 360]) {
  test(`at ${width} px the EC2 embed’s instances sit side by side, none on top of another, with its capacity chart`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/lessons/ecs-cluster-auto-scaling/');
    const embed = page.locator('[data-playground-preset="cold-start-ec2"]');
    await loadEmbed(page, 'cold-start-ec2');
    // 0:33: six instances, two of them booting (launched at 0:32:03), tasks on the others.
    for (let i = 0; i < 33; i++) await embed.getByRole('button', { name: 'Step one minute forward' }).click();
    const instances = embed
      .getByRole('list', { name: 'EC2 instances' })
      .getByRole('listitem')
      .filter({ has: page.getByText(/^i-\d+$/) });
    await expect(instances).toHaveCount(6);
    const layout = await instances.evaluateAll((items) =>
      items.map((li) => {
        const r = li.getBoundingClientRect();
        // Everything the box draws (its name, state, bars, task chips) must stay inside it.
        const spills = [...li.querySelectorAll('*')]
          .filter((c) => !c.closest('.sr-only'))
          .map((c) => c.getBoundingClientRect())
          .filter(
            (c) => c.width > 0 && (c.left < r.left - 0.5 || c.right > r.right + 0.5 || c.top < r.top - 0.5 || c.bottom > r.bottom + 0.5),
          ).length;
        return {
          name: li.getAttribute('aria-label'),
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          spills,
          wide: li.scrollWidth <= li.clientWidth + 1,
        };
      }),
    );
    for (const [i, a] of layout.entries()) {
      expect(a.spills, `${a.name}: content outside its box`).toBe(0);
      expect(a.wide, `${a.name}: content wider than its box`).toBe(true);
      for (const b of layout.slice(i + 1)) {
        const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
        expect(apart, `${a.name} and ${b.name} overlap`).toBe(true);
      }
    }
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(width);
    // The chart the cluster auto scaling lesson teaches, with the line managed scaling tracks.
    const capacity = embed.getByRole('figure', { name: 'Instances and capacity provider reservation' });
    await expect(capacity).toBeVisible();
    await expect(capacity).toContainText('Target capacity: 100 %');
  });
}

/** Columns of a chart's canvas, at its left and right edges, that have paint on them (a clipped label). */
async function inkAtEdges(chart: Locator): Promise<{ left: number; right: number }> {
  return chart.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let left = 0;
    let right = 0;
    for (let y = 0; y < c.height; y++) {
      for (const x of [0, 1]) if (data[(y * c.width + x) * 4 + 3]! > 0) left++;
      for (const x of [c.width - 1, c.width - 2]) if (data[(y * c.width + x) * 4 + 3]! > 0) right++;
    }
    return { left, right };
  });
}

for (const width of [1280, 360]) {
  test(`at ${width} px five-digit y-axis labels fit, with their units`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    // A hundred times the lunch-time load: 38 000 requests/s, latency up to a minute, millions of 5xx.
    const input = parse(readFileSync('content/scenarios/lunch-spike-fargate.yaml', 'utf8')) as ScenarioInput;
    for (const p of (input.workload as { requestsPerSecond: { value: number }[] }).requestsPerSecond) p.value *= 100;
    await openPlayground(page, `#s=${await encodeScenario(input)}`);
    await page.getByRole('button', { name: 'Jump to the end' }).click();
    // Charts are drawn as they near the viewport: bring each figure into view first.
    for (const figure of await page.getByRole('figure').all()) await figure.scrollIntoViewIfNeeded();
    const charts = page.getByRole('figure').filter({ has: page.locator('canvas') });
    await expect(charts).toHaveCount(5);
    for (const chart of await charts.all()) {
      const name = await chart.locator('figcaption').innerText();
      expect(await inkAtEdges(chart), `${name}: a label runs off the chart`).toEqual({ left: 0, right: 0 });
    }
    // The legend says latency past 10 s in seconds, like its axis.
    const last = simulate(input).minutes.at(-1)!;
    expect(last.p95LatencyMs).toBeGreaterThanOrEqual(10_000);
    await expect(page.getByRole('list', { name: /^p95 latency and 5xx errors at/ })).toContainText(
      `p95 latency: ${num(last.p95LatencyMs! / 1000, 1)} s`,
    );
  });
}

/** Boxes inside an embed: what must not overlap, and anything that clips its content. */
async function embedLayout(page: Page, preset: string) {
  return page.locator(`[data-playground-preset="${preset}"]`).evaluate((fig) => {
    const box = (el: Element | null | undefined) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
    };
    const narration = [...fig.querySelectorAll('h3')].find((h) => h.textContent === 'What just happened')?.parentElement;
    const service = [...fig.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Service ·'))?.parentElement;
    const parts = [
      fig.querySelector('.rounded-lg.border.bg-card'), // transport
      service,
      narration,
      ...fig.querySelectorAll('[data-embed-part="charts"] figure'),
    ].map(box);
    const clipped: string[] = [];
    for (const el of [fig, ...fig.querySelectorAll('*')]) {
      const cs = getComputedStyle(el);
      if (el !== fig && cs.overflowY === 'visible' && cs.overflowX === 'visible') continue;
      if (el.closest('.uplot') || el.closest('.sr-only') || el.matches('select, input, option, button')) continue; // uPlot's layers, screen-reader text, controls
      if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
        clipped.push(`${el.tagName}.${el.className} ${el.scrollHeight}>${el.clientHeight} ${el.scrollWidth}>${el.clientWidth}`);
    }
    return { fig: box(fig)!, narration: box(narration), service: box(service), parts, clipped };
  });
}

for (const [lesson, preset] of [
  ['ecs-sqs-worker', 'sqs-backlog-worker'],
  ['ecs-cluster-auto-scaling', 'cold-start-ec2'],
  ['ecs-service-auto-scaling', 'step-scaling-cpu'],
  ['ecs-load-balancing', 'alb-request-count'],
] as const) {
  test(`at 360 px the ${preset} embed grows with its content: nothing overlaps or is clipped`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(`/lessons/${lesson}/`);
    const embed = page.locator(`[data-playground-preset="${preset}"]`);
    await loadEmbed(page, preset);
    // The start, the busiest minute (most tasks) and the end.
    for (const move of ['start', 'busy', 'end'] as const) {
      if (move === 'busy') for (let i = 0; i < 25; i++) await embed.getByRole('button', { name: 'Step one minute forward' }).click();
      if (move === 'end') await embed.getByRole('button', { name: 'Jump to the end' }).click();
      const l = await embedLayout(page, preset);
      expect(l.clipped, move).toEqual([]);
      expect(l.narration && l.service, move).toBeTruthy();
      expect(l.narration!.top, `${move}: narration below the service box`).toBeGreaterThanOrEqual(l.service!.bottom);
      const parts = l.parts.filter((p): p is NonNullable<typeof p> => p !== null);
      expect(parts.length).toBeGreaterThanOrEqual(5);
      for (const [i, p] of parts.entries()) {
        expect(p.top, `${move}: part ${i} inside the embed`).toBeGreaterThanOrEqual(l.fig.top);
        expect(p.bottom, `${move}: part ${i} inside the embed`).toBeLessThanOrEqual(l.fig.bottom);
        expect(p.right).toBeLessThanOrEqual(l.fig.right + 0.5);
        for (const q of parts.slice(i + 1))
          expect(p.bottom <= q.top || q.bottom <= p.top, `${move}: parts ${i} and ${parts.indexOf(q)} overlap`).toBe(true);
      }
    }
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const width of [1280, 360]) {
    test(`at ${width} px the playground says it needs JavaScript instead of loading forever`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/playground/');
      await expect(page.getByText('The scaling playground runs its simulation in your browser, so it needs JavaScript.')).toBeVisible();
      await expect(page.getByText('Loading the scaling playground…')).toBeHidden();
      await page.goto('/lessons/ecs-cluster-auto-scaling/');
      const embed = page.locator('[data-playground-preset="cold-start-ec2"]');
      await expect(embed.getByText(/needs JavaScript/)).toBeVisible();
      await expect(embed.getByText('Loading the scaling playground…')).toBeHidden();
    });
  }
});
