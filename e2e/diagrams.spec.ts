import { expect, test, type Page } from '@playwright/test';
import path from 'node:path';
import { MIN_READABLE_PX, READABLE_ZOOM, stepBounds, viewportFor, wholeViewport } from '../components/diagram/viewport';
import { loadDiagramFiles } from '../lib/content/diagram-files.server';
import { layoutDiagram } from '../lib/content/diagram-layout.server';
import type { LaidOutDiagram } from '../lib/diagram/layout-types';
import { emptyBands, readability, type Readability } from './diagram-helpers';
import { expectNoAxeViolations, nextFrames } from './helpers';

const sources = loadDiagramFiles(path.join(process.cwd(), 'content'));
const diagrams = sources.map((s) => s.diagram);
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
    await expect(
      figure.locator(
        `[data-diagram-view="interactive"] [data-diagram-node="${id}"], [data-diagram-view="interactive"] [data-diagram-edge="${id}"]`,
      ),
    ).toHaveAttribute('data-state', 'active');
  }
  await expect(figure.locator('[data-diagram-view="interactive"] [data-state="dimmed"]').first()).toBeAttached();
});

test('a link to a step restores it and scrolls to the diagram', async ({ page }) => {
  await page.goto(`${LESSON}#${DOCKER.id}-step-3`);
  const figure = page.locator(`figure#${DOCKER.id}`);
  await expect(figure.locator('[data-step-indicator]')).toHaveText(`Step 3 of ${DOCKER.steps.length}`);
  await expect(figure.locator('li[aria-current="step"]')).toContainText(squash(DOCKER.steps[2]!.caption).slice(0, 40));
  await expect(figure.locator(`[data-diagram-box="${DOCKER.id}"]`)).toBeInViewport();
  for (const id of DOCKER.steps[2]!.highlight)
    await expect(figure.locator(`[data-diagram-node="${id}"]`).first()).toHaveAttribute('data-state', 'active');
});

