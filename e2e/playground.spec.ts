import { readFileSync } from 'node:fs';
import { expect, test, type Page, type Response } from '@playwright/test';
import { parse } from 'yaml';
import { simulate, type ScenarioInput, type Summary } from '../lib/sim';
import { encodeScenario } from '../lib/playground/codec';
import { expectNoAxeViolations } from './helpers';

const preset = (name: string) => parse(readFileSync(`content/scenarios/${name}.yaml`, 'utf8')) as ScenarioInput;
const LUNCH = 'Lunch-time spike on Fargate';
/** An embed loads its code and runs its simulation in a worker once scrolled to: allow for a busy machine. */
const EMBED_LOADS = { timeout: 20_000 };

async function openPlayground(page: Page, hash = '') {
  await page.goto(`/playground/${hash}`);
  await expect(page.getByRole('status').filter({ hasText: /Simulated .* in \d+ ms/ })).toBeVisible();
}

function clock(t: number) {
  const hm = `${Math.floor(t / 3600)}:${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}`;
  return t % 60 === 0 ? hm : `${hm}:${String(t % 60).padStart(2, '0')}`;
}

/** The run summary as label → value, read from the page after jumping to the end. */
async function summaryAtEnd(page: Page): Promise<Record<string, string>> {
  await page.getByRole('button', { name: 'Jump to the end' }).click();
  const section = page.getByRole('region', { name: 'Run summary' });
  await expect(section).toBeVisible();
  const items = section.locator('dl > div');
  const out: Record<string, string> = {};
  for (let i = 0; i < (await items.count()); i++)
    out[(await items.nth(i).locator('dt').innerText()).trim()] = (await items.nth(i).locator('dd').innerText()).trim();
  return out;
}

function expectSummary(shown: Record<string, string>, s: Summary) {
  expect(shown['Max desired count']).toBe(String(s.maxDesiredCount));
  expect(shown['Scale-out activities']).toBe(String(s.scaleOutActivities));
  expect(shown['Scale-in activities']).toBe(String(s.scaleInActivities));
  expect(shown['Final desired count']).toBe(String(s.finalDesiredCount));
  expect(shown['First scale-out']).toBe(s.firstScaleOutAt === null ? 'none' : `${clock(s.firstScaleOutAt)} (t = ${s.firstScaleOutAt} s)`);
  expect(shown['Total cost']).toBe(`$${s.totalCostUsd}`);
}

