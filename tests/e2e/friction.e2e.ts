import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { defaultSettings } from '../../lib/settings/schema';
import { ExtensionBrowser } from './harness/launch';
import { allVideosPaused, PROMPT_RECORDER, promptHostPresent } from './harness/prompts';
import { screenshot } from './harness/screenshots';
import {
  siteUsage,
  storedDays,
  switchAway,
  WATCH_RECORDER,
  type WatchMarks,
  watchMarks,
  writeSettings,
} from './harness/watching';

/** A 15-second daily budget on TikTok, and past it "slow down and grey out" instead of the cover. */
function slowDownPastBudget() {
  const settings = defaultSettings();
  settings.limits.sites.tiktok.weekday.dailyMinutes = 0.25;
  settings.limits.sites.tiktok.weekend.dailyMinutes = 0.25;
  settings.limits.all.weekday.sessionMinutes = null;
  settings.limits.all.weekend.sessionMinutes = null;
  settings.prompts.nudge = false;
  settings.friction = { ...settings.friction, overBudget: 'slow-down', greyscale: true, slowSwipeSeconds: 3 };
  return settings;
}

const KEY_RECORDER = `(() => {
  window.__keys = [];
  addEventListener('keydown', () => window.__keys.push(Date.now()), true);
})();`;

/**
 * How colourful the active video looks on screen: the mean of max(r, g, b) − min(r, g, b) over its box in a
 * screenshot (0 for greyscale), decoded by the browser itself from the PNG.
 */
async function colourOnScreen(page: Page): Promise<number> {
  const box = await page.evaluate(() => {
    const rect = document.querySelector('video')?.getBoundingClientRect();
    return rect ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null;
  });
  if (!box) throw new Error('no video on screen');
  const png = await page.screenshot({ clip: box });
  // Decoded in the same tab: another tab in front would hide the feed.
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let sum = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r = 0, g = 0, b = 0] = [data[i], data[i + 1], data[i + 2]];
      sum += Math.max(r, g, b) - Math.min(r, g, b);
    }
    return sum / (data.length / 4);
  }, png.toString('base64'));
}

const layout = (page: Page) =>
  page.evaluate(() =>
    [document.body, document.querySelector('article'), document.querySelector('video')].map((element) =>
      JSON.stringify(element?.getBoundingClientRect()),
    ),
  );
const countdownPresent = (page: Page) => page.evaluate(() => document.querySelector('mindful-feed-slow') !== null);

