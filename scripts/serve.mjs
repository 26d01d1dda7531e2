// A small static server for the exported site in out/: trailing-slash URLs, correct types, the 404 page.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { SITE_HEADERS } from './csp.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
  '.yaml': 'text/yaml',
};

export function serveStatic(root, port) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = '/';
    }
    const file = path.join(root, path.normalize(pathname));
    const encoding = pickEncoding(req.headers['accept-encoding']);
    const send = (status, f) => sendFile(res, status, f, encoding);
    if (!file.startsWith(root)) return send(404, path.join(root, '404.html'));
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(308, { Location: `${pathname}/${url.search}` });
        return res.end();
      }
      const index = path.join(file, 'index.html');
      if (existsSync(index)) return send(200, index);
    } else if (existsSync(file)) {
      return send(200, file);
    } else if (existsSync(`${file}.html`)) {
      return send(200, `${file}.html`);
    }
    return send(404, path.join(root, '404.html'));
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt', '.svg', '.webmanifest', '.yaml']);
const compressed = new Map();

/** Serve text compressed, as any CDN would, so page weight and Lighthouse measure what learners get. */
function pickEncoding(header = '') {
  if (/\bbr\b/.test(header)) return 'br';
  if (/\bgzip\b/.test(header)) return 'gzip';
  return null;
}

function sendFile(res, status, file, encoding) {
  if (!existsSync(file)) {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
    return res.end(status === 404 ? 'Not found' : '');
  }
  const ext = path.extname(file);
  const immutable = file.includes(`${path.sep}_next${path.sep}static${path.sep}`);
  const headers = {
    // As the static host sends them (README "Deploying"), so local runs and the tests see the same policy.
    ...SITE_HEADERS,
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
  };
  if (!encoding || !COMPRESSIBLE.has(ext)) {
    res.writeHead(status, headers);
    return createReadStream(file).pipe(res);
  }
  const key = `${encoding}:${file}:${statSync(file).mtimeMs}`;
  let body = compressed.get(key);
  if (!body) {
    const raw = readFileSync(file);
    body = encoding === 'br' ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } }) : gzipSync(raw, { level: 9 });
    compressed.set(key, body);
  }
  res.writeHead(status, { ...headers, 'Content-Encoding': encoding, 'Content-Length': body.length });
  res.end(body);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(process.argv[2] ?? 'out');
  const port = Number(process.env.PORT ?? 3000);
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`Nothing to serve: ${root}/index.html is missing. Run \`npm run build\` first.`);
    process.exit(1);
  }
  await serveStatic(root, port);
  console.log(`Stevedore is being served from ${path.relative(process.cwd(), root) || root} at http://localhost:${port}`);
}