test('the text alternative lists the parts, connections and steps of the data', async ({ page }) => {
  await page.goto('/diagrams/');
  for (const diagram of diagrams) {
    const text = page.locator(`[data-diagram-text="${diagram.id}"]`);
    await text.locator('summary').click();
    // Read the opened alternative once, then compare it with the data here.
    const shown = await text.evaluate((el) => ({
      nodes: Object.fromEntries([...el.querySelectorAll<HTMLElement>('[data-text-node]')].map((n) => [n.dataset.textNode, n.innerText])),
      edges: el.querySelectorAll('[data-text-edge]').length,
      steps: [...el.querySelectorAll<HTMLElement>('[data-text-step]')].map((n) => n.innerText),
      visible: (el.querySelector('[data-text-node]') as HTMLElement | null)?.checkVisibility() ?? false,
    }));
    expect(shown.visible, `${diagram.id}: the list opens`).toBe(true);
    expect(Object.keys(shown.nodes).sort(), diagram.id).toEqual(diagram.nodes.map((n) => n.id).sort());
    expect(shown.edges, diagram.id).toBe(diagram.edges.length);
    expect(shown.steps.map(squash), diagram.id).toEqual(diagram.steps.map((s) => squash(s.caption)));
    for (const node of diagram.nodes.filter((n) => n.label))
      expect(squash(shown.nodes[node.id] ?? ''), `${diagram.id}/${node.id}`).toContain(squash(node.label!));
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
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
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
  await expect(box.getByRole('button', { name: 'Zoom in' })).toBeVisible();
});

test('Explore says its state one way: a fixed name, pressed or not', async ({ page }) => {
  await page.goto(LESSON);
  await showInteractive(page, DOCKER.id);
  const figure = page.locator(`figure#${DOCKER.id}`);
  const explore = figure.getByRole('button', { name: 'Explore', exact: true });
  await expect(explore).toHaveAttribute('aria-pressed', 'false');
  await explore.click();
  // The same button, still called Explore, now pressed; no second name says it again.
  await expect(explore).toHaveAttribute('aria-pressed', 'true');
  await expect(figure.getByRole('button', { name: /exploring/i })).toHaveCount(0);
  await explore.click();
  await expect(explore).toHaveAttribute('aria-pressed', 'false');
  // Buttons whose name changes with the state (full screen, play) do not also claim to be pressed.
  await expect(figure.getByRole('button', { name: 'Full screen' })).not.toHaveAttribute('aria-pressed', /.*/);
  await expect(figure.getByRole('button', { name: 'Play' })).not.toHaveAttribute('aria-pressed', /.*/);
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

/** Where the figure, its frame, its box and the drawing (every node and edge of the view shown) sit. */
async function measure(page: Page, id: string) {
  return page.locator(`figure#${id}`).evaluate((figure) => {
    const box = figure.querySelector('[data-diagram-box]') as HTMLElement;
    const frame = box.parentElement as HTMLElement;
    const view = box.querySelector(
      box.dataset.interactive === 'true' ? '[data-diagram-view="interactive"]' : '[data-diagram-view="static"]',
    ) as Element;
    const parts = [...view.querySelectorAll('[data-diagram-node], [data-diagram-edge]')].map((e) => e.getBoundingClientRect());
    const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height });
    return {
      interactive: box.dataset.interactive === 'true',
      figure: { ...rect(figure.getBoundingClientRect()), scrollWidth: figure.scrollWidth, clientWidth: figure.clientWidth },
      frame: { scrollWidth: frame.scrollWidth, clientWidth: frame.clientWidth },
      box: rect(box.getBoundingClientRect()),
      drawing: {
        left: Math.min(...parts.map((r) => r.left)),
        right: Math.max(...parts.map((r) => r.right)),
        top: Math.min(...parts.map((r) => r.top)),
        bottom: Math.max(...parts.map((r) => r.bottom)),
      },
    };
  });
}

type Measure = Awaited<ReturnType<typeof measure>>;

function expectFits(m: Measure, id: string) {
  const slack = 1;
  expect(m.figure.scrollWidth, `${id}: the figure scrolls sideways`).toBeLessThanOrEqual(m.figure.clientWidth);
  expect(m.frame.scrollWidth, `${id}: the diagram's frame scrolls sideways`).toBeLessThanOrEqual(m.frame.clientWidth);
  expect(m.box.left, `${id}: box inside the column`).toBeGreaterThanOrEqual(m.figure.left - slack);
  expect(m.box.right, `${id}: box inside the column`).toBeLessThanOrEqual(m.figure.right + slack);
  expect(m.drawing.left, `${id}: drawing cut off on the left`).toBeGreaterThanOrEqual(m.box.left - slack);
  expect(m.drawing.right, `${id}: drawing cut off on the right`).toBeLessThanOrEqual(m.box.right + slack);
  expect(m.drawing.top, `${id}: drawing cut off at the top`).toBeGreaterThanOrEqual(m.box.top - slack);
  expect(m.drawing.bottom, `${id}: drawing cut off at the bottom`).toBeLessThanOrEqual(m.box.bottom + slack);
}

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 780 },
]) {
  test(`at ${viewport.width}×${viewport.height} every lesson diagram fits its column: whole, unclipped, no sideways scroll, no shift when React Flow takes over`, async ({
    page,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(viewport);
    for (const { diagram, lessonSlug } of sources) {
      const response = await page.goto(`/lessons/${lessonSlug}/`);
      // A diagram drawn before its lesson exists is checked in the gallery.
      if (!response?.ok()) await page.goto('/diagrams/');
      const first = await measure(page, diagram.id);
      expectFits(first, diagram.id);
      await showInteractive(page, diagram.id);
      const interactive = await measure(page, diagram.id);
      expectFits(interactive, diagram.id);
      if (!first.interactive) {
        // The React Flow view draws the same picture in the same box as the SVG it replaces.
        const shiftOf = (m: Measure) => ({
          width: m.box.width,
          height: m.box.height,
          drawingWidth: m.drawing.right - m.drawing.left,
          drawingHeight: m.drawing.bottom - m.drawing.top,
        });
        const [before, after] = [shiftOf(first), shiftOf(interactive)];
        expect(Math.abs(after.width - before.width), `${diagram.id}: box width changed`).toBeLessThan(1);
        expect(Math.abs(after.height - before.height), `${diagram.id}: box height changed`).toBeLessThan(1);
        expect(Math.abs(after.drawingWidth - before.drawingWidth), `${diagram.id}: drawing width changed`).toBeLessThan(3);
        expect(Math.abs(after.drawingHeight - before.drawingHeight), `${diagram.id}: drawing height changed`).toBeLessThan(3);
      }
    }
  });
}

test('on a phone the walkthrough frames a step large enough to read, and the overview shows the whole diagram again', async ({ page }) => {
  // The step that gains most from framing in a 326 px phone box, found from the laid-out data.
  const PHONE_BOX = 326;
  let best = { gain: 0, id: '', lesson: '', step: 0, node: '' };
  for (const { diagram, lessonSlug } of sources) {
    const layout = await layoutDiagram(diagram);
    const height = (PHONE_BOX * layout.height) / layout.width;
    const whole = wholeViewport(layout, PHONE_BOX, height).zoom;
    layout.steps.forEach((step, i) => {
      const leaf = step.highlight.find((id) => layout.nodes.some((n) => n.id === id && !n.isGroup));
      const gain = viewportFor(layout, step, PHONE_BOX, height).zoom / whole;
      if (leaf && lessonSlug && gain > best.gain) best = { gain, id: diagram.id, lesson: lessonSlug, step: i, node: leaf };
    });
  }
  expect(best.gain).toBeGreaterThan(2);

  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`/lessons/${best.lesson}/`);
  const box = await showInteractive(page, best.id);
  const node = box.locator(`[data-diagram-view="interactive"] [data-diagram-node="${best.node}"] rect`).first();
  const overview = (await node.boundingBox())!.width;
  const figure = page.locator(`figure#${best.id}`);
  await figure.locator(`li#${best.id}-step-${best.step + 1} a`).click();
  await expect.poll(async () => (await node.boundingBox())!.width).toBeGreaterThan(overview * best.gain * 0.95);
  // The framed step stays inside the box.
  const [nodeBox, frame] = [(await node.boundingBox())!, (await box.boundingBox())!];
  expect(nodeBox.x).toBeGreaterThanOrEqual(frame.x - 1);
  expect(nodeBox.x + nodeBox.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
  for (let i = 0; i <= best.step; i++) await figure.getByRole('button', { name: '← Previous' }).click();
  await expect(figure.locator('[data-step-indicator]')).toHaveText(/^Walkthrough/);
  await expect.poll(async () => Math.round((await node.boundingBox())!.width)).toBe(Math.round(overview));
});

/**
 * Where a step link landed: the sticky header, the figure and its drawing, and whether the current
 * step's caption is on screen and uncovered (wherever the figure shows it: beside the drawing or in
 * the step list).
 */
async function landing(page: Page, id: string) {
  return page.locator(`figure#${id}`).evaluate((figure) => {
    const header = document.querySelector('header')!.getBoundingClientRect();
    const box = figure.querySelector('[data-diagram-box]')!.getBoundingClientRect();
    const captionSeen = [...figure.querySelectorAll('[data-step-caption], li[aria-current="step"]')].some((caption) => {
      const c = caption.getBoundingClientRect();
      if (c.height === 0 || c.top < header.bottom || c.bottom > window.innerHeight) return false;
      // What the reader sees in the middle of the caption: the caption itself, not something over it.
      const hit = document.elementFromPoint(c.left + Math.min(40, c.width / 2), c.top + c.height / 2);
      return !!hit && caption.contains(hit);
    });
    return {
      headerBottom: header.bottom,
      viewportHeight: window.innerHeight,
      figureTop: figure.getBoundingClientRect().top,
      boxTop: box.top,
      captionSeen,
    };
  });
}

const STEP_LINKS = [
  { page: '/lessons/ecs-service-auto-scaling/', id: 'svc-scaling-loop', step: 4 },
  { page: '/diagrams/', id: 'ecr-pull-path', step: 2 },
  { page: LESSON, id: DOCKER.id, step: 3 },
];

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 780 },
]) {
  for (const link of STEP_LINKS) {
    test(`at ${viewport.width} px a link to ${link.id} step ${link.step} (${link.page}) shows the diagram below the header with the step's caption`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const diagram = byId(link.id);
      await page.goto(`${link.page}#${link.id}-step-${link.step}`);
      const figure = page.locator(`figure#${link.id}`);
      await expect(figure.locator('[data-step-indicator]')).toHaveText(`Step ${link.step} of ${diagram.steps.length}`);
      await expect(figure.locator('li[aria-current="step"]')).toContainText(squash(diagram.steps[link.step - 1]!.caption));
      await page.waitForLoadState('load');
      const check = async () => {
        const l = await landing(page, link.id);
        // The figure's title just below the sticky header (not under it, not far below),
        expect(l.figureTop, 'figure top under the sticky header').toBeGreaterThanOrEqual(l.headerBottom);
        expect(l.figureTop, 'figure top far below the header').toBeLessThanOrEqual(l.headerBottom + 24);
        // the drawing starting on screen,
        expect(l.boxTop).toBeLessThan(l.viewportHeight - 100);
        // and the step's caption on screen, uncovered.
        expect(l.captionSeen, "the step's caption is on screen").toBe(true);
      };
      await expect(check).toPass({ timeout: 5_000 });
      // It stays there while the page settles: watch every frame for a second (the reveal holds the
      // position for 800 ms after load) and record how far the page moved.
      const drift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const start = window.scrollY;
            const end = performance.now() + 1_000;
            let most = 0;
            const tick = () => {
              most = Math.max(most, Math.abs(window.scrollY - start));
              if (performance.now() < end) requestAnimationFrame(tick);
              else resolve(most);
            };
            requestAnimationFrame(tick);
          }),
      );
      expect(drift, 'the page moved after the step was revealed').toBeLessThanOrEqual(1);
      await check();
      for (const id of diagram.steps[link.step - 1]!.highlight) {
        await expect(figure.locator(`[data-diagram-node="${id}"], [data-diagram-edge="${id}"]`).first()).toHaveAttribute(
          'data-state',
          'active',
        );
      }

      // Stepping with the buttons and keys moves the walkthrough, not the page.
      const y = await page.evaluate(() => window.scrollY);
      const next = figure.getByRole('button', { name: 'Next →' });
      const previous = figure.getByRole('button', { name: '← Previous' });
      await (link.step < diagram.steps.length ? next : previous).click();
      await previous.focus();
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowRight');
      await expect(figure.locator('[data-step-indicator]')).toHaveText(/^Step /);
      expect(await page.evaluate(() => window.scrollY)).toBe(y);
    });
  }
}

