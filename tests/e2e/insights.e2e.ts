import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { currentTimeZone, localDate } from '../../lib/tracking/local-time';
import { demoHistory } from '../../scripts/demo/history';
import { axeViolations } from './harness/axe';
import { writeHistory } from './harness/history';
import { ExtensionBrowser } from './harness/launch';
import { overflowing, smallTargets } from './harness/screens';
import { screenshot } from './harness/screenshots';

const MINUTE = 60_000;

/** A watching session of 12 minutes (all feeds) that ended 20 minutes ago, as the background keeps it. */
async function writeEndedSession(browser: ExtensionBrowser): Promise<number> {
  const page = await browser.openTab(browser.extensionUrl('done.html'));
  const start = Date.now() - 32 * MINUTE;
  await page.evaluate(
    async (intervals) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('mindful-feed');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      const tx = db.transaction('coverage', 'readwrite');
      tx.objectStore('coverage').put({ scope: 'all', intervals });
      await new Promise<void>((done, fail) => {
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    },
    [{ start, end: start + 12 * MINUTE }],
  );
  await page.close();
  return start;
}

async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const popup = await browser.openTab(browser.extensionUrl('popup.html'));
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.locator('#mf-today').waitFor();
  return popup;
}

describe('"Was that worth it?" and the insights page in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
    await writeHistory(browser, demoHistory({ today: localDate(Date.now(), currentTimeZone()) }));
  });
  afterAll(() => browser?.close());

  test('after a session of 12 minutes has ended, the popup asks once; one tap answers; the share shows after', async () => {
    await writeEndedSession(browser);
    const popup = await openPopup(browser);
    const question = popup.getByRole('region', { name: 'Was that worth it?' });
    await question.getByText(/^Your last session: 12 min of watching, until /).waitFor();
    await question.getByRole('button', { name: 'Worth it' }).click();
    await question.getByRole('status').getByText('Noted: “Worth it”. Thank you.').waitFor();
    await popup.close();

    const again = await openPopup(browser);
    const share = again.getByRole('region', { name: 'Worth it?' });
    await share.getByText(/^100% of the sessions you rated in the last 30 days felt worth it \(1 of 1\)\.$/).waitFor();
    expect(await again.getByRole('button', { name: 'Worth it' }).count()).toBe(0);
    await again.close();
  });

  test('the popup opens the insights page in a tab; it starts an experiment, reads without sideways scrolling, axe 0', async () => {
    const popup = await openPopup(browser);
    const [insights] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Insights and the 14-day experiment' }).click(),
    ]);
    expect(insights.url()).toBe(browser.extensionUrl('insights.html'));
    await insights.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();
    await insights.getByRole('heading', { level: 3, name: 'Last 30 days' }).waitFor();
    await insights.setViewportSize({ width: 1280, height: 800 });
    // The demo history's five weeks: the first week is there to compare with.
    await insights.getByText(/vs your first week$/).waitFor();

    await insights.getByRole('checkbox', { name: /Ask what I came for/ }).check();
    await insights.getByRole('button', { name: 'Start the 14-day experiment' }).click();
    await insights.getByText(/^Day 1 of 14\. Today’s style: /).waitFor();
    await insights.getByText('Too early to say: each style needs at least 3 finished days.').waitFor();
    const stored = await (await browser.worker()).evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      };
      return (await chrome.storage.local.get('experiment')).experiment as { assignments: { style: string }[] };
    });
    expect(stored.assignments).toHaveLength(14);
    expect(new Set(stored.assignments.map((day) => day.style)).size).toBe(3);

    for (const width of [1280, 360]) {
      await insights.setViewportSize({ width, height: 800 });
      if (width === 360) expect(await overflowing(insights)).toEqual([]);
      expect(await smallTargets(insights), `${width} px`).toEqual([]);
      for (const colorScheme of ['light', 'dark'] as const) {
        await insights.emulateMedia({ colorScheme });
        expect(await axeViolations(insights), `${width} px, ${colorScheme}`).toEqual([]);
      }
      await insights.emulateMedia({ colorScheme: 'light' });
    }
    await insights.setViewportSize({ width: 1280, height: 1000 });
    await insights.evaluate(() => window.scrollTo(0, 0));
    await screenshot(insights, 'insights');
    await insights.close();
    await popup.close();
  });
});
