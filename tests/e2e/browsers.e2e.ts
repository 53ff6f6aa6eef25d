import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { defaultSettings } from '../../lib/settings/schema';
import { axeViolations } from './harness/axe';
import { ExtensionBrowser } from './harness/launch';
import { dialogNamed, PROMPT_RECORDER, promptHostPresent } from './harness/prompts';
import { overflowing, smallTargets } from './harness/screens';
import { storedDays, WATCH_RECORDER, type WatchMarks, writeSettings } from './harness/watching';

/**
 * "Your browsers" between two real Chromium profiles. Their storage.sync areas are not connected (no account in a
 * test), so the test plays the sync service: it copies one profile's shared records into the other's storage.sync,
 * where the extension sees them arrive through storage.onChanged, as it would from Chrome sync.
 */

type SyncArea = {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
};

async function sharedRecords(browser: ExtensionBrowser): Promise<Record<string, unknown>> {
  const worker = await browser.worker();
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: SyncArea } } };
    const items = await chrome.storage.sync.get(null);
    return Object.fromEntries(Object.entries(items).filter(([key]) => key.startsWith('share:')));
  });
}

/** What the sync service would do: the records of one profile arrive in the other's storage.sync. */
async function bridge(from: ExtensionBrowser, to: ExtensionBrowser): Promise<number> {
  const records = await sharedRecords(from);
  const worker = await to.worker();
  await worker.evaluate(async (items) => {
    const { chrome } = globalThis as unknown as { chrome: { storage: { sync: SyncArea } } };
    await chrome.storage.sync.set(items);
  }, records);
  return Object.keys(records).length;
}

/** One video a day for all feeds together, and no other prompt in the way. */
function oneVideoForAllFeeds() {
  const settings = defaultSettings();
  for (const day of ['weekday', 'weekend'] as const) {
    settings.limits.all[day].dailyVideos = 1;
    settings.limits.all[day].sessionMinutes = null;
  }
  settings.prompts.nudge = false;
  return settings;
}

async function turnOnInOptions(browser: ExtensionBrowser, option: string, turnedOn: RegExp): Promise<Page> {
  const options = await browser.openTab(browser.extensionUrl('options.html'));
  const checkbox = options.getByRole('checkbox', { name: option });
  expect(await checkbox.isChecked()).toBe(false);
  await checkbox.click();
  await expect
    .poll(() => options.getByRole('status').allTextContents())
    .toContainEqual(expect.stringMatching(turnedOn));
  return options;
}

async function openFeed(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(WATCH_RECORDER);
  await page.addInitScript(PROMPT_RECORDER);
  await page.goto('https://www.tiktok.com/foryou');
  await page.bringToFront();
  await page.waitForFunction(() => (window as { __watch?: WatchMarks }).__watch?.firstPlaying != null);
  return page;
}

/** The part of a screen this feature adds: axe-clean, 44 px targets, nothing sideways at a phone's width. */
async function accessibleAtBothWidths(page: Page, part: string): Promise<void> {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 800 });
    expect(await axeViolations(page), `${part} at ${width} px`).toEqual([]);
    expect(await smallTargets(page), `${part} at ${width} px`).toEqual([]);
    if (width === 360) expect(await overflowing(page), `${part} at ${width} px`).toEqual([]);
  }
}

const tiktokVideos = async (browser: ExtensionBrowser) =>
  (await storedDays(browser)).find((day) => day.site === 'tiktok')?.videos ?? 0;