test('without JavaScript a link to a step lands on the step in the list, below the header', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await page.goto(`/lessons/ecs-service-auto-scaling/#svc-scaling-loop-step-4`);
  const step = page.locator('li#svc-scaling-loop-step-4');
  await expect(step).toBeInViewport();
  const [header, top] = await Promise.all([
    page.locator('header').first().boundingBox(),
    step.evaluate((e) => e.getBoundingClientRect().top),
  ]);
  expect(top).toBeGreaterThanOrEqual(header!.y + header!.height);
  await context.close();
});

/** The drawing's size: every node and edge of the view shown. */
async function drawingSize(page: Page, id: string) {
  const m = await measure(page, id);
  return { width: m.drawing.right - m.drawing.left, height: m.drawing.bottom - m.drawing.top, box: m.box };
}

/** Press a figure's button as a reader would, without the test runner scrolling to it first. */
async function press(page: Page, id: string, name: string) {
  await page
    .locator(`figure#${id}`)
    .getByRole('button', { name, exact: true })
    .evaluate((b: HTMLElement) => b.focus({ preventScroll: true }));
  await page.keyboard.press('Enter');
}

for (const mode of ['native', 'fallback'] as const) {
  test(`full screen (${mode}) gives the drawing most of the screen, and leaving it puts the page back`, async ({ page }) => {
    // Headless Chromium runs the Fullscreen API; the pinned overlay (iPhone Safari) is reached by hiding it.
    if (mode === 'fallback')
      await page.addInitScript(() => Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false }));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(LESSON);
    const box = await showInteractive(page, DOCKER.id);
    const figure = page.locator(`figure#${DOCKER.id}`);
    // The reader is halfway down the drawing, the Full screen button still on screen.
    await box.evaluate((b) => window.scrollTo({ top: window.scrollY + b.getBoundingClientRect().top - 100, behavior: 'instant' }));
    const inline = await drawingSize(page, DOCKER.id);
    const y = await page.evaluate(() => window.scrollY);

    await press(page, DOCKER.id, 'Full screen');
    await expect(figure.locator('.dg-player')).toHaveAttribute('data-fullscreen', mode);
    await press(page, DOCKER.id, 'Start →');
    await expect(figure.locator('[data-step-indicator]')).toHaveText(`Step 1 of ${DOCKER.steps.length}`);
    await expect.poll(async () => (await landing(page, DOCKER.id)).captionSeen, 'the caption is on screen in full screen').toBe(true);
    await expect.poll(async () => (await drawingSize(page, DOCKER.id)).width).toBeGreaterThan(inline.width * 1.2);
    const full = await drawingSize(page, DOCKER.id);
    expect(full.height).toBeGreaterThan(inline.height * 1.2);
    expect(full.box.height, 'the drawing gets most of the screen').toBeGreaterThan(900 * 0.6);
    await expect(figure.locator('.dg-steps')).toBeHidden();
    // Scrolling over the full-screen diagram does not move the page underneath.
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 400);
    await nextFrames(page, 3);

    await press(page, DOCKER.id, 'Exit full screen');
    await expect(figure.locator('.dg-player')).not.toHaveAttribute('data-fullscreen', /.*/);
    await expect
      .poll(async () => Math.abs((await page.evaluate(() => window.scrollY)) - y), 'the page is back where it was')
      .toBeLessThanOrEqual(1);
    expect(Math.abs((await drawingSize(page, DOCKER.id)).width - inline.width)).toBeLessThan(2);
  });
}

