import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { ExportDocument } from '../../lib/export/format';
import { captureDownload, ExtensionBrowser } from './harness/launch';
import {
  injectWorkerFault,
  liftWorkerFault,
  openFaultyPage,
  refusedInWorker,
  type StorageFault,
  storedDespiteFault,
} from './harness/storage-faults';
import { openFeed, switchAway, type WatchMarks, watchFor, watchMarks } from './harness/watching';

/** Polls wait this long: a slow CI machine may take seconds for a message, a commit or a first paint. */
const SLOW = { timeout: 10_000 };

/** Seconds the feed tab was visible with its video playing: each stretch from shown (or first playing) to hidden. */
function visibleSeconds(marks: WatchMarks): number {
  const starts = [marks.firstPlaying ?? 0, ...marks.visible.filter((at) => at > (marks.firstPlaying ?? 0))];
  return starts.reduce((sum, start, index) => sum + ((marks.hidden[index] ?? start) - start), 0) / 1000;
}

async function exportedTikTokSeconds(browser: ExtensionBrowser, options: Page): Promise<number> {
  const download = await captureDownload(browser, () =>
    options.getByRole('button', { name: 'Export data (JSON)' }).click(),
  );
  const document = JSON.parse(await readFile(download.path, 'utf8')) as ExportDocument;
  return document.days.filter((day) => day.site === 'tiktok').reduce((sum, day) => sum + day.activeSeconds, 0);
}

// The whole extension origin's storage fails for a while, the ways a device's storage does (harness/storage-faults.ts).
describe('storage faults in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeEach(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterEach(() => browser?.close());

  test.each<StorageFault>(['quota', 'abort', 'open'])(
    '%s: nothing is stored while the fault lasts, no heartbeat is lost, the popup and export behave',
    async (fault) => {
      // Before the fault: a few seconds watched and stored.
      const feed = await openFeed(browser, 'https://www.tiktok.com/foryou');
      await watchFor(6_000);
      await switchAway(browser);
      const before = visibleSeconds(await watchMarks(feed));
      // Past what the last heartbeat (at most 5 s after the tracker started) can hold: the flush on hiding is in.
      await expect
        .poll(async () => (await storedDespiteFault(browser, 'tiktok')).seconds, SLOW)
        .toBeGreaterThan(before - 0.5);
      await watchFor(500);

      // The hidden tab sends nothing, so the fault is in place before the next message (a worker holds its
      // database open: the open fault needs a fresh worker).
      if (fault === 'open') await browser.stopWorker();
      await injectWorkerFault(browser, fault);
      const stored = await storedDespiteFault(browser, 'tiktok');
      await feed.bringToFront();
      await watchFor(12_000);
      await switchAway(browser);
      await watchFor(1_000);
      const refused = await refusedInWorker(browser);
      expect(refused, 'the extension tried to store during the fault').toBeGreaterThan(0);
      expect(await storedDespiteFault(browser, 'tiktok')).toEqual(stored);

      // While the fault lasts, the popup and the options page run into it too.
      const popup = await openFaultyPage(browser, 'popup.html', fault);
      if (fault === 'open') {
        const alert = popup.getByRole('alert');
        await expect.poll(() => alert.textContent(), SLOW).toMatch(/can’t read its data on this device/);
        console.info(`${fault}: the popup says "${await alert.textContent()}"`);
      } else {
        // Reads still work: the popup shows what was stored before the fault, and says it may be behind.
        const tiktok = popup.locator('section', { hasText: 'TikTok' }).first();
        // Written as every screen writes durations: whole minutes, "under 1 min" for a few seconds.
        const shown = stored.seconds < 60 ? 'under 1 min' : `${Math.floor(stored.seconds / 60)} min`;
        await expect.poll(() => tiktok.textContent(), SLOW).toContain(shown);
        const alert = popup.getByRole('alert');
        await expect.poll(() => alert.textContent(), SLOW).toMatch(/not been able to save your watching time since/);
        console.info(`${fault}: the popup says "${await alert.textContent()}"`);
      }
      await popup.close();
      const options = await openFaultyPage(browser, 'options.html', fault);
      if (fault === 'open') {
        // No database, no file: the page says so, and nothing is lost (below).
        await options.getByRole('button', { name: 'Export data (JSON)' }).click();
        const status = options.getByRole('status').filter({ hasText: /Could not export/ });
        await status.first().waitFor();
        console.info(`${fault}: the options page says "${await status.first().textContent()}"`);
      } else {
        expect(await exportedTikTokSeconds(browser, options)).toBeCloseTo(stored.seconds, 2);
      }
      await options.close();

      // The fault ends: what the tab kept is stored at its next heartbeat, none of it lost or counted twice.
      expect(await liftWorkerFault(browser)).toBeGreaterThanOrEqual(refused);
      await feed.bringToFront();
      await watchFor(6_000);
      await switchAway(browser);
      const marks = await watchMarks(feed);
      const truth = visibleSeconds(marks);
      await expect
        .poll(async () => (await storedDespiteFault(browser, 'tiktok')).seconds, SLOW)
        .toBeGreaterThan(truth - 1);
      await watchFor(500);
      const usage = await storedDespiteFault(browser, 'tiktok');
      console.info(
        `${fault}: ${refused} ${fault === 'open' ? 'opens' : 'writes'} refused; stored ${stored.seconds.toFixed(2)} s before and during the fault, ` +
          `${usage.seconds.toFixed(2)} s after; truth ${truth.toFixed(2)} s, error ${(usage.seconds - truth).toFixed(2)} s`,
      );
      expect(Math.abs(usage.seconds - truth)).toBeLessThanOrEqual(1);
      const [session] = await browser.readStore<{ appliedSeq: number; appliedAbove: number[] }>('pages');
      expect(session?.appliedAbove).toEqual([]);

      // The popup no longer warns once saving works again.
      const healed = await browser.openTab(browser.extensionUrl('popup.html'));
      await healed.locator('section', { hasText: 'TikTok' }).first().waitFor(SLOW);
      expect(await healed.getByRole('alert').count()).toBe(0);
      await healed.close();

      // And the export, with the fault gone, holds everything.
      const mended = await browser.openTab(browser.extensionUrl('options.html'));
      expect(await exportedTikTokSeconds(browser, mended)).toBeCloseTo(usage.seconds, 2);
    },
  );
});
