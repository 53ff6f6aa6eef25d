// What `import { z } from 'zod/mini'` means in the built extension: zod/mini with `jitless` set before any schema
// exists, as scripts/build/zod-jitless.ts does for full zod (the two share one core and its configuration).
import { z } from 'zod/v4/mini';

z.config({ jitless: true });

export * from 'zod/v4/mini';
export { z };
