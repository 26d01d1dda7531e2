import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers';
import { DOCKER_DECK, expectPosition, openAudience, openPair, ON_STAGE, openPresenter, SLIDES, stageHeading } from './present-helpers';

test.describe('two windows', () => {
  test('advancing in the presenter advances the audience: slides, fragments, diagram steps and the poll answer', async ({ context }) => {
    const { presenter, audience } = await openPair(context, DOCKER_DECK, `#${SLIDES.fragments}`);
    const fragments = audience.locator(`${ON_STAGE} .deck-fragment`);
    await expect(fragments.first()).toBeHidden();
    await presenter.keyboard.press('ArrowRight');
    await expectPosition(audience, `${SLIDES.fragments}.1`);
    await expect(fragments.first()).toBeVisible();
    await expect(fragments.nth(1)).toBeHidden();

    // The diagram's walkthrough steps are the slide's reveals.
    await presenter.keyboard.press('G');
    await presenter.keyboard.type(String(SLIDES.diagram));
    await presenter.keyboard.press('Enter');
    await expect(stageHeading(audience)).toHaveText('Docker on an operating system');
    const figure = audience.locator(`${ON_STAGE} [data-diagram="docker-on-os"]`);
    await expect(figure).toHaveAttribute('data-step', 'overview');
    await presenter.keyboard.press('PageDown');
    await expect(figure).toHaveAttribute('data-step', '1');
    await presenter.keyboard.press('PageDown');
    await expect(figure).toHaveAttribute('data-step', '2');
    await expect(audience.locator(`${ON_STAGE} .deck-diagram-caption`)).toContainText('Step 2 of 6');

    // The poll: options first, then the answer with every option's explanation.
    await presenter.keyboard.press('G');
    await presenter.keyboard.type(String(SLIDES.poll));
    await presenter.keyboard.press('Enter');
    const poll = audience.locator(`${ON_STAGE} [data-poll]`);
    await expect(poll).toHaveAttribute('data-revealed', 'false');
    await expect(poll.locator('.deck-poll-why')).toHaveCount(0);
    await presenter.keyboard.press('Space');
    await expect(poll).toHaveAttribute('data-revealed', 'true');
    await expect(poll.locator('.deck-poll-why')).toHaveCount(4);
    await expect(poll.locator('[data-correct="true"]')).toHaveCount(1);
  });

  test('the audience window drives the presenter too, and either reload resumes in place', async ({ context }) => {
    const { presenter, audience } = await openPair(context);
    await audience.keyboard.press('ArrowRight');
    await audience.keyboard.press('ArrowRight');
    await expectPosition(presenter, `${SLIDES.fragments}`);
    await expect(presenter).toHaveURL(/#3$/);
    await audience.keyboard.press('ArrowRight');
    await expectPosition(presenter, `${SLIDES.fragments}.1`);
    await presenter.reload();
    await expectPosition(presenter, `${SLIDES.fragments}.1`);
    await audience.reload();
    await expectPosition(audience, `${SLIDES.fragments}.1`);
    await presenter.keyboard.press('ArrowLeft');
    await expectPosition(audience, `${SLIDES.fragments}`);
  });

  test('the presenter opens the audience window at the same place', async ({ context }) => {
    const presenter = await openPresenter(await context.newPage(), DOCKER_DECK, '#4');
    const [audience] = await Promise.all([
      context.waitForEvent('page'),
      presenter.getByRole('button', { name: 'Open audience window' }).click(),
    ]);
    await expect(audience).toHaveURL(/view=audience#4$/);
    await expectPosition(audience, '4');
    await presenter.getByRole('button', { name: 'Next →' }).click();
    await expectPosition(audience, '5');
  });
});

test.describe('keys', () => {
  test('each key in the map moves or changes modes', async ({ context }) => {
    const { presenter: p, audience: a } = await openPair(context);
    const go = async (key: string, expected: string) => {
      await p.keyboard.press(key);
      await expectPosition(p, expected);
      await expectPosition(a, expected);
    };
    await go('ArrowRight', '2');
    await go('PageDown', '3');
    await go('Space', '3.1');
    await go('ArrowDown', '3.2');
    await go('Shift+Space', '3.1');
    await go('PageUp', '3');
    await go('ArrowUp', '2');
    await go('ArrowLeft', '1');
    await go('End', `${SLIDES.last}`);
    await go('Home', '1');
    await p.keyboard.press('g');
    await expect(p.getByText('Go to slide:')).toBeVisible();
    await p.keyboard.type('7');
    await go('Enter', '7');

    // Black and white screens toggle for the room; Esc returns.
    await p.keyboard.press('b');
    await expect(a.getByRole('status', { name: 'Screen blacked out' })).toBeVisible();
    await p.keyboard.press('b');
    await expect(a.getByRole('status', { name: 'Screen blacked out' })).toHaveCount(0);
    await p.keyboard.press('w');
    await expect(a.getByRole('status', { name: 'Screen whited out' })).toBeVisible();
    await p.keyboard.press('Escape');
    await expect(a.getByRole('status', { name: 'Screen whited out' })).toHaveCount(0);

    // Notes hide and show.
    const notes = p.getByRole('region', { name: 'Speaker notes' });
    await expect(notes).toContainText('macOS and Windows');
    await p.keyboard.press('n');
    await expect(notes).toBeHidden();
    await p.keyboard.press('n');
    await expect(notes).toBeVisible();

    // Help and overview are dialogs; Esc leaves them. Enter on a thumbnail jumps there.
    await p.keyboard.press('?');
    await expect(p.getByRole('dialog', { name: 'Presenter keys' })).toBeVisible();
    await p.keyboard.press('Escape');
    await expect(p.getByRole('dialog', { name: 'Presenter keys' })).toHaveCount(0);
    await p.keyboard.press('o');
    const overview = p.getByRole('dialog', { name: /All \d+ slides/ });
    await expect(overview).toBeVisible();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('Enter');
    await expect(overview).toHaveCount(0);
    await expectPosition(a, '8');

    // Laser: L, then the pointer over the slide shows on the audience stage.
    await p.keyboard.press('l');
    const box = (await p.getByRole('main', { name: 'Current slide' }).boundingBox())!;
    await p.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(a.locator('.deck-laser')).toBeVisible();
    await p.keyboard.press('Escape');
    await expect(a.locator('.deck-laser')).toHaveCount(0);
  });

  test('F asks the browser for full screen, and again leaves it', async ({ page }) => {
    // Headless Chromium has no screen to fill: record what the deck asks the browser for.
    await page.addInitScript(() => {
      const w = window as unknown as { __fullscreen: string[] };
      w.__fullscreen = [];
      let element: Element | null = null;
      Object.defineProperty(document, 'fullscreenElement', { get: () => element });
      Element.prototype.requestFullscreen = async function (this: Element) {
        element = document.documentElement;
        w.__fullscreen.push(this === element ? 'enter' : 'enter another element');
      };
      document.exitFullscreen = async () => {
        element = null;
        w.__fullscreen.push('exit');
      };
    });
    await openPresenter(page);
    await page.keyboard.press('f');
    await page.keyboard.press('F');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __fullscreen: string[] }).__fullscreen)).toEqual(['enter', 'exit']);
  });

  test('holding the mouse button on the slide shows the laser while held', async ({ context }) => {
    const { presenter: p, audience: a } = await openPair(context);
    const box = (await p.getByRole('main', { name: 'Current slide' }).boundingBox())!;
    await p.mouse.move(box.x + 200, box.y + 200);
    await p.mouse.down();
    await p.mouse.move(box.x + 220, box.y + 210);
    await expect(a.locator('.deck-laser')).toBeVisible();
    await p.mouse.up();
    await p.mouse.move(box.x + 240, box.y + 220);
    await expect(a.locator('.deck-laser')).toHaveCount(0);
  });

  test('a swipe on a touch screen moves the slides', async ({ page }) => {
    await openAudience(page);
    const swipe = (fromX: number, toX: number) =>
      page.evaluate(
        ([x0, x1]) => {
          const target = document.querySelector('.deck-audience')!;
          const init = { bubbles: true, pointerType: 'touch', clientY: 300, isPrimary: true, pointerId: 7 };
          target.dispatchEvent(new PointerEvent('pointerdown', { ...init, clientX: x0 }));
          target.dispatchEvent(new PointerEvent('pointerup', { ...init, clientX: x1 }));
        },
        [fromX, toX],
      );
    await swipe(900, 300);
    await expectPosition(page, '2');
    await swipe(300, 900);
    await expectPosition(page, '1');
  });
});

