import { browser } from 'wxt/browser';
import { z } from 'zod/mini';

/**
 * Whether the background could not write the latest figures (storage full, a transaction aborted, the database
 * would not open). Tabs keep what they measured and send it again; the popup says that the figures it shows may
 * be behind. Kept in session storage: it describes this browser session only.
 */
export const storageFaultSchema = z.strictObject({
  v: z.literal(1),
  since: z.number(),
  detail: z.string().check(z.maxLength(200)),
});
export type StorageFault = z.infer<typeof storageFaultSchema>;

/**
 * Session storage only (gone with the browser session), read on the popup's first paint: one plain `get`, the
 * version inside the value (a value of another version reads as no fault).
 */
const KEY = 'storageFault';

export async function readStorageFault(): Promise<StorageFault | null> {
  try {
    const stored = await browser.storage.session.get(KEY);
    return storageFaultSchema.safeParse(stored[KEY]).data ?? null;
  } catch {
    return null;
  }
}

/**
 * What the background tells the popup: a fault as soon as a write fails, cleared by the next write that works.
 * Session storage is written only when the state changes (and once when a worker starts).
 */
export function createStorageFaultReporter(now: () => number) {
  let known: 'ok' | 'failing' | 'unknown' = 'unknown';
  return {
    failed(error: unknown) {
      if (known === 'failing') return Promise.resolve();
      known = 'failing';
      const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 200);
      const fault: StorageFault = { v: 1, since: now(), detail };
      return browser.storage.session.set({ [KEY]: fault }).catch(() => undefined);
    },
    ok() {
      if (known === 'ok') return Promise.resolve();
      known = 'ok';
      return browser.storage.session.remove(KEY).catch(() => undefined);
    },
  };
}
