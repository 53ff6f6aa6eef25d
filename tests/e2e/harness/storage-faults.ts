import type { Page } from 'playwright-core';
import type { DayRow } from '../../../lib/db/database';
import type { ExtensionBrowser } from './launch';

/**
 * IndexedDB failures injected into one global scope of the running extension (its service worker, or a page before
 * its scripts run), the ways a device's storage really fails:
 * - quota: every put and add is refused with a QuotaExceededError, as on a full disk;
 * - abort: every write aborts its transaction (AbortError), rolling back what it had done;
 * - open: opening a database fails (an error event on the open request), as with a broken profile.
 * Reads on a connection already open keep working. A worker keeps its database connection open, so an open fault
 * only bites a worker that has not opened it yet (a restarted one).
 */
export type StorageFault = 'quota' | 'abort' | 'open';

interface FaultState {
  kind: StorageFault;
  /** Writes (or opens) refused so far: proof the extension really ran into the fault. */
  refused: number;
  /** The untouched `open`, for the test's own reads while the fault lasts. */
  open: IDBFactory['open'];
  lift(): void;
}

type FaultScope = typeof globalThis & { __storageFault?: FaultState };

/** Installs a fault in the scope it runs in. Self-contained: Playwright serialises it into the worker or page. */
export function installStorageFault(kind: StorageFault): void {
  const scope = globalThis as FaultScope;
  scope.__storageFault?.lift();
  const undo: (() => void)[] = [];
  const state: FaultState = {
    kind,
    refused: 0,
    open: IDBFactory.prototype.open,
    lift: () => {
      for (const step of undo.splice(0)) step();
      delete scope.__storageFault;
    },
  };
  type Method = (this: unknown, ...args: unknown[]) => unknown;
  const replace = (target: object, name: string, make: (original: Method) => Method) => {
    const methods = target as Record<string, Method>;
    const original = methods[name] as Method;
    methods[name] = make(original);
    undo.push(() => {
      methods[name] = original;
    });
  };
  if (kind === 'quota') {
    for (const name of ['put', 'add']) {
      replace(IDBObjectStore.prototype, name, () => () => {
        state.refused++;
        throw new DOMException('The quota has been exceeded (injected by the test).', 'QuotaExceededError');
      });
    }
  }
  if (kind === 'abort') {
    for (const name of ['put', 'add', 'delete', 'clear']) {
      replace(
        IDBObjectStore.prototype,
        name,
        (original) =>
          function (this: unknown, ...args: unknown[]) {
            const request = original.apply(this, args);
            state.refused++;
            (this as IDBObjectStore).transaction.abort();
            return request;
          },
      );
    }
  }
  if (kind === 'open') {
    replace(
      IDBFactory.prototype,
      'open',
      (original) =>
        function (this: unknown) {
          state.refused++;
          // A real open request that fails: a throwaway database whose creation is aborted, so nothing is left.
          const request = original.call(this, `storage-fault-${crypto.randomUUID()}`, 1) as IDBOpenDBRequest;
          request.addEventListener('upgradeneeded', (event) => {
            // Ahead of the caller's own listener, which must not upgrade the throwaway database.
            event.stopImmediatePropagation();
            request.transaction?.abort();
          });
          return request;
        },
    );
  }
  scope.__storageFault = state;
}

/** Breaks the extension's IndexedDB in its service worker (started if it was stopped). */
export async function injectWorkerFault(browser: ExtensionBrowser, kind: StorageFault): Promise<void> {
  await (await browser.worker()).evaluate(installStorageFault, kind);
}

/** Mends the worker's IndexedDB; returns how many writes (or opens) the fault refused. */
export async function liftWorkerFault(browser: ExtensionBrowser): Promise<number> {
  return (await browser.worker()).evaluate(() => {
    const state = (globalThis as FaultScope).__storageFault;
    state?.lift();
    return state?.refused ?? 0;
  });
}

/** Writes (or opens) the worker's fault has refused so far. */
export async function refusedInWorker(browser: ExtensionBrowser): Promise<number> {
  return (await browser.worker()).evaluate(() => (globalThis as FaultScope).__storageFault?.refused ?? 0);
}

/** An extension page opened with its IndexedDB broken from the start, brought to the front. */
export async function openFaultyPage(browser: ExtensionBrowser, path: string, kind: StorageFault): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(installStorageFault, kind);
  await page.goto(browser.extensionUrl(path));
  await page.bringToFront();
  return page;
}

/**
 * Seconds and videos stored for one site, read in the worker past any fault there (the test's read, not the
 * extension's): with an open fault the harness's own `readStore` could not open the database either.
 */
export async function storedDespiteFault(
  browser: ExtensionBrowser,
  site: string,
): Promise<{ seconds: number; videos: number }> {
  const rows = await (await browser.worker()).evaluate(async () => {
    const open = (globalThis as FaultScope).__storageFault?.open ?? IDBFactory.prototype.open;
    if (!(await indexedDB.databases()).some((db) => db.name === 'mindful-feed')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = open.call(indexedDB, 'mindful-feed');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<DayRow[]>((resolve, reject) => {
        const request = db.transaction('days').objectStore('days').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
  const ours = rows.filter((row) => row.site === site);
  return {
    seconds: ours.reduce((sum, row) => sum + row.activeMs, 0) / 1000,
    videos: ours.reduce((sum, row) => sum + row.videos, 0),
  };
}