/** A step's highlighted parts all fit a pane of this size at the readable text size. */
function stepFits(layout: LaidOutDiagram, step: LaidOutDiagram['steps'][number], pane: Readability['pane']) {
  const bounds = stepBounds(layout, step);
  const room = 40; // the framing's padding around a step
  return (
    !!bounds &&
    (bounds.width + room) * READABLE_ZOOM <= pane.right - pane.left &&
    (bounds.height + room) * READABLE_ZOOM <= pane.bottom - pane.top
  );
}

/** The view of a step: its text at 12 px or more, something of it on show, all of it when it fits. */
async function expectReadableStep(page: Page, layout: LaidOutDiagram, index: number, where: string) {
  const step = layout.steps[index]!;
  await expect(async () => {
    const r = await readability(page, layout.id);
    expect(r.visibleTexts, `${layout.id} ${where} step ${index + 1}: some highlighted text in view`).toBeGreaterThan(0);
    expect(r.smallestPx!, `${layout.id} ${where} step ${index + 1}: smallest text (CSS px)`).toBeGreaterThanOrEqual(MIN_READABLE_PX - 0.05);
    if (stepFits(layout, step, r.pane)) {
      expect(
        r.parts.filter((p) => !p.inside).map((p) => p.id),
        `${layout.id} ${where} step ${index + 1}: parts outside the view`,
      ).toEqual([]);
    }
  }).toPass({ timeout: 5_000 });
}