describe('friction that slows instead of covering, in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeEach(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterEach(() => browser?.close());

  test('past the budget with "slow down and grey out": the feed greys, the next video waits uncounted, then plays', async () => {
    await writeSettings(browser, slowDownPastBudget());
    const page = await browser.context.newPage();
    for (const script of [WATCH_RECORDER, PROMPT_RECORDER, KEY_RECORDER]) await page.addInitScript(script);
    await page.goto('https://www.tiktok.com/foryou');
    await page.bringToFront();
    await page.waitForFunction(() => (window as { __watch?: WatchMarks }).__watch?.firstPlaying != null);
    const colourful = await colourOnScreen(page);
    const before = await layout(page);

    // Past the 15 s budget the colour drains (the pixels of a screenshot), nothing covers the feed, nothing moves.
    await expect.poll(() => colourOnScreen(page), { timeout: 30_000, interval: 500 }).toBeLessThan(2);
    console.info(`colour on screen (mean channel spread): ${colourful.toFixed(1)} before, greyed past the budget`);
    expect(colourful).toBeGreaterThan(30);
    expect(await promptHostPresent(page)).toBe(false);
    expect(await allVideosPaused(page)).toBe(false);
    expect(await layout(page)).toEqual(before);
    await screenshot(page, 'friction-grey-feed');

    // The next video waits 3 s, paused, with a quiet countdown; then it plays by itself.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => countdownPresent(page), { timeout: 2_000, interval: 50 }).toBe(true);
    expect(await allVideosPaused(page)).toBe(true);
    await screenshot(page, 'friction-slow-swipe');
    await expect.poll(() => allVideosPaused(page), { timeout: 6_000, interval: 50 }).toBe(false);
    const keyAt = (await page.evaluate(() => (window as unknown as { __keys: number[] }).__keys)).at(-1) ?? 0;
    const marks = await watchMarks(page);
    const playedAt = marks.played.filter((at) => at > keyAt).at(-1) ?? 0;
    const wait = (playedAt - keyAt) / 1000;
    console.info(`swipe past the budget → next video plays: ${wait.toFixed(2)} s`);
    expect(wait).toBeGreaterThanOrEqual(2.9);
    expect(wait).toBeLessThanOrEqual(3.6);
    expect(await countdownPresent(page)).toBe(false);
    expect(await colourOnScreen(page)).toBeLessThan(2);

    // Not counted during the wait: stored time is the page's own watching time less the wait.
    await page.waitForTimeout(3_000);
    await switchAway(browser);
    const truth = await watchMarks(page);
    const hiddenAt = truth.hidden.at(-1) ?? 0;
    const watched = (hiddenAt - (truth.firstPlaying ?? 0)) / 1000 - wait;
    await expect
      .poll(async () => (await siteUsage(browser, 'tiktok')).seconds, { timeout: 5_000 })
      .toBeGreaterThan(watched - 1);
    const stored = (await siteUsage(browser, 'tiktok')).seconds;
    console.info(
      `stored ${stored.toFixed(2)} s, watched ${watched.toFixed(2)} s (the ${wait.toFixed(2)} s wait not counted)`,
    );
    expect(Math.abs(stored - watched)).toBeLessThan(0.6);

    const kinds = (await storedDays(browser)).find((day) => day.site === 'tiktok')?.prompts.kinds;
    expect(kinds?.greyscale).toMatchObject({ shown: 1, continued: 1 });
    expect(kinds?.['slow-swipe']).toMatchObject({ shown: 1, continued: 1, left: 0 });
    expect(kinds?.greyscale?.watchedMs ?? 0).toBeGreaterThan(0);
  }, 90_000);

  test('with a videos budget, the video that goes over it waits too, as the next ones do', async () => {
    const settings = slowDownPastBudget();
    for (const day of ['weekday', 'weekend'] as const) {
      settings.limits.sites.tiktok[day] = { dailyMinutes: null, dailyVideos: 1, sessionMinutes: null };
    }
    await writeSettings(browser, settings);
    const page = await browser.context.newPage();
    for (const script of [WATCH_RECORDER, PROMPT_RECORDER]) await page.addInitScript(script);
    await page.goto('https://www.tiktok.com/foryou');
    await page.bringToFront();
    await page.waitForFunction(() => (window as { __watch?: WatchMarks }).__watch?.firstPlaying != null);
    // The one video the budget allows is counted (and the tab told to ask again on the next): it plays on.
    await expect.poll(async () => (await siteUsage(browser, 'tiktok')).videos, { timeout: 20_000 }).toBe(1);
    await page.waitForTimeout(500);
    expect(await allVideosPaused(page)).toBe(false);
    expect(await countdownPresent(page)).toBe(false);

    // Moving on: this video is over the budget, so it waits with the countdown and the feed greys.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => countdownPresent(page), { timeout: 2_000, interval: 50 }).toBe(true);
    expect(await allVideosPaused(page)).toBe(true);
    await expect.poll(() => colourOnScreen(page), { timeout: 5_000, interval: 250 }).toBeLessThan(2);
    await expect.poll(() => allVideosPaused(page), { timeout: 6_000, interval: 50 }).toBe(false);
    expect(await countdownPresent(page)).toBe(false);
    // It waited once: the decisions that follow while it plays leave it playing.
    await page.waitForTimeout(3_000);
    expect(await allVideosPaused(page)).toBe(false);
  }, 90_000);
});
