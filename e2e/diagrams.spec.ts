import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { loadDiagramFiles } from '../lib/content/diagram-files';
import { expectNoAxeViolations } from './helpers';

const diagrams = loadDiagramFiles(path.join(process.cwd(), 'content')).map((s) => s.diagram);
const byId = (id: string) => diagrams.find((d) => d.id === id)!;
const DOCKER = byId('docker-on-os');
const LESSON = '/lessons/what-is-docker/';
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function showInteractive(page: Page, id: string) {
  const box = page.locator(`[data-diagram-box="${id}"]`);
  await box.scrollIntoViewIfNeeded();
  await expect(box).toHaveAttribute('data-interactive', 'true');
  return box;
}

test('every diagram in the gallery renders its data: nodes and edges in the interactive view', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/diagrams/');
  expect(await page.locator('figure[data-diagram]').count()).toBe(diagrams.length);
  for (const diagram of diagrams) {
    const box = await showInteractive(page, diagram.id);
    const view = box.locator('[data-diagram-view="interactive"]');
    await expect(view.locator('[data-diagram-node]')).toHaveCount(diagram.nodes.length);
    await expect(view.locator('[data-diagram-edge]')).toHaveCount(diagram.edges.length);
    // Nodes are focusable and named for screen readers.
    await expect(view.getByRole('img', { name: new RegExp(escape(diagram.nodes[0]!.label ?? ''), 'i') }).first()).toBeAttached();
  }
});

test('the walkthrough moves with buttons and arrow keys and shows each caption', async ({ page }) => {
  await page.goto(LESSON);
  const figure = page.locator(`figure#${DOCKER.id}`);
  await showInteractive(page, DOCKER.id);
  const indicator = figure.locator('[data-step-indicator]');
  const current = figure.locator('li[aria-current="step"]');
  await expect(indicator).toHaveText(`Walkthrough · ${DOCKER.steps.length} steps`);
  await figure.getByRole('button', { name: 'Start →' }).click();
  for (let i = 0; i < DOCKER.steps.length; i++) {
    await expect(indicator).toHaveText(`Step ${i + 1} of ${DOCKER.steps.length}`);
    expect(squash(await current.innerText())).toBe(`${i + 1}. ${squash(DOCKER.steps[i]!.caption)}`);
    if (i < DOCKER.steps.length - 1) await figure.getByRole('button', { name: 'Next →' }).click();
  }
  await expect(figure.getByRole('button', { name: 'Next →' })).toBeDisabled();
  await figure.getByRole('button', { name: '← Previous' }).click();
  await expect(indicator).toHaveText(`Step ${DOCKER.steps.length - 1} of ${DOCKER.steps.length}`);

  await figure.locator(`[data-diagram-box="${DOCKER.id}"]`).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(indicator).toHaveText(`Step ${DOCKER.steps.length - 2} of ${DOCKER.steps.length}`);
  await page.keyboard.press('ArrowRight');
  await expect(indicator).toHaveText(`Step ${DOCKER.steps.length - 1} of ${DOCKER.steps.length}`);
  await expect(page).toHaveURL(new RegExp(`#${DOCKER.id}-step-${DOCKER.steps.length - 1}$`));

  // The step's elements are highlighted, the others dimmed.
  const step = DOCKER.steps[DOCKER.steps.length - 2]!;
  for (const id of step.highlight) {
    await expect(figure.locator(`[data-diagram-view="interactive"] [data-diagram-node="${id}"], [data-diagram-view="interactive"] [data-diagram-edge="${id}"]`)).toHaveAttribute('data-state', 'active');
  }
  await expect(figure.locator('[data-diagram-view="interactive"] [data-state="dimmed"]').first()).toBeAttached();
});

test('a link to a step restores it and scrolls to the diagram', async ({ page }) => {
  await page.goto(`${LESSON}#${DOCKER.id}-step-3`);
  const figure = page.locator(`figure#${DOCKER.id}`);
  await expect(figure.locator('[data-step-indicator]')).toHaveText(`Step 3 of ${DOCKER.steps.length}`);
  await expect(figure.locator('li[aria-current="step"]')).toContainText(squash(DOCKER.steps[2]!.caption).slice(0, 40));
  await expect(figure.locator(`[data-diagram-box="${DOCKER.id}"]`)).toBeInViewport();
  for (const id of DOCKER.steps[2]!.highlight) await expect(figure.locator(`[data-diagram-node="${id}"]`).first()).toHaveAttribute('data-state', 'active');
});

