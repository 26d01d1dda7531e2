// Every internal link and anchor in the built site resolves, and every link that opens a new window
// (target=_blank) has rel="noopener" so the page it opens cannot reach back through window.opener:
// `node scripts/check-links.mjs [site dir]`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out');
const pages = new Map(); // url path → { ids }

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.html')) pages.set(full, readFileSync(full, 'utf8'));
  }
}
walk(root);

const idsOf = new Map();
const ids = (file) => {
  if (!idsOf.has(file)) idsOf.set(file, new Set([...(pages.get(file) ?? '').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  return idsOf.get(file);
};

/** The HTML file a URL path serves, as scripts/serve.mjs resolves it. */
function resolve(urlPath) {
  const file = path.join(root, decodeURIComponent(urlPath));
  if (existsSync(file) && statSync(file).isDirectory())
    return existsSync(path.join(file, 'index.html')) ? path.join(file, 'index.html') : null;
  if (existsSync(file)) return file;
  if (existsSync(`${file}.html`)) return `${file}.html`;
  return null;
}

const problems = [];
let checked = 0;
for (const [file, html] of pages) {
  if (file.endsWith(`${path.sep}404.html`) || file.includes(`${path.sep}_not-found`)) continue;
  const pagePath = `/${path
    .relative(root, file)
    .replace(/index\.html$/, '')
    .replace(/\\/g, '/')}`;
  for (const [tag] of html.matchAll(/<a\s[^>]*>/g)) {
    if (!/\starget="_blank"/.test(tag)) continue;
    const rel = tag.match(/\srel="([^"]*)"/)?.[1].split(/\s+/) ?? [];
    if (!rel.includes('noopener')) problems.push(`${pagePath}: ${tag} opens a new window without rel="noopener"`);
  }
  for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
    if (/^(https?:|mailto:|data:|blob:)/.test(href) || href.startsWith('//')) continue;
    checked++;
    const [target, hash] = href.split('#');
    const url = target === '' ? pagePath : new URL(target, `http://x${pagePath}`).pathname;
    const targetFile = resolve(url);
    if (!targetFile) {
      problems.push(`${pagePath}: link to ${href} — no such page`);
      continue;
    }
    if (hash && targetFile.endsWith('.html') && !ids(targetFile).has(decodeURIComponent(hash))) {
      problems.push(`${pagePath}: link to ${href} — no element with id "${hash}" there`);
    }
  }
}

// Every page in the sitemap names itself, at the sitemap's address, as canonical and as og:url: all
// three come from SITE_URL (lib/site.ts), so a deployment built with it set links to itself.
const sitemap = path.join(root, 'sitemap.xml');
if (existsSync(sitemap)) {
  const locs = [...readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  for (const loc of locs) {
    const file = resolve(new URL(loc).pathname);
    const html = file ? pages.get(file) : undefined;
    if (!html) {
      problems.push(`sitemap.xml: ${loc} — no such page`);
      continue;
    }
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    const ogUrl = html.match(/<meta property="og:url" content="([^"]+)"/)?.[1];
    if (canonical !== loc) problems.push(`${loc}: canonical is ${canonical ?? 'missing'}`);
    if (ogUrl !== loc) problems.push(`${loc}: og:url is ${ogUrl ?? 'missing'}`);
  }
  const robots = path.join(root, 'robots.txt');
  const robotsSitemap = existsSync(robots) ? readFileSync(robots, 'utf8').match(/^Sitemap: (\S+)/m)?.[1] : undefined;
  const expected = locs[0] && new URL('/sitemap.xml', locs[0]).href;
  if (robotsSitemap !== expected) problems.push(`robots.txt: Sitemap is ${robotsSitemap ?? 'missing'}, expected ${expected}`);
}

if (problems.length) {
  console.error(`${problems.length} link problem(s):\n${[...new Set(problems)].join('\n')}`);
  process.exit(1);
}
console.log(`links OK: ${checked} internal links on ${pages.size} pages resolve`);
