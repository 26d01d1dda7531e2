import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const w of [360, 480, 640, 700, 1024, 1280]) {
  const p = await b.newPage({ viewport: { width: w, height: 800 } });
  await p.goto('http://localhost:3202/lessons/what-is-docker/');
  const h = await p.evaluate(() => document.querySelector('header').getBoundingClientRect().height);
  console.log(w, h);
  await p.close();
}
await b.close();
