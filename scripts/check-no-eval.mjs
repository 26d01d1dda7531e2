// No eval and no Function constructor in the client bundles, so the Content-Security-Policy can leave
// out 'unsafe-eval': `node scripts/check-no-eval.mjs [site dir]` over <site>/_next/static/**/*.js.
// Libraries' guarded uses are allowed one by one below, each with why it never runs under our CSP.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(process.argv[2] ?? process.env.NEXT_DIST_DIR ?? 'out', '_next', 'static');

/** Code that compiles strings: eval(…), new Function, Function(…), or Function taken into a variable. */
const SUSPECT = /(?<![\w$.])eval\s*\(|(?<![\w$.])new\s+Function\b|(?<![\w$.])Function\s*\(|(?<![\w$.])[\w$]+\s*=\s*Function\s*[,;)]/g;

/** Known library code, matched around the suspect, with the reason it is safe. */
export const ALLOWED = [
  {
    library: 'core-js (Next’s polyfills, loaded only by browsers without ES modules)',
    pattern: /Function\("return this"\)\(\)/,
    why: 'finds the global object where globalThis is missing; modern browsers never load this file (nomodule)',
  },
  {
    library: 'core-js Reflect.construct polyfill (same file)',
    pattern: /var [\w$]+=Function,[\w$]+=[\w$]+\(\[\]\.concat\)/,
    why: 'keeps Function to call its .bind, never with a string',
  },
  {
    library: 'zod 4 (allowsEval probe)',
    pattern: /try\{return Function\(""\),!0\}catch\([\w$]+\)\{return!1\}/,
    why: 'a feature probe in try/catch, skipped entirely because the app sets z.config({ jitless: true }) (lib/zod.ts)',
  },
  {
    library: 'zod 4 (z.compile, its ahead-of-time compiler, in the z namespace the app imports)',
    pattern: /[\w$]+=Function,[\w$]+=`return \(input\) => \{/,
    why: 'runs only when z.compile(schema) is called, and the app never calls it (no z.compile in lib/ or components/)',
  },
  {
    library: 'zod 4 (Doc.compile, its JIT for object schemas)',
    pattern: /compile\(\)\{let [\w$]+=Function,/,
    why: 'only reached when the allowsEval probe succeeded; jitless mode never calls it',
  },
];

function* jsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* jsFiles(full);
    else if (entry.name.endsWith('.js')) yield full;
  }
}

/** Every suspect in `code` not inside one of the allowed library snippets, with some context. */
export function findEval(code) {
  const allowedSpans = ALLOWED.flatMap(({ pattern }) =>
    [...code.matchAll(new RegExp(pattern.source, 'g'))].map((m) => [m.index, m.index + m[0].length]),
  );
  return [...code.matchAll(SUSPECT)]
    .filter((m) => !allowedSpans.some(([start, end]) => m.index >= start && m.index < end))
    .map((m) => code.slice(Math.max(0, m.index - 60), m.index + 60).replace(/\s+/g, ' '));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = [];
  let files = 0;
  for (const file of jsFiles(root)) {
    files++;
    for (const context of findEval(readFileSync(file, 'utf8'))) problems.push(`${path.relative(process.cwd(), file)}: …${context}…`);
  }
  if (problems.length) {
    console.error(
      `${problems.length} use(s) of eval or the Function constructor in client code (the CSP has no 'unsafe-eval'):\n${problems.join('\n')}\n` +
        'Remove it, or if it is a library’s guarded feature probe, add it to ALLOWED in scripts/check-no-eval.mjs with the reason.',
    );
    process.exit(1);
  }
  console.log(`no eval: ${files} client scripts checked (${ALLOWED.length} known library probes allowed)`);
}
