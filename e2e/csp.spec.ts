import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { FIRST, SITE_PATHS } from './helpers';

/**
 * The Content-Security-Policy every page carries (scripts/csp.mjs: script hashes, no 'unsafe-eval')
 * lets the whole site run: no page, worker or service worker reports a violation while it does what
 * learners do. A violation shows as a `securitypolicyviolation` event in the page or as the
 * browser's "Refused to …" console error (also from workers), so both are collected.
 */
test.use({ serviceWorkers: 'allow' });

const DECK = SITE_PATHS.find((p) => /^\/present\/[^/]+\/$/.test(p))!;

/** Starts recording violations on `page` (and its workers); returns what was seen so far. */
async function watchViolations(page: Page) {
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const list = ((window as unknown as { __csp?: string[] }).__csp ??= []);
      list.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  const onConsole = (where: string) => (m: ConsoleMessage) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) seen.push(`${where}: ${m.text()}`);
  };
  page.on('console', onConsole('page'));
  page.on('worker', (w) => w.on('console', onConsole(`worker ${w.url()}`)));
  page.context().on('serviceworker', (w) => w.on('console', onConsole(`service worker ${w.url()}`)));
  page.on('pageerror', (e) => {
    if (/EvalError|Content Security Policy/i.test(e.message)) seen.push(`page error: ${e.message}`);
  });
  return async () => [
    ...seen,
    ...(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [] as string[])),
  ];
}

test('the policy is in every page, before any script, with no unsafe-eval and no unsafe-inline scripts', async ({ request }) => {
  for (const path of [...SITE_PATHS, '/404.html']) {
    const response = await request.get(path);
    const html = await response.text();
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(policy, path).toBeDefined();
    expect(html.indexOf('http-equiv="Content-Security-Policy"'), path).toBeLessThan(html.indexOf('<script'));
    expect(policy, path).not.toContain('unsafe-eval');
    expect(
      policy!.split('; ').find((d) => d.startsWith('script-src ')),
      path,
    ).not.toContain('unsafe-inline');
    // What a <meta> cannot say comes as headers (scripts/serve.mjs as the static host; README "Deploying").
    expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
  }
});

// (eval cannot be tried from here: code the test runs through the DevTools protocol is exempt from
// the page's policy. scripts/check-no-eval.mjs keeps it out of the bundles instead.)
test('the policy is enforced: an injected inline script is refused and reported', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/');
  const injected = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.head.append(script);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(injected).toBe(false);
  await expect.poll(async () => (await violations()).some((v) => v.includes('script-src'))).toBe(true);
});

test('home, a lesson, search, the playground and its worker, a deck and the service worker run without a violation', async ({ page }) => {
  test.setTimeout(90_000);
  const violations = await watchViolations(page);

  await page.goto('/');
  // The service worker installs and takes control (registered after load and idle).
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.ready.then((r) => !!r.active)), { timeout: 30_000 }).toBe(true);

  await page.goto(`/lessons/${FIRST.slug}/`);
  await page.keyboard.press('Control+k');
  const search = page.getByRole('dialog', { name: 'Search the course' });
  await search.getByRole('combobox').fill('fargate spot');
  await expect(search.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Escape');
  // The lesson's diagram (React Flow) and quiz islands load as they come into view.
  await page.locator('[data-diagram-box]').first().scrollIntoViewIfNeeded();
  await expect(page.locator('[data-diagram-box][data-interactive="true"]').first()).toBeVisible({ timeout: 20_000 });

  await page.goto('/playground/');
  await expect(page.getByRole('status').filter({ hasText: /Simulated .* in \d+ ms \(in a Web Worker\)/ })).toBeVisible({
    timeout: 30_000,
  });

  for (const path of ['/practice/', '/review/', '/glossary/', '/progress/', '/present/', DECK]) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }

  expect(await violations()).toEqual([]);
});