describe('one budget across two browsers (storage.sync bridged by the test)', () => {
  let laptop: ExtensionBrowser;
  let desktop: ExtensionBrowser;
  beforeAll(async () => {
    laptop = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
    desktop = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort'), lang: 'zh-CN' });
  }, 60_000);
  afterAll(async () => {
    await laptop?.close();
    await desktop?.close();
  });

  test('the budget used on the first browser shows the limit prompt in the second', async () => {
    await writeSettings(laptop, oneVideoForAllFeeds());
    await writeSettings(desktop, oneVideoForAllFeeds());
    // The option, off until turned on, in each browser's language, with its privacy words.
    const laptopOptions = await turnOnInOptions(
      laptop,
      'Add up my watching from my other browsers (through my browser’s sync)',
      /^Turned on\./,
    );
    expect(await laptopOptions.locator('#share-privacy p').first().textContent()).toMatch(
      /^What is shared: for each day and site, the seconds and videos watched, and which limits were met.+Nothing else leaves your device\./,
    );
    const desktopOptions = await turnOnInOptions(
      desktop,
      '把我在其他浏览器上的观看加在一起（通过浏览器的同步功能）',
      /^已开启/,
    );
    expect(await desktopOptions.locator('#share-privacy p').first().textContent()).toMatch(
      /^共享什么：每天每个网站的观看秒数和视频数，以及达到了哪些限制.+其他任何内容都不会离开你的设备。/,
    );
    const name = laptopOptions.getByLabel('This browser’s name');
    await name.fill('Work laptop');
    await laptopOptions.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => laptopOptions.getByRole('status').allTextContents()).toContain('Name saved: Work laptop.');
    await accessibleAtBothWidths(laptopOptions, '#browsers');

    // The desktop is on the feed and has watched its one video: no prompt while it plays.
    const onDesktop = await openFeed(desktop);
    await expect.poll(() => tiktokVideos(desktop), { timeout: 15_000 }).toBe(1);
    expect(await promptHostPresent(onDesktop)).toBe(false);

    // The laptop watches its video and moves on: the budget for all feeds is used up there, and shared at once.
    const onLaptop = await openFeed(laptop);
    await expect.poll(() => tiktokVideos(laptop), { timeout: 15_000 }).toBe(1);
    await onLaptop.keyboard.press('ArrowDown');
    await expect.poll(() => promptHostPresent(onLaptop), { timeout: 10_000 }).toBe(true);
    const metAt = Date.now();
    await expect
      .poll(async () => JSON.stringify(await sharedRecords(laptop)), { timeout: 10_000 })
      .toMatch(/"met":\["all:daily-videos"\]/);
    const shared = await sharedRecords(laptop);
    const record = Object.values(shared)[0] as { name: string; sites: { tiktok?: { n: number } } };
    expect(record.name).toBe('Work laptop');
    expect(record.sites.tiktok?.n).toBeGreaterThanOrEqual(1);
    console.info(`limit met → shared record in storage.sync: ${((Date.now() - metAt) / 1000).toFixed(2)} s`);

    // Sync brings the laptop's record to the desktop (through storage.onChanged). A feed opened there now is covered
    // at once: its 1 video and the laptop's 1 are past the 1 for all feeds.
    expect(await bridge(laptop, desktop)).toBe(1);
    const openedAt = Date.now();
    const again = await desktop.context.newPage();
    await again.addInitScript(PROMPT_RECORDER);
    await again.goto('https://www.tiktok.com/following');
    await again.bringToFront();
    await expect.poll(() => promptHostPresent(again), { timeout: 10_000, interval: 250 }).toBe(true);
    console.info(`feed opened in the other browser → limit prompt: ${((Date.now() - openedAt) / 1000).toFixed(2)} s`);
    // The all-feeds limit of one video, in the desktop's language.
    expect(await dialogNamed(again, /^今天的 1 个视频已经看完了$/)).toBeDefined();
    // The desktop's own rows hold its own video only.
    expect(await tiktokVideos(desktop)).toBe(1);

    // Its popup tells the two apart.
    const popup = await desktop.openTab(desktop.extensionUrl('popup.html'));
    await expect
      .poll(() => popup.locator('.mf-browsers dt').allTextContents())
      .toEqual([
        expect.stringMatching(/^这个浏览器（.+）$/),
        expect.stringMatching(/^Work laptop，截至 /),
        '你的所有浏览器',
      ]);
  }, 120_000);
});
