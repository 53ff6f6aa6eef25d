import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { defaultSettings } from '../../lib/settings/schema';
import { ELSEWHERE_HOST, ExtensionBrowser } from './harness/launch';
import {
  accessibilityTree,
  allVideosPaused,
  clickAccessible,
  PROMPT_RECORDER,
  promptHostPresent,
} from './harness/prompts';
import { screenshot } from './harness/screenshots';
import { siteUsage, storedDays, WATCH_RECORDER, type WatchMarks, watchFor, writeSettings } from './harness/watching';

const CLIP = 'https://www.tiktok.com/@alice/video/7400000000000000101';

/** Records, in the page's clock, each arrow key press and when the card's host appears. */
const CARD_RECORDER = `(() => {
  const marks = { keys: [], card: [] };
  window.__card = marks;
  addEventListener('keydown', () => marks.keys.push(Date.now()), true);
  let present = false;
  new MutationObserver(() => {
    const now = !!document.querySelector('mindful-feed-clip');
    if (now && !present) marks.card.push(Date.now());
    present = now;
  }).observe(document, { childList: true, subtree: true });
})();`;

interface CardMarks {
  keys: number[];
  card: number[];
}

const cardMarks = (page: Page) => page.evaluate(() => (window as unknown as { __card: CardMarks }).__card);
const cardPresent = (page: Page) => page.evaluate(() => document.querySelector('mindful-feed-clip') !== null);

/** A friend's message on another site, its link to the clip followed with a real click. */
async function openFromAnotherSite(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  for (const script of [WATCH_RECORDER, PROMPT_RECORDER, CARD_RECORDER]) await page.addInitScript(script);
  await page.goto(`http://${ELSEWHERE_HOST}/__elsewhere?to=${encodeURIComponent(CLIP)}`);
  await page.bringToFront();
  await page.getByRole('link', { name: 'the clip' }).click();
  await page.waitForURL(CLIP);
  await page.waitForFunction(() => (window as { __watch?: WatchMarks }).__watch?.firstPlaying != null);
  return page;
}

describe('a clip someone sent, in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeEach(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterEach(() => browser?.close());

  test('opened from another site\'s link, then a swipe: the card says the feed starts here, and "Go back" returns', async () => {
    const page = await openFromAnotherSite(browser);
    await watchFor(3_000);
    expect(await cardPresent(page)).toBe(false);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => cardPresent(page), { timeout: 5_000, interval: 50 }).toBe(true);
    const marks = await cardMarks(page);
    const delay = (marks.card[0] ?? 0) - (marks.keys.at(-1) ?? 0);
    console.info(`swipe off a shared clip → card visible: ${delay} ms`);
    expect(delay).toBeLessThan(1_000);
    // A card, not a modal: the next video plays on under it (it may take a moment to start, the card can come first),
    // and nothing is a dialog.
    await expect.poll(() => allVideosPaused(page), { timeout: 5_000, interval: 50 }).toBe(false);
    const tree = await accessibilityTree(page);
    expect(tree.some((node) => node.role === 'dialog')).toBe(false);
    const buttons = tree.filter((node) => node.role === 'button').map((node) => node.name);
    expect(buttons.indexOf('Go back')).toBeGreaterThanOrEqual(0);
    expect(buttons.indexOf('Go back')).toBeLessThan(buttons.indexOf('Keep watching'));
    expect(tree.some((node) => node.name === 'That was the clip you opened')).toBe(true);
    await screenshot(page, 'shared-clip-card');
    // Still playing with the card up: the card never paused it.
    expect(await cardPresent(page)).toBe(true);
    expect(await allVideosPaused(page)).toBe(false);

    await clickAccessible(page, 'button', /^Go back$/);
    // Back where the link was (the page may come from the back-forward cache: no load event to wait for).
    await expect.poll(() => new URL(page.url()).host).toBe(ELSEWHERE_HOST);
    await page.getByRole('link', { name: 'the clip' }).waitFor();
    await expect
      .poll(async () => (await storedDays(browser)).find((day) => day.site === 'tiktok')?.prompts.kinds)
      .toMatchObject({ 'shared-clip': { shown: 1, left: 1, continued: 0 } });
  }, 60_000);

  test("past the day's budget the clip plays on and counts; the limit covers the feed on the next video", async () => {
    const settings = defaultSettings();
    settings.limits.sites.tiktok.weekday.dailyMinutes = 0;
    settings.limits.sites.tiktok.weekend.dailyMinutes = 0;
    await writeSettings(browser, settings);
    const page = await openFromAnotherSite(browser);
    await watchFor(7_000);
    expect(await promptHostPresent(page)).toBe(false);
    expect(await allVideosPaused(page)).toBe(false);
    await expect.poll(async () => (await siteUsage(browser, 'tiktok')).seconds, { timeout: 5_000 }).toBeGreaterThan(3);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => promptHostPresent(page), { timeout: 5_000, interval: 50 }).toBe(true);
    await expect.poll(() => allVideosPaused(page)).toBe(true);
    // The card gives way to the prompt that covers the feed.
    expect(await cardPresent(page)).toBe(false);
  }, 60_000);
});
