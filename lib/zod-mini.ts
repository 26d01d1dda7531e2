/** zod/mini with its JIT off: `import * as z from '@/lib/zod-mini'` (see lib/zod.ts for why, and why a namespace). */
import { config } from 'zod/mini';

config({ jitless: true });

export * from 'zod/mini';
