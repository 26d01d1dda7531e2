import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// A separate NEXT_DIST_DIR build (see next.config.mjs) is exported into that folder instead of out/.
const SITE_DIR = process.env.NEXT_DIST_DIR ?? 'out';
const PORT = Number(process.env.E2E_PORT ?? 3100);
// Our machines have Debian's Chromium; use Playwright's own browser only where it is missing.
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
    // The site's service worker precaches the whole course (about 3 MB) once a page is idle: in every
    // test's fresh context that would load the machine and answer requests that tests route or
    // measure. Journeys run without it; e2e/offline.spec.ts turns it on and tests it.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined }, testIgnore: /performance\.spec\.ts$/ },
    // Frame-time measurements run alone, after everything else, so parallel tests do not steal frames.
    {
      name: 'performance',
      use: { ...devices['Desktop Chrome'], channel: undefined },
      testMatch: /performance\.spec\.ts$/,
      dependencies: ['chromium'],
    },
  ],
  webServer: {
    // The built site, exactly as it ships: run `npm run build` first (npm test does).
    command: `node scripts/serve.mjs ${SITE_DIR}`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
  },
});