test('pick a preset, run it to the end: the scale-out has the engine’s numbers', async ({ page }) => {
  await openPlayground(page, '#preset=steady-fargate-cpu');
  await page.getByLabel('Preset').selectOption({ label: LUNCH });
  await expect(page).toHaveURL(/#preset=lunch-spike-fargate$/);
  await expect(page.getByText(/At noon traffic triples/)).toBeVisible();
  const engine = simulate(preset('lunch-spike-fargate'));
  expectSummary(await summaryAtEnd(page), engine.summary);

  // The first scale-out, as the event log and the narration tell it.
  const first = engine.events.find((e) => e.type === 'ScalingActivity')!;
  if (first.type !== 'ScalingActivity') throw new Error('no scale-out');
  const log = page.getByRole('list', { name: 'Events, newest first' });
  const entry = log
    .getByRole('button', {
      name: new RegExp(`Setting desired count to ${first.to}\\. Cause: monitor alarm TargetTracking-cpu50-AlarmHigh`),
    })
    .last();
  await entry.click();
  // The narration's numbers are the engine's basis: the tasks running then and the datapoint acted on.
  if (first.basis.policyType === 'ScheduledAction' || first.basis.value === null) throw new Error('not a policy activity');
  const value = String(Number(first.basis.value.toFixed(2)));
  await expect(page.getByRole('region', { name: 'What just happened' })).toContainText(
    `3 datapoints above 50 % → AlarmHigh → desired ${first.from} → ${first.to} = ceil(${first.basis.base.count} × ${value} / 50)`,
  );
  await expect(page.locator('output')).toHaveText(clock(first.t));
});

test('a different target gives a different outcome; the share link reproduces it exactly', async ({ page, context }) => {
  await openPlayground(page);
  const before = await summaryAtEnd(page);
  const target = page.getByLabel('Target value');
  await target.fill('80');
  await expect(page.getByRole('status').filter({ hasText: /Simulated/ })).toBeVisible();
  await expect(page).toHaveURL(/#s=1\./);
  const input = preset('lunch-spike-fargate');
  const policy = input.autoScaling.policies![0]! as { targetValue: number };
  policy.targetValue = 80;
  const engine = simulate(input);
  const after = await summaryAtEnd(page);
  expectSummary(after, engine.summary);
  expect(after).not.toEqual(before);

  const shared = await context.newPage();
  await openPlayground(shared, new URL(page.url()).hash);
  await expect(shared.getByLabel('Preset')).toHaveValue('');
  await expect(shared.getByLabel('Target value')).toHaveValue('80');
  expect(await summaryAtEnd(shared)).toEqual(after);
});

test('every field is validated as the learner types, with the engine’s message', async ({ page }) => {
  await openPlayground(page);
  const target = page.getByLabel('Target value');
  await target.fill('0');
  await expect(target).toHaveAttribute('aria-invalid', 'true');
  await expect(target).toHaveAccessibleDescription('must be > 0');
  await expect(
    page.getByRole('region', { name: /1 problem/ }).filter({ hasText: 'autoScaling.policies[0].targetValue: must be > 0' }),
  ).toBeVisible();
  await expect(page.getByText(/showing the last valid run/)).toBeVisible();
  // Announced once: one live summary (the run's status line), the list itself is not live.
  const live = page.locator('[role=status], [role=alert], [aria-live=polite], [aria-live=assertive]');
  await expect(live.filter({ hasText: /problem/ })).toHaveCount(1);
  await expect(live.filter({ hasText: 'must be > 0' })).toHaveCount(0);
  await target.fill('55');
  await expect(target).toHaveAttribute('aria-invalid', 'false');
  // Fargate sizes come from the engine's table.
  await page.getByLabel('Task CPU').selectOption('256');
  await expect(page.getByLabel('Task memory')).toHaveValue('2048');
  expect(await page.getByLabel('Task memory').locator('option').allTextContents()).toEqual([
    '512 MiB (0.5 GB)',
    '1024 MiB (1 GB)',
    '2048 MiB (2 GB)',
  ]);
  await page.getByLabel('Task CPU').selectOption('4096');
  await expect(page.getByLabel('Task memory')).toHaveValue('8192');
  const desired = page.getByLabel('Desired count');
  await desired.fill('40');
  await expect(desired).toHaveAccessibleDescription('must be between autoScaling.minCapacity (2) and maxCapacity (12)');
});

test('a broken, outdated or invalid link says what is wrong and opens a working default', async ({ page }) => {
  await page.goto('/playground/#s=1.this-is-not-a-scenario');
  await expect(page.getByRole('alert').filter({ hasText: 'The link is damaged' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: `The “${LUNCH}” preset opened instead.` })).toBeVisible();
  await expect(page.getByLabel('Preset')).toHaveValue('lunch-spike-fargate');
  await expect(page.getByRole('status').filter({ hasText: /Simulated/ })).toBeVisible();

  // A fresh load for each link (playground-limits.spec.ts checks that a broken link keeps its address).
  await page.goto('about:blank');
  await page.goto('/playground/#s=0.abc');
  await expect(page.getByRole('alert').filter({ hasText: 'old format (0)' })).toBeVisible();

  const bad = preset('steady-fargate-cpu');
  (bad.service as { memory: number }).memory = 3000;
  await page.goto('about:blank');
  await page.goto(`/playground/#s=${await encodeScenario(bad)}`);
  await expect(page.getByRole('alert').filter({ hasText: 'The scenario in the link is not valid (1 problem)' })).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'service.memory: 3000 MiB is not a valid Fargate size with cpu 512' }),
  ).toBeVisible();
});

