// What `import { z } from 'zod'` means in the built extension (wxt.config.ts aliases it here): zod with `jitless`
// set before any schema exists. Without it, zod probes `new Function('')` when its first object schema is made,
// which extension pages' CSP forbids (and reports), and which store linters flag. Tests use zod as it is.
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z };
