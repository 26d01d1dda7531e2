// First-load JavaScript of built pages: the gzip size of every <script src> an HTML file loads.
// `node scripts/page-weight.mjs [site dir] [page ...]`, e.g. `node scripts/page-weight.mjs out / /lessons/what-is-docker/`
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const [dir = 'out', ...pages] = process.argv.slice(2);
const targets = pages.length ? pages : ['/'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const page of targets) {
  const html = readFileSync(path.join(dir, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let raw = 0;
  let gz = 0;
  for (const src of srcs) {
    const file = readFileSync(path.join(dir, src.replace(/^\//, '')));
    raw += file.length;
    gz += gzipSync(file, { level: 9 }).length;
  }
  const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
  console.log(
    `${page}: ${srcs.length} scripts, ${kb(gz)} gzip (${kb(raw)} raw); inline scripts ${kb(inline)} gzip; HTML ${kb(gzipSync(html).length)} gzip`,
  );
}
