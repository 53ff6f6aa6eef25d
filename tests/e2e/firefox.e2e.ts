import { describe, expect, inject, test } from 'vitest';
import type { DayRow } from '../../lib/db/database';
import { defaultSettings } from '../../lib/settings/schema';
import { launchFirefox } from './harness/firefox';

describe('Firefox ESR with the built Firefox extension', () => {
  test('the content script counts watching time on the feed and the limit prompt appears', async () => {
    const { browser, extensionPage } = await launchFirefox(inject('fixturePort'));
    try {
      const settings = defaultSettings();
      settings.limits.sites.tiktok.weekday.dailyMinutes = 0.5;
      settings.limits.sites.tiktok.weekend.dailyMinutes = 0.5;
      settings.prompts.nudge = false;
      await extensionPage.evaluate(async (value) => {
        const { browser: api } = globalThis as unknown as {
          browser: { storage: Record<'sync' | 'local', { set(items: object): Promise<void> }> };
        };
        const items = { settings: { settings: value, pending: [], updatedAt: Date.now() }, settings$: { v: 3 } };
        await Promise.all([api.storage.sync.set(items), api.storage.local.set(items)]);
      }, settings);

      const page = await browser.newPage();
      await page.goto('https://www.tiktok.com/foryou');
      await page.bringToFront();
      expect(await page.evaluate(() => [document.visibilityState, document.hasFocus()])).toEqual(['visible', true]);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('mindful-feed-prompt') !== null), {
          timeout: 45_000,
          interval: 500,
        })
        .toBe(true);
      expect(await page.evaluate(() => [...document.querySelectorAll('video')].every((video) => video.paused))).toBe(
        true,
      );
      const days = await extensionPage.evaluate(async () => {
        const db = await new Promise<IDBDatabase>((ok, fail) => {
          const request = indexedDB.open('mindful-feed');
          request.onsuccess = () => ok(request.result);
          request.onerror = () => fail(request.error);
        });
        return new Promise<DayRow[]>((ok) => {
          const request = db.transaction('days').objectStore('days').getAll();
          request.onsuccess = () => ok(request.result as DayRow[]);
        });
      });
      const tiktok = days.find((day) => day.site === 'tiktok');
      console.info(
        `Firefox: ${((tiktok?.activeMs ?? 0) / 1000).toFixed(2)} s stored when the 30 s limit prompt showed`,
      );
      expect(tiktok?.activeMs).toBeGreaterThanOrEqual(29_000);
      expect(tiktok?.activeMs).toBeLessThanOrEqual(32_000);
      expect(tiktok?.videos).toBeGreaterThanOrEqual(1);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
