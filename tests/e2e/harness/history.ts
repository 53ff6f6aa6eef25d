import type { History } from '../../../scripts/demo/history';
import type { ExtensionBrowser } from './launch';

/**
 * Writes days and totals into the extension's database in the browser, in one transaction: for the demo's history
 * and the store screenshots. The popup opens the database first, so it exists with every store of the schema.
 */
export async function writeHistory(browser: ExtensionBrowser, history: History): Promise<void> {
  const page = await browser.context.newPage();
  try {
    await page.goto(browser.extensionUrl('popup.html'));
    await page.waitForFunction(() => performance.getEntriesByName('mf-popup-ready').length > 0);
    await page.evaluate(async ({ days, totals }) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('mindful-feed');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      try {
        const tx = db.transaction(['days', 'totals'], 'readwrite');
        for (const day of days) tx.objectStore('days').put(day);
        for (const total of totals) tx.objectStore('totals').put(total);
        await new Promise<void>((done, fail) => {
          tx.oncomplete = () => done();
          tx.onerror = () => fail(tx.error);
          tx.onabort = () => fail(tx.error);
        });
      } finally {
        db.close();
      }
    }, history);
  } finally {
    await page.close();
  }
}