test.describe('links and fallbacks', () => {
  test('a link to a slide the deck lacks opens the nearest one and says so', async ({ page }) => {
    await openPresenter(page, DOCKER_DECK, '#99');
    await expectPosition(page, `${SLIDES.last}`);
    await expect(page.getByText(`This deck has no slide 99; showing slide ${SLIDES.last}, the last.`)).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#${SLIDES.last}$`));
  });

  test('the audience URL alone works as a plain deck', async ({ page }) => {
    await openAudience(page);
    await expect(stageHeading(page)).toHaveText('What is Docker?');
    await page.keyboard.press('ArrowRight');
    await expect(stageHeading(page)).toHaveText('Why it matters');
    await expect(page.getByText('Speaker notes')).toHaveCount(0);
  });

  test('without JavaScript every slide shows in order, notes hidden', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/present/${DOCKER_DECK}/`);
    const slides = page.locator('.deck-slide');
    await expect(slides).toHaveCount(SLIDES.last);
    await expect(slides.first()).toBeVisible();
    await expect(slides.nth(2).getByText('Container', { exact: false }).first()).toBeVisible();
    await expect(page.getByText('Welcome everyone.')).toBeHidden();
    await expect(page.getByText(/Presenting \(one slide at a time/)).toBeVisible();
    await context.close();
  });

  test('the handout prints one slide per page, with notes only when asked', async ({ page }) => {
    await openPresenter(page);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const slides = page.locator('.deck-document .deck-slide');
    await expect(slides).toHaveCount(SLIDES.last);
    expect(await slides.first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
    await expect(page.getByText('Welcome everyone.')).toBeHidden();
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.getByLabel('Speaker notes in the handout').check();
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.getByText('Welcome everyone.')).toBeVisible();
  });

  test('lessons link to their deck and home links to /present/', async ({ page }) => {
    await page.goto(`/lessons/${DOCKER_DECK}/`);
    await page.getByRole('link', { name: 'Present this lesson as slides' }).click();
    await expect(page).toHaveURL(new RegExp(`/present/${DOCKER_DECK}/(#1)?$`));
    await page.goto('/');
    await page.getByRole('link', { name: 'present it live' }).click();
    await expect(page.getByRole('heading', { name: 'Teach a class' })).toBeVisible();
  });
});