const BAND_SLACK = 40; // the diagram's own margin and attribution strip, at up to 1.5×

async function expectReadableOverviewCoveringPane(page: Page, id: string, where: string) {
  await expect(async () => {
    const r = await readability(page, id);
    expect(r.smallestPx!, `${id} ${where}: smallest text (CSS px)`).toBeGreaterThanOrEqual(MIN_READABLE_PX - 0.05);
    const bands = emptyBands(r);
    for (const side of ['left', 'right', 'top', 'bottom'] as const)
      expect(bands[side], `${id} ${where}: empty band at the ${side}`).toBeLessThanOrEqual(BAND_SLACK);
  }).toPass({ timeout: 5_000 });
}

test.describe('on a 360×780 phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  for (const { diagram, lessonSlug } of sources) {
    test(`${diagram.id}: every step shows its text at ${MIN_READABLE_PX} px or more with its parts in view, in the page and in full screen`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      const layout = await layoutDiagram(diagram);
      const response = await page.goto(`/lessons/${lessonSlug}/`);
      if (!response?.ok()) await page.goto('/diagrams/');
      await showInteractive(page, diagram.id);
      const figure = page.locator(`figure#${diagram.id}`);
      const indicator = figure.locator('[data-step-indicator]');
      const count = layout.steps.length;
      for (let i = 0; i < count; i++) {
        await figure.locator(`li#${diagram.id}-step-${i + 1} a`).click();
        await expect(indicator).toHaveText(`Step ${i + 1} of ${count}`);
        await expectReadableStep(page, layout, i, 'in the page');
      }

      await press(page, diagram.id, 'Full screen');
      await expect(figure.locator('.dg-player')).toHaveAttribute('data-fullscreen', /native|fallback/);
      for (let i = count - 1; i >= 0; i--) {
        await expect(indicator).toHaveText(`Step ${i + 1} of ${count}`);
        await expectReadableStep(page, layout, i, 'in full screen');
        await press(page, diagram.id, '← Previous');
      }
      await expect(indicator).toHaveText(/^Walkthrough/);
      await expectReadableOverviewCoveringPane(page, diagram.id, 'full-screen overview, upright');
      await press(page, diagram.id, 'Exit full screen');
      await expect(figure.locator('.dg-player')).not.toHaveAttribute('data-fullscreen', /.*/);
    });
  }

  test('full screen asks for landscape, then fills the turned screen with a readable drawing; leaving releases it', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: string[] = [];
      Object.assign(window, { orientationCalls: calls });
      Object.defineProperty(screen.orientation, 'lock', {
        value: (o: string) => {
          calls.push(`lock ${o}`);
          return Promise.resolve();
        },
      });
      Object.defineProperty(screen.orientation, 'unlock', {
        value: () => {
          calls.push('unlock');
        },
      });
    });
    const calls = () => page.evaluate(() => (window as unknown as { orientationCalls: string[] }).orientationCalls);
    const id = 'eks-network';
    await page.goto('/lessons/eks-reference-network/');
    await showInteractive(page, id);
    await press(page, id, 'Full screen');
    await expect(page.locator(`figure#${id} .dg-player`)).toHaveAttribute('data-fullscreen', 'native');
    await expect.poll(calls).toEqual(['lock landscape']);
    // The phone turns.
    await page.setViewportSize({ width: 780, height: 360 });
    await expectReadableOverviewCoveringPane(page, id, 'full-screen overview, landscape');
    const pane = (await readability(page, id)).pane;
    expect(pane.right - pane.left, 'the drawing takes the long side').toBeGreaterThan(700);
    await press(page, id, 'Exit full screen');
    await expect.poll(calls).toEqual(['lock landscape', 'unlock']);
  });

  test("leaving full screen does not leave the step's highlighted parts under the sticky walkthrough bar", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(LESSON);
    const box = await showInteractive(page, DOCKER.id);
    const figure = page.locator(`figure#${DOCKER.id}`);
    // The reader has the figure low on the screen (reading the prose above), its drawing partly
    // below the window, and starts the walkthrough: the bar sticks to the bottom, over the drawing.
    await figure.evaluate((f) => window.scrollTo({ top: window.scrollY + f.getBoundingClientRect().top - 430, behavior: 'instant' }));
    await press(page, DOCKER.id, 'Start →');
    await press(page, DOCKER.id, 'Full screen');
    await expect(figure.locator('.dg-player')).toHaveAttribute('data-fullscreen', 'native');
    await press(page, DOCKER.id, 'Next →');
    await press(page, DOCKER.id, 'Next →');
    await expect(figure.locator('[data-step-indicator]')).toHaveText(`Step 3 of ${DOCKER.steps.length}`);
    await press(page, DOCKER.id, 'Exit full screen');
    await expect(figure.locator('.dg-player')).not.toHaveAttribute('data-fullscreen', /.*/);
    await page.waitForLoadState('load');
    await expect(async () => {
      const bar = (await figure.getByRole('group', { name: `${DOCKER.title}: walkthrough` }).boundingBox())!;
      const header = (await page.locator('header').first().boundingBox())!;
      const frame = (await box.boundingBox())!;
      const active = box.locator(
        '[data-diagram-view="interactive"] [data-diagram-node][data-state="active"]:not([data-group]) rect.dg-frame',
      );
      const rects = (
        await active.evaluateAll((es) =>
          es.map((e) => {
            const r = e.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom };
          }),
        )
      ).filter((r) => r.bottom > frame.y && r.top < frame.y + frame.height);
      expect(rects.length, 'a highlighted box is drawn in the pane').toBeGreaterThan(0);
      for (const r of rects) {
        expect(r.bottom, 'highlighted box under the walkthrough bar').toBeLessThanOrEqual(bar.y + 1);
        expect(r.top, 'highlighted box under the header').toBeGreaterThanOrEqual(header.y + header.height - 1);
      }
    }).toPass({ timeout: 3_000 });
  });
});

