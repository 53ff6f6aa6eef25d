import type { Page } from 'puppeteer-core';
import { describe, expect, inject, test } from 'vitest';
import type { DayRow } from '../../lib/db/database';
import { defaultSettings, SETTINGS_VERSION, type Settings } from '../../lib/settings/schema';
import { PHONE } from '../fixtures/devices';
import { launchFirefox } from './harness/firefox';
import { PROMPT_RECORDER, type PromptMarks } from './harness/prompts';
import { WATCH_RECORDER, type WatchMarks } from './harness/watching';

/** Writes settings as the options page does, from an extension page of the Firefox build. */
function writeFirefoxSettings(extensionPage: Page, settings: Settings): Promise<void> {
  return extensionPage.evaluate(
    async (value, version) => {
      const { browser: api } = globalThis as unknown as {
        browser: { storage: Record<'sync' | 'local', { set(items: object): Promise<void> }> };
      };
      const items = { settings: { settings: value, pending: [], updatedAt: Date.now() }, settings$: { v: version } };
      await Promise.all([api.storage.sync.set(items), api.storage.local.set(items)]);
    },
    settings,
    SETTINGS_VERSION,
  );
}

/** The extension's stored days, read from an extension page ([] before the database exists). */
function firefoxDays(extensionPage: Page): Promise<DayRow[]> {
  return extensionPage.evaluate(async () => {
    const names = await indexedDB.databases();
    if (!names.some((db) => db.name === 'mindful-feed')) return [];
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const request = indexedDB.open('mindful-feed');
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('days')) return [];
      return await new Promise<DayRow[]>((ok) => {
        const request = db.transaction('days').objectStore('days').getAll();
        request.onsuccess = () => ok(request.result as DayRow[]);
      });
    } finally {
      db.close();
    }
  });
}

describe('Firefox ESR with the built Firefox extension', () => {
  test('the content script counts watching time on the feed and the limit prompt appears', async () => {
    const { browser, extensionPage } = await launchFirefox(inject('fixturePort'));
    try {
      const settings = defaultSettings();
      settings.limits.sites.tiktok.weekday.dailyMinutes = 0.5;
      settings.limits.sites.tiktok.weekend.dailyMinutes = 0.5;
      settings.prompts.nudge = false;
      await writeFirefoxSettings(extensionPage, settings);

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
      const tiktok = (await firefoxDays(extensionPage)).find((day) => day.site === 'tiktok');
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

describe('Firefox ESR as a phone (Firefox for Android’s user agent, a 360 × 640 screen, touch as the pointer)', () => {
  test('the mobile layout is counted, the button is there to tap, and the limit comes on the next video', async () => {
    const { browser, extensionPage } = await launchFirefox(inject('fixturePort'), { phone: true });
    try {
      const settings = defaultSettings();
      settings.limits.sites.tiktok.weekday.dailyVideos = 1;
      settings.limits.sites.tiktok.weekend.dailyVideos = 1;
      settings.limits.all.weekday.sessionMinutes = null;
      settings.limits.all.weekend.sessionMinutes = null;
      settings.prompts.nudge = false;
      await writeFirefoxSettings(extensionPage, settings);

      const page = await browser.newPage();
      await page.setViewport({ width: PHONE.width, height: PHONE.height });
      await page.evaluateOnNewDocument(WATCH_RECORDER);
      await page.evaluateOnNewDocument(PROMPT_RECORDER);
      await page.goto('https://www.tiktok.com/foryou');
      await page.bringToFront();
      expect(
        await page.evaluate(() => [
          (window as { __fixture?: { layout?: string } }).__fixture?.layout,
          innerWidth,
          matchMedia('(pointer: coarse)').matches,
          navigator.userAgent,
        ]),
      ).toEqual(['mobile', PHONE.width, true, PHONE.userAgent]);
      // The first video counts once watched for a second (stored with the next heartbeat).
      await expect
        .poll(async () => (await firefoxDays(extensionPage)).find((day) => day.site === 'tiktok')?.videos, {
          timeout: 15_000,
          interval: 500,
        })
        .toBe(1);
      // The button is drawn once a finger touches the screen (here on the middle of the video: no control there).
      expect(await page.evaluate(() => document.querySelector('mindful-feed-controls') !== null)).toBe(false);
      await page.touchscreen.tap(PHONE.width / 2, PHONE.height / 2);
      await expect
        .poll(() => page.evaluate(() => document.querySelector('mindful-feed-controls') !== null), { timeout: 5_000 })
        .toBe(true);
      expect(await page.evaluate(() => document.querySelector('mindful-feed-prompt') !== null)).toBe(false);
      // One video a day: the limit covers the feed as the next one starts.
      await page.keyboard.press('ArrowDown');
      await expect
        .poll(() => page.evaluate(() => document.querySelector('mindful-feed-prompt') !== null), { timeout: 5_000 })
        .toBe(true);
      expect(await page.evaluate(() => [...document.querySelectorAll('video')].every((video) => video.paused))).toBe(
        true,
      );
      // Watched from the first frame to the prompt (nothing counts while it covers the feed), as the page saw it.
      const truth = await page.evaluate(() => {
        const { __watch, __prompt } = window as unknown as { __watch: WatchMarks; __prompt: PromptMarks };
        return ((__prompt.shown[0] ?? 0) - (__watch.firstPlaying ?? 0)) / 1000;
      });
      const stored = async () =>
        ((await firefoxDays(extensionPage)).find((day) => day.site === 'tiktok')?.activeMs ?? 0) / 1000;
      await expect.poll(stored, { timeout: 10_000, interval: 250 }).toBeGreaterThan(truth - 0.5);
      const seconds = await stored();
      console.info(`Firefox as a phone: truth ${truth.toFixed(2)} s, stored ${seconds.toFixed(2)} s, 1 video`);
      expect(Math.abs(seconds - truth)).toBeLessThanOrEqual(0.5);
    } finally {
      await browser.close();
    }
  }, 90_000);
});