test.describe('the stage', () => {
  async function layoutAt(page: Page, width: number, height: number) {
    await page.setViewportSize({ width, height });
    await openAudience(page, DOCKER_DECK, '#2');
    return page.evaluate(() => {
      const stage = document.querySelector('.deck-canvas')!.getBoundingClientRect();
      return [...document.querySelectorAll('.deck-canvas .deck-slide :is(h2, li)')]
        .filter((el) => el.checkVisibility())
        .map((el) => {
          const r = el.getBoundingClientRect();
          return [(r.left - stage.left) / stage.width, (r.top - stage.top) / stage.height, r.width / stage.width].map(
            (v) => Math.round(v * 1000) / 1000,
          );
        });
    });
  }

  test('a slide looks the same at 1280 × 720 and 1920 × 1080, with body text of at least 28 px at 1080p', async ({ page }) => {
    const small = await layoutAt(page, 1280, 720);
    const large = await layoutAt(page, 1920, 1080);
    expect(small.length).toBeGreaterThan(2);
    for (const [i, box] of small.entries()) box.forEach((v, j) => expect(Math.abs(v - (large[i]?.[j] ?? -1))).toBeLessThan(0.005));
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('.deck-canvas .deck-slide li')]
          .filter((el) => el.checkVisibility())
          .map((el) => {
            const scale = document.querySelector('.deck-canvas')!.getBoundingClientRect().width / 1920;
            return parseFloat(getComputedStyle(el).fontSize) * scale;
          }),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(28);
  });

  test('a playground slide is mirrored: play, pause and a step show the same minute in both windows', async ({ context }) => {
    test.setTimeout(60_000);
    const slug = 'ecs-service-auto-scaling';
    const { presenter, audience } = await openPair(context, slug);
    await presenter.keyboard.press('g');
    await presenter.keyboard.type('9');
    await presenter.keyboard.press('Enter');
    const stageOf = (page: Page) => page.locator('.deck-canvas [data-playground-preset]');
    await expect(stageOf(audience).getByRole('button', { name: 'Play' })).toBeVisible({ timeout: 20_000 });
    await stageOf(presenter).getByRole('button', { name: 'Play' }).click();
    await expect(stageOf(audience).getByRole('button', { name: 'Pause' })).toBeVisible();
    await stageOf(presenter).getByRole('button', { name: 'Pause' }).click();
    await expect(stageOf(audience).getByRole('button', { name: /Play|Replay/ })).toBeVisible();
    await stageOf(presenter).getByRole('button', { name: 'Step one minute forward' }).click();
    const minute = (page: Page) => stageOf(page).locator('output').first().textContent();
    const shown = await minute(presenter);
    expect(shown).toMatch(/\d+:\d\d/);
    await expect.poll(() => minute(audience)).toBe(shown);
  });
});

