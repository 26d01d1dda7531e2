import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// lib/sim/index.ts is the engine's only public entry: nothing outside lib/sim reaches into its files.
const SIM_ENTRY_ONLY = {
  group: ['@/lib/sim/*', '**/lib/sim/*'],
  message: 'Import the engine from @/lib/sim (lib/sim/index.ts), its only public entry.',
};

// Schemas take z from lib/zod.ts or lib/zod-mini.ts, which turn zod's JIT off before any schema exists
// (the JIT and its feature probe run `new Function`, which the site's CSP forbids). Types are fine.
const ZOD_JITLESS = ['zod', 'zod/mini'].map((name) => ({
  name,
  allowTypeImports: true,
  message: `Use import * as z from '@/lib/${name === 'zod' ? 'zod' : 'zod-mini'}' (zod with its JIT off, as the CSP has no 'unsafe-eval'; a namespace import keeps zod's locales out of the bundle).`,
}));
const ZOD_WRAPPERS = ['lib/zod.ts', 'lib/zod-mini.ts'];
// ... and as a namespace: zod's `z` object brings every locale zod ships into the bundle (Turbopack keeps
// all of it), where `import * as z` keeps only what is used.
const ZOD_Z_OBJECT = {
  selector:
    "ImportDeclaration[importKind!='type'][source.value=/(^|\\/)zod(-mini)?$/] > ImportSpecifier[imported.name='z'][importKind!='type']",
  message: "Use import * as z from '@/lib/zod' (or zod-mini): zod's z object brings every locale zod ships into the bundle.",
};
const zodNamespace = { files: ['**/*.{ts,tsx,js,mjs}'], rules: { 'no-restricted-syntax': ['error', ZOD_Z_OBJECT] } };

const simBoundary = {
  files: ['**/*.{ts,tsx,js,mjs}'],
  ignores: ['lib/sim/**', ...ZOD_WRAPPERS],
  rules: { 'no-restricted-imports': ['error', { paths: ZOD_JITLESS, patterns: [SIM_ENTRY_ONLY] }] },
};

const simPurity = {
  files: ['lib/sim/**/*.ts'],
  // Tests may read presets and spawn the CLI; the engine itself may not.
  ignores: ['lib/sim/**/*.test.ts'],
  rules: {
    // The engine is a pure library shared by the CLI and the playground: no UI, no clock, no Math.random.
    'no-restricted-imports': [
      'error',
      {
        paths: ZOD_JITLESS,
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'lib/sim is pure: no React.' },
          { group: ['next', 'next/*'], message: 'lib/sim is pure: no Next.' },
          { group: ['@xyflow/*', 'zustand', 'zustand/*', 'uplot'], message: 'lib/sim is pure: no UI libraries.' },
          { group: ['node:*', 'fs', 'path', 'os', 'crypto'], message: 'lib/sim is pure: no Node APIs (the CLI in scripts/ does I/O).' },
          { group: ['@/components/*', '@/app/*', '@/lib/store/*'], message: 'lib/sim must not depend on the app.' },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      { name: 'window', message: 'lib/sim is pure: no DOM.' },
      { name: 'document', message: 'lib/sim is pure: no DOM.' },
      { name: 'localStorage', message: 'lib/sim is pure: no storage.' },
      { name: 'performance', message: 'lib/sim is pure: no clock.' },
    ],
    'no-restricted-properties': [
      'error',
      { object: 'Math', property: 'random', message: 'Use the seeded PRNG in the simulation state.' },
      { object: 'Date', property: 'now', message: 'lib/sim never reads the clock.' },
    ],
    'no-restricted-syntax': [
      'error',
      ZOD_Z_OBJECT,
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'lib/sim never reads the clock.' },
    ],
  },
};

// The diagram model (types, kinds, metrics, routes, schema) is shared by the build-time layout and
// the browser islands, so it stays free of Node and of the server loaders in lib/content.
const diagramModelPurity = {
  files: ['lib/diagram/**/*.ts'],
  ignores: ['lib/diagram/**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ZOD_JITLESS,
        patterns: [
          {
            group: ['node:*', 'fs', 'path', 'os', 'crypto', 'server-only'],
            message: 'lib/diagram is shared with the browser: no Node APIs.',
          },
          {
            group: ['@/lib/content/*', '../content/*', 'react', 'react/*', '@xyflow/*'],
            message: 'lib/diagram is the pure diagram model: no loaders, no UI.',
          },
          SIM_ENTRY_ONLY,
        ],
      },
    ],
  },
};

const diagramIslands = {
  files: ['components/diagram/**/*.{ts,tsx}'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: ZOD_JITLESS,
        patterns: [
          {
            group: ['@/lib/content/*', '!@/lib/content/*.server'],
            message: 'Diagram components take the model from lib/diagram; lib/content holds the server loaders.',
          },
          SIM_ENTRY_ONLY,
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      '.next-*/**',
      'out/**',
      'next-env.d.ts',
      'test-results/**',
      '.pw-*/**',
      'playwright-report/**',
      'screenshots/**',
      // The bare Next page the performance budgets compare against: its build output.
      'scripts/perf/bare-next/.next/**',
      'scripts/perf/bare-next/out/**',
      'scripts/perf/bare-next/next-env.d.ts',
    ],
  },
  simBoundary,
  zodNamespace,
  simPurity,
  diagramModelPurity,
  diagramIslands,
];

export default config;