test('YAML import: a bad file shows its errors and keeps the scenario; a good one replaces it', async ({ page }) => {
  await openPlayground(page);
  const file = page.getByLabel('Scenario file to import');
  await file.setInputFiles({ name: 'broken.yaml', mimeType: 'application/yaml', buffer: Buffer.from('version: 1\nservice: [oops\n') });
  await expect(page.getByRole('alert').filter({ hasText: 'broken.yaml was not imported' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'not valid YAML' })).toBeVisible();
  await expect(page.getByLabel('Preset')).toHaveValue('lunch-spike-fargate');

  await file.setInputFiles({
    name: 'invalid.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from('version: 2\ndurationSeconds: 90\n'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'durationSeconds: must be a multiple of 60 (whole minutes)' })).toBeVisible();
  await expect(page.getByLabel('Preset')).toHaveValue('lunch-spike-fargate');

  const good = readFileSync('content/scenarios/memory-bound.yaml', 'utf8').replace(
    'name: A memory-bound service',
    'name: Imported memory test',
  );
  await file.setInputFiles({ name: 'good.yaml', mimeType: 'application/yaml', buffer: Buffer.from(good) });
  await expect(page.getByText('Imported good.yaml.')).toBeVisible();
  await expect(page.getByLabel('Scenario name')).toHaveValue('Imported memory test');
  expectSummary(await summaryAtEnd(page), simulate(parse(good)).summary);
});

test('Copy as AWS CLI shows the commands and what a real account needs', async ({ page }) => {
  await openPlayground(page, '#preset=step-scaling-cpu');
  await page.getByRole('button', { name: 'Copy as AWS CLI' }).click();
  const dialog = page.getByRole('dialog', { name: 'AWS CLI for this scenario' });
  await expect(dialog).toContainText('aws application-autoscaling register-scalable-target');
  await expect(dialog).toContainText('--policy-type StepScaling');
  await expect(dialog).toContainText('aws cloudwatch put-metric-alarm');
  await expect(dialog).toContainText('a step policy does nothing until a CloudWatch alarm invokes it');
  // Both alarms carry their statistic and period (cpu-low's YAML leaves the statistic to its default).
  for (const alarm of ['cpu-high-alarm', 'cpu-low-alarm']) {
    await expect(dialog).toContainText(
      new RegExp(`--alarm-name ${alarm} \\\\\\s+--namespace AWS/ECS[^#]*--statistic Average \\\\\\s+--period 60`),
    );
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('keyboard only: shortcuts, help dialog, and the transport', async ({ page }) => {
  await openPlayground(page);
  await page.locator('h1').click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  const time = page.locator('output');
  const summary = page.getByRole('region', { name: 'Run summary' });
  const scrollY = () => page.evaluate(() => window.scrollY);
  // Nothing has focus: letter keys still drive the playground on its own page…
  await page.keyboard.press('l');
  await expect(time).toHaveText('0:01');
  // …but Space, the arrows, Home and End scroll the page as they always do.
  await page.keyboard.press('Space');
  await expect.poll(scrollY).toBeGreaterThan(0);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('End');
  await expect.poll(scrollY).toBeGreaterThan(500);
  await page.keyboard.press('Home');
  await expect.poll(scrollY).toBe(0);
  await expect(time).toHaveText('0:01');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await expect(summary).toBeHidden();

  // A click on the run gives the playground focus: now they are its shortcuts, and the page stays put.
  await page.getByRole('region', { name: 'Cluster' }).click();
  const scrolledTo = await scrollY();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(time).toHaveText('0:11');
  await page.keyboard.press('j');
  await expect(time).toHaveText('0:10');
  await page.keyboard.press(']');
  await expect(page.getByLabel(/Playback speed/)).toHaveValue('120');
  await page.keyboard.press('End');
  await expect(summary).toBeVisible();
  await page.keyboard.press('Home');
  await expect(time).toHaveText('0:00');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('k');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await scrollY()).toBe(scrolledTo);

  // Typing in a field never triggers a shortcut.
  await page.getByLabel('Target value').focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('region', { name: 'Run summary' })).toBeHidden();

  // Tab reaches the play button and Enter plays.
  await page.locator('h1').click();
  const play = page.getByRole('button', { name: 'Play' });
  for (let i = 0; i < 40 && !(await play.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(play).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the playground and an embed (${scheme})`, async ({ page }) => {
    // Two full axe passes, one of them over a long lesson with three embeds and diagrams.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    await openPlayground(page, '#preset=cold-start-ec2');
    await page.getByRole('button', { name: 'Jump to the end' }).click();
    await page.getByRole('button', { name: 'Step one minute back' }).click();
    for (let i = 0; i < 20; i++) await page.getByRole('button', { name: 'Step one minute back' }).click();
    await expectNoAxeViolations(page);
    await page.goto('/lessons/ecs-service-auto-scaling/');
    const embed = page.locator('[data-playground-preset="steady-fargate-cpu"]');
    await embed.scrollIntoViewIfNeeded();
    await expect(embed.getByRole('button', { name: 'Play' })).toBeVisible(EMBED_LOADS);
    await expectNoAxeViolations(page);
  });
}

test('lesson embed: lazy, same size as its skeleton, and runs', async ({ page }) => {
  await page.goto('/lessons/ecs-service-auto-scaling/');
  const embed = page.locator('[data-playground-preset="steady-fargate-cpu"]');
  const skeleton = await embed.boundingBox();
  await embed.scrollIntoViewIfNeeded();
  await expect(embed.getByRole('button', { name: 'Play' })).toBeVisible(EMBED_LOADS);
  const loaded = await embed.boundingBox();
  expect(loaded?.height).toBe(skeleton?.height);
  await expect(embed.getByRole('link', { name: /Open in the playground/ })).toHaveAttribute(
    'href',
    '/playground/#preset=steady-fargate-cpu',
  );
  await embed.getByRole('button', { name: 'Jump to the end' }).click();
  // The last decision: AlarmLow in ALARM, and why it removes nothing.
  await expect(embed.getByText(/AlarmLow in ALARM, desired stays 3/)).toBeVisible();
});

test('a lesson without an embed loads neither the engine nor uPlot', async ({ page }) => {
  const bodies: Promise<string>[] = [];
  page.on('response', (r: Response) => {
    if (r.url().endsWith('.js')) bodies.push(r.text());
  });
  await page.goto('/lessons/what-is-docker/', { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 20000);
  await page.waitForTimeout(500);
  const js = await Promise.all(bodies);
  expect(js.length).toBeGreaterThan(0);
  expect(js.filter((b) => b.includes('u-over'))).toEqual([]); // uPlot's overlay class
  expect(js.filter((b) => b.includes('is not a valid Fargate size'))).toEqual([]); // the engine's validation
});

test('on a phone the playground fits 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await openPlayground(page, '#preset=cold-start-ec2');
  await page.getByRole('button', { name: 'Jump to the end' }).click();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
});

test('the narration of a scale-in starts from the tasks running before it (SQS: 30 → 10)', async ({ page }) => {
  await openPlayground(page, '#preset=sqs-backlog-worker');
  await page.getByRole('button', { name: 'Jump to the end' }).click();
  const log = page.getByRole('list', { name: 'Events, newest first' });
  await log
    .getByRole('button', { name: /Setting desired count to 10\. Cause: monitor alarm TargetTracking-backlog100-AlarmLow/ })
    .last()
    .click();
  await expect(page.getByRole('region', { name: 'What just happened' })).toContainText(
    '→ desired 30 → 10 = ceil(30 × 0 / 100) = 0, kept within 10–30',
  );
});

test('“Start from a shape” starts from the current workload and follows preset changes', async ({ page }) => {
  await openPlayground(page, '#preset=sqs-backlog-worker');
  await expect(page.getByLabel('Shape', { exact: true })).toHaveValue('steady');
  await expect(page.getByLabel('Base /s')).toHaveValue('100');
  await expect(page.getByLabel('Peak /s')).toHaveValue('100');
  await page.getByLabel('Preset').selectOption({ label: LUNCH });
  await expect(page.getByLabel('Shape', { exact: true })).toHaveValue('spike');
  await expect(page.getByLabel('Base /s')).toHaveValue('120');
  await expect(page.getByLabel('Peak /s')).toHaveValue('380');
});

test('EKS preset: the engine’s numbers, pods on nodes, the four-platform comparison, and no ECS script', async ({ page }) => {
  await openPlayground(page, '#preset=eks-karpenter');
  const engine = simulate(preset('eks-karpenter'));
  expectSummary(await summaryAtEnd(page), engine.summary);
  await expect(page.getByRole('list', { name: 'EKS nodes' })).toBeVisible();
  await page.getByRole('button', { name: 'Compare ECS, EKS and App Runner' }).click();
  const cards = page.getByRole('list', { name: 'Results per platform' }).getByRole('listitem');
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(3)).toContainText('App Runner');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Copy as AWS CLI' }).click();
  await expect(page.getByRole('dialog')).toContainText('HorizontalPodAutoscaler');
  await expect(page.getByRole('button', { name: 'Copy commands' })).toHaveCount(0);
});

test('predictive preset: the forecast scales out before the hour, as the engine does', async ({ page }) => {
  await openPlayground(page, '#preset=predictive-morning');
  expectSummary(await summaryAtEnd(page), simulate(preset('predictive-morning')).summary);
});