for (const viewport of [
  { width: 1280, height: 900 },
  { width: 360, height: 780 },
]) {
  test(`at ${viewport.width} px full screen frames the diagram afresh, whatever Explore had zoomed to, and leaving resets it`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(LESSON);
    await showInteractive(page, DOCKER.id);
    const figure = page.locator(`figure#${DOCKER.id}`);
    const player = figure.locator('.dg-player');
    const inline = await drawingSize(page, DOCKER.id);

    // The view full screen gives a reader who has not explored.
    await press(page, DOCKER.id, 'Full screen');
    await expect(player).toHaveAttribute('data-fullscreen', 'native');
    await expect.poll(async () => (await drawingSize(page, DOCKER.id)).width).toBeGreaterThan(inline.width * 1.2);
    const fresh = await readability(page, DOCKER.id);
    await press(page, DOCKER.id, 'Exit full screen');
    await expect(player).not.toHaveAttribute('data-fullscreen', /.*/);

    // Explore, zoomed right in; then full screen.
    await press(page, DOCKER.id, 'Explore');
    for (let i = 0; i < 4; i++) await figure.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(async () => (await drawingSize(page, DOCKER.id)).width).toBeGreaterThan(inline.width * 2);
    await press(page, DOCKER.id, 'Full screen');
    await expect(player).toHaveAttribute('data-fullscreen', 'native');
    await expect(async () => {
      const now = await readability(page, DOCKER.id);
      for (const side of ['left', 'right', 'top', 'bottom'] as const)
        expect(Math.abs(now.drawing[side] - fresh.drawing[side]), `drawing's ${side} edge`).toBeLessThan(2);
    }).toPass({ timeout: 3_000 });
    await expect(figure.getByRole('button', { name: 'Explore' })).toBeHidden();

    await press(page, DOCKER.id, 'Exit full screen');
    await expect(player).not.toHaveAttribute('data-fullscreen', /.*/);
    await expect(figure.getByRole('button', { name: 'Explore' })).toHaveAttribute('aria-pressed', 'false');
    await expect.poll(async () => Math.round((await drawingSize(page, DOCKER.id)).width)).toBe(Math.round(inline.width));
  });
}
