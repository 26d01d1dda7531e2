// Screenshots of pages in light and dark, desktop and phone width: `node scripts/screenshots.mjs [path ...]`.
// Expects the site served on BASE_URL (default http://localhost:3000); writes PNGs to screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/lessons/what-is-docker/', '/progress/'];
const full = process.env.FULL === '1';
mkdirSync('screenshots', { recursive: true });
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
for (const scheme of ['light', 'dark']) {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 780 }],
  ]) {
    const page = await browser.newPage({ viewport, colorScheme: scheme });
    for (const p of paths) {
      await page.goto(base + p, { waitUntil: 'networkidle' });
      const name = `${p.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}-${device}-${scheme}.png`;
      await page.screenshot({ path: `screenshots/${name}`, fullPage: full });
    }
    await page.close();
  }
}
await browser.close();
console.log('screenshots written to screenshots/');