test.describe('class builder', () => {
  test('keeps the chosen decks and their order in the URL', async ({ page }) => {
    await page.goto('/present/');
    await page.getByRole('checkbox', { name: /Docker vs\. virtual machines/ }).check();
    await page.getByRole('checkbox', { name: /What is Docker\?/ }).check();
    await expect(page).toHaveURL(/\?class=docker-vs-virtual-machines,what-is-docker$/);
    await page.getByRole('button', { name: 'Move What is Docker? up' }).click();
    await expect(page).toHaveURL(/\?class=what-is-docker,docker-vs-virtual-machines$/);
    await page.reload();
    const order = page.getByRole('list', { name: 'Decks in teaching order' }).getByRole('listitem');
    await expect(order).toHaveText([/What is Docker\?/, /Docker vs\. virtual machines/]);
    await page.getByRole('link', { name: 'Start the class' }).click();
    await expect(page).toHaveURL(/\/present\/what-is-docker\/\?class=what-is-docker,docker-vs-virtual-machines#1$/);
    await expect(page.getByText('Deck 1 of 2 in this class')).toBeVisible();
    // The end of one deck leads into the next.
    await page.keyboard.press('End');
    await expect(page.getByTestId('deck-next-label')).toHaveText('Next deck: Docker vs. virtual machines');
    await page.keyboard.press('ArrowRight');
    await expect(page).toHaveURL(/\/present\/docker-vs-virtual-machines\/\?class=what-is-docker,docker-vs-virtual-machines#1$/);
    await expect(page.getByText('Deck 2 of 2 in this class')).toBeVisible();
  });

  test('a malformed class list says what was wrong and keeps the rest', async ({ page }) => {
    await page.goto('/present/?class=what-is-docker,nope,what-is-docker,amazon-ecr');
    const alert = page.getByRole('alert').filter({ hasText: 'could not be used' });
    await expect(alert).toContainText('Left out “nope”: no deck has that name.');
    await expect(alert).toContainText('Left out the repeat of “what-is-docker”');
    await expect(page.getByRole('list', { name: 'Decks in teaching order' }).getByRole('listitem')).toHaveText([
      /What is Docker\?/,
      /Amazon ECR/,
    ]);
  });
});

test.describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the presenter and audience views and /present/ (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      for (const url of [
        `/present/${DOCKER_DECK}/#${SLIDES.poll}.1`,
        `/present/${DOCKER_DECK}/?view=audience#${SLIDES.diagram}.2`,
        '/present/',
      ]) {
        await page.goto(url);
        await expect(page.locator('[data-deck-window], h1').first()).toBeAttached();
        expect(await axeViolations(page, `${url} `)).toEqual([]);
      }
    });
  }
});
