// After `next build`: give every exported page a Content-Security-Policy <meta> with no 'unsafe-eval'
// and no 'unsafe-inline' for scripts — each inline script (the theme script, the deck's data-deck-js
// flag, Next's bootstrap and RSC payload scripts) is allowed by its SHA-256 hash, computed from the
// built HTML. `node scripts/csp.mjs [site dir]`; running it again replaces the policy it wrote.
//
// A <meta> policy cannot carry frame-ancestors (browsers ignore it there), and X-Content-Type-Options
// is a header only: SITE_HEADERS below are what the static host must send (README "Deploying";
// deploy/security-headers.conf; scripts/serve.mjs sends them too).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The policy's fixed part; script-src gets the page's hashes. */
const DIRECTIVES = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'", // server-rendered style="" attributes (diagram boxes, sizes)
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** Headers for every response of the static host (a meta policy cannot say frame-ancestors). */
export const SITE_HEADERS = {
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
  'X-Frame-Options': 'DENY', // frame-ancestors for browsers that predate it
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
const INLINE_SCRIPT = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g;

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The page's policy: the fixed directives and script-src with a hash per inline script. */
export function policyFor(html) {
  const hashes = [...new Set([...html.replace(META, '').matchAll(INLINE_SCRIPT)].map((m) => sha256(m[1])))];
  return [DIRECTIVES[0], `script-src 'self' ${hashes.join(' ')}`.trim(), ...DIRECTIVES.slice(1)].join('; ');
}

/** `html` with its policy as the first thing after <meta charset>, before any script it governs. */
export function withPolicy(html) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}"/>`;
  const without = html.replace(META, '');
  const charset = without.match(/<meta charSet="utf-8"\/>|<meta charset="utf-8">/i);
  if (charset) return without.replace(charset[0], `${charset[0]}${meta}`);
  if (without.includes('<head>')) return without.replace('<head>', `<head>${meta}`);
  throw new Error('no <head> to put the Content-Security-Policy in');
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(full);
    else if (entry.name.endsWith('.html')) yield full;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out');
  let pages = 0;
  for (const file of htmlFiles(root)) {
    writeFileSync(file, withPolicy(readFileSync(file, 'utf8')));
    pages++;
  }
  console.log(`Content-Security-Policy written into ${pages} pages (script hashes, no 'unsafe-eval')`);
}
