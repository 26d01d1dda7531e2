/**
 * zod, with its JIT off. Every schema in the site is built from this module (or lib/zod-mini.ts), never
 * from 'zod' directly (eslint.config.mjs):
 * - zod's JIT compiles object validators with `new Function`, and even its feature probe for that is a
 *   Content-Security-Policy violation (the site's CSP has no 'unsafe-eval'; scripts/csp.mjs). zod
 *   decides per schema when the schema is created, so the setting must run before any schema exists:
 *   importing from here guarantees it.
 * - Import it as a namespace, `import * as z from '@/lib/zod'`: Turbopack then keeps only what is used,
 *   where zod's `z` object drags every locale zod ships (about 54 KB gzip) into the page and the worker.
 */
import { config } from 'zod';

config({ jitless: true });

export * from 'zod';