test('the text alternative lists the parts, connections and steps of the data', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/diagrams/');
  for (const diagram of diagrams) {
    const text = page.locator(`[data-diagram-text="${diagram.id}"]`);
    await text.locator('summary').click();
    await expect(text.locator('[data-text-node]')).toHaveCount(diagram.nodes.length);
    await expect(text.locator('[data-text-edge]')).toHaveCount(diagram.edges.length);
    const steps = await text.locator('[data-text-step]').allInnerTexts();
    expect(steps.map(squash)).toEqual(diagram.steps.map((s) => squash(s.caption)));
    for (const node of diagram.nodes.filter((n) => n.label)) await expect(text.locator(`[data-text-node="${node.id}"]`)).toContainText(node.label!);
  }
});

test('without JavaScript: the SVG, the step list and the text alternative are there', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSON);
  const figure = page.locator(`figure#${DOCKER.id}`);
  const svg = figure.getByRole('img', { name: /Docker on an operating system/ });
  await expect(svg).toBeVisible();
  await expect(svg.locator('[data-diagram-node]')).toHaveCount(DOCKER.nodes.length);
  await expect(svg.locator('[data-diagram-edge]')).toHaveCount(DOCKER.edges.length);
  await expect(figure.locator(`li[id^="${DOCKER.id}-step-"]`)).toHaveCount(DOCKER.steps.length);
  await expect(figure.getByRole('button')).toHaveCount(0);
  await figure.getByText('Diagram as text').click();
  await expect(figure.locator('[data-text-node]')).toHaveCount(DOCKER.nodes.length);
  await context.close();
});

test('React Flow is not requested until the diagram comes near, then replaces the SVG', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => { if (request.resourceType() === 'script') scripts.push(request.url()); });
  await page.goto(LESSON);
  await page.waitForLoadState('networkidle');
  const before = new Set(scripts);
  await expect(page.locator('.react-flow')).toHaveCount(0);
  await expect(page.locator(`[data-diagram-box="${DOCKER.id}"]`)).toHaveAttribute('data-interactive', 'false');

  await showInteractive(page, DOCKER.id);
  const added = scripts.filter((url) => !before.has(url));
  expect(added.length).toBeGreaterThan(0);
  const bodies = await Promise.all(added.map(async (url) => (await page.request.get(url)).text()));
  expect(bodies.some((body) => body.includes('react-flow__'))).toBe(true);
  const earlier = await Promise.all([...before].map(async (url) => (await page.request.get(url)).text()));
  expect(earlier.some((body) => body.includes('react-flow__'))).toBe(false);
});

test('the diagram does not capture page scroll until Explore is pressed', async ({ page }) => {
  await page.goto(LESSON);
  const box = await showInteractive(page, DOCKER.id);
  await box.hover();
  const y = await page.evaluate(() => window.scrollY);
  await page.mouse.wheel(0, 300);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(y);
  await page.getByRole('button', { name: 'Explore' }).click();
  await expect(page.getByRole('button', { name: 'Done exploring' })).toHaveAttribute('aria-pressed', 'true');
  await expect(box.getByRole('button', { name: 'Zoom in' })).toBeVisible();
});

test('with reduced motion the packet stays still', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const withPacket = DOCKER.steps.findIndex((s) => s.packet);
  await page.goto(`${LESSON}#${DOCKER.id}-step-${withPacket + 1}`);
  await showInteractive(page, DOCKER.id);
  await expect(page.locator(`[data-diagram-box="${DOCKER.id}"] [data-packet="still"]`)).toHaveCount(1);
  await expect(page.locator(`[data-diagram-box="${DOCKER.id}"] [data-packet="moving"]`)).toHaveCount(0);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on a lesson diagram and the gallery (${scheme})`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(LESSON);
    await showInteractive(page, DOCKER.id);
    await expectNoAxeViolations(page);
    await page.goto('/diagrams/');
    await showInteractive(page, diagrams[0]!.id);
    await expectNoAxeViolations(page);
  });
}
