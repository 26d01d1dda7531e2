// Draws the web app manifest's PNG icons from the logo (app/icon.svg), with the browser the tests use:
// `node scripts/make-icons.mjs`. Run it again after changing the logo and commit the PNGs.
//   public/icons/icon-192.png, icon-512.png  the logo as it is (rounded square, transparent corners)
//   public/icons/maskable-512.png            full-bleed background, the mark inside the maskable safe zone
//   app/apple-icon.png                        180 px, full-bleed (iOS rounds the corners itself)
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';

const logo = readFileSync('app/icon.svg', 'utf8');
const background = /<rect width="32" height="32" rx="7" fill="([^"]+)"\/>/.exec(logo)?.[1];
const mark = /<g fill="#ffffff">[\s\S]*<\/g>/.exec(logo)?.[0];
if (!background || !mark) throw new Error('app/icon.svg: expected a 32×32 rounded rect and a <g fill="#ffffff"> mark');

/** The mark scaled about its centre (16, 19.5) onto a square background: scale 0.7 keeps it inside the 80 % safe circle. */
const fullBleed = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="${background}"/><g transform="translate(16 16) scale(${scale}) translate(-16 -19.5)">${mark}</g></svg>`;

const icons = [
  { file: 'public/icons/icon-192.png', size: 192, svg: logo },
  { file: 'public/icons/icon-512.png', size: 512, svg: logo },
  { file: 'public/icons/maskable-512.png', size: 512, svg: fullBleed(0.7) },
  { file: 'app/apple-icon.png', size: 180, svg: fullBleed(0.85) },
];

const browser = await chromium.launch({ executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined });
const page = await browser.newPage();
for (const { file, size, svg } of icons) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
  );
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file, omitBackground: true });
  console.log(`${file} (${size}×${size})`);
}
await browser.close();
