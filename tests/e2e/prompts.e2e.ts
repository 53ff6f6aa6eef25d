import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { DayRow } from '../../lib/db/database';
import { defaultSettings, type Settings } from '../../lib/settings/schema';
import { ExtensionBrowser } from './harness/launch';
import {
  accessibilityTree,
  accessibleText,
  allVideosPaused,
  button,
  dialogNamed,
  PROMPT_RECORDER,
  promptHostPresent,
  promptMarks,
  tabTo,
} from './harness/prompts';
import { screenshot } from './harness/screenshots';
import { storedDays, WATCH_RECORDER, type WatchMarks, watchFor, watchMarks, writeSettings } from './harness/watching';

function settingsWith(edit: (settings: Settings) => void): Settings {
  const settings = defaultSettings();
  edit(settings);
  return settings;
}

const tiktokLimit = (minutes: number) =>
  settingsWith((s) => {
    s.limits.sites.tiktok.weekday.dailyMinutes = minutes;
    s.limits.sites.tiktok.weekend.dailyMinutes = minutes;
    s.limits.all.weekday.sessionMinutes = null;
    s.limits.all.weekend.sessionMinutes = null;
    s.prompts.nudge = false;
  });

/**
 * A one-video daily budget on TikTok: the limit comes on moving on from the first video (see `pastTheBudget`), so a
 * scenario need not wait 30 s.
 */
const tiktokOneVideo = () =>
  settingsWith((s) => {
    s.limits.sites.tiktok.weekday.dailyVideos = 1;
    s.limits.sites.tiktok.weekend.dailyVideos = 1;
    s.limits.all.weekday.sessionMinutes = null;
    s.limits.all.weekend.sessionMinutes = null;
    s.prompts.nudge = false;
  });

async function openWatched(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.addInitScript(WATCH_RECORDER);
  await page.addInitScript(PROMPT_RECORDER);
  await page.goto(url);
  await page.bringToFront();
  await page.waitForFunction(() => (window as { __watch?: WatchMarks }).__watch?.firstPlaying != null);
  return page;
}

/** Watches the first video until it counts (the budget's last: it plays on), then moves on to the next. */
async function pastTheBudget(browser: ExtensionBrowser, page: Page): Promise<void> {
  await expect
    .poll(async () => (await storedDays(browser)).find((day) => day.site === 'tiktok')?.videos, { timeout: 15_000 })
    .toBe(1);
  expect(await promptHostPresent(page)).toBe(false);
  await page.keyboard.press('ArrowDown');
}

async function outcomes(browser: ExtensionBrowser, site: string): Promise<DayRow['prompts'] | undefined> {
  return (await storedDays(browser)).find((day) => day.site === site)?.prompts;
}

describe('break prompts in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeEach(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterEach(() => browser?.close());

  test('a 30-second limit: the prompt covers the feed within 1 s, pauses it, and resists the page', async () => {
    await writeSettings(browser, tiktokLimit(0.5));
    const page = await openWatched(browser, 'https://www.tiktok.com/foryou');
    const layout = () =>
      page.evaluate(() =>
        [document.body, document.querySelector('article'), document.querySelector('video')].map((element) =>
          JSON.stringify(element?.getBoundingClientRect()),
        ),
      );
    const before = await layout();
    await expect.poll(() => promptHostPresent(page), { timeout: 40_000, interval: 250 }).toBe(true);
    expect(await layout()).toEqual(before);
    await screenshot(page, 'prompt-limit');
    const watched = await watchMarks(page);
    const shown = (await promptMarks(page)).shown[0] ?? 0;
    const delay = (shown - ((watched.firstPlaying ?? 0) + 30_000)) / 1000;
    console.info(`limit crossed → prompt visible: ${delay.toFixed(2)} s`);
    expect(delay).toBeGreaterThanOrEqual(-0.2);
    expect(delay).toBeLessThanOrEqual(1);
    expect(await allVideosPaused(page)).toBe(true);
    expect(await dialogNamed(page, /^You’ve watched your 0\.5 min of TikTok for today$/)).toBeDefined();

    // The page cannot read the prompt, nor dismiss it with synthetic clicks or keys, nor restart the video for long.
    const attempt = await page.evaluate(() => {
      const host = document.querySelector('mindful-feed-prompt') as HTMLElement;
      const box = host.getBoundingClientRect();
      for (const target of [host, document.elementFromPoint(box.width / 2, box.height / 2), document.body]) {
        target?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
        target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
        target?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      }
      document.querySelector('video')?.play();
      return { shadowRoot: host.shadowRoot, text: host.textContent };
    });
    expect(attempt).toEqual({ shadowRoot: null, text: '' });
    await watchFor(500);
    expect(await promptHostPresent(page)).toBe(true);
    expect(await allVideosPaused(page)).toBe(true);

    // Removing our host brings the prompt back, with the video still paused.
    await page.evaluate(() => document.querySelector('mindful-feed-prompt')?.remove());
    await expect.poll(() => promptHostPresent(page)).toBe(true);
    expect(await allVideosPaused(page)).toBe(true);
    await expect.poll(() => outcomes(browser, 'tiktok')).toMatchObject({ shown: { limit: 1 } });
  }, 60_000);

  test('keyboard: focus starts on "I\'m done", which leaves the feed; a second tab on the site is covered too', async () => {
    await writeSettings(browser, tiktokOneVideo());
    const first = await openWatched(browser, 'https://www.tiktok.com/foryou');
    await pastTheBudget(browser, first);
    await expect.poll(() => promptHostPresent(first), { timeout: 5_000 }).toBe(true);
    const second = await browser.context.newPage();
    await second.addInitScript(PROMPT_RECORDER);
    await second.goto('https://www.tiktok.com/following');
    await second.bringToFront();
    await expect.poll(() => promptHostPresent(second), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => allVideosPaused(second)).toBe(true);
    const focused = (await accessibilityTree(second)).find((node) => node.focused && node.role === 'button');
    expect(focused?.name).toMatch(/I.m done/);
    // It says what it does.
    expect(await accessibleText(second, /^“I’m done” closes this tab/)).toBe(true);
    // Enter presses a button on key down; the tab may close before a key up could reach it.
    await second.keyboard.down('Enter');
    await expect.poll(() => second.isClosed()).toBe(true);
    await expect.poll(() => outcomes(browser, 'tiktok')).toMatchObject({ left: 1 });
    await first.close();
  }, 60_000);

  test('"I\'m done" in the last tab of a window leaves it on the "Done for now" page instead of closing the window', async () => {
    await writeSettings(browser, tiktokOneVideo());
    const worker = await browser.worker();
    type Chrome = {
      windows: { create(options: object): Promise<{ id: number }> };
      tabs: { query(filter: object): Promise<unknown[]> };
    };
    const opened = browser.context.waitForEvent('page', {
      predicate: (candidate) => candidate.url().includes('tiktok.com'),
    });
    // A window of its own with the feed as its only tab.
    const windowId = await worker.evaluate(
      async () =>
        (
          await (globalThis as unknown as { chrome: Chrome }).chrome.windows.create({
            url: 'https://www.tiktok.com/foryou',
            focused: true,
          })
        ).id,
    );
    const page = await opened;
    await page.bringToFront();
    await pastTheBudget(browser, page);
    await expect.poll(() => promptHostPresent(page), { timeout: 5_000 }).toBe(true);
    await page.keyboard.down('Enter');
    await expect.poll(() => page.url(), { timeout: 5_000 }).toBe(browser.extensionUrl('done.html'));
    await page.getByRole('heading', { level: 1, name: 'Done for now' }).waitFor();
    const tabsLeft = await worker.evaluate(
      async (id) => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ windowId: id })).length,
      windowId,
    );
    expect(tabsLeft).toBe(1);
    await expect.poll(() => outcomes(browser, 'tiktok')).toMatchObject({ left: 1 });
    await screenshot(page, 'done-for-now');
  }, 60_000);

  test('a snooze lifts the limit and it comes back by itself when the snooze ends', async () => {
    const settings = tiktokOneVideo();
    settings.snooze.minutes = 0.25;
    await writeSettings(browser, settings);
    const page = await openWatched(browser, 'https://www.tiktok.com/foryou');
    await pastTheBudget(browser, page);
    await expect.poll(() => promptHostPresent(page), { timeout: 5_000 }).toBe(true);
    await tabTo(page, /snooze/i);
    await page.keyboard.press('Enter');
    const snoozedAt = await page.evaluate(() => Date.now());
    // The video the limit paused plays on, and a toast says until when.
    await expect.poll(() => allVideosPaused(page), { timeout: 2_000 }).toBe(false);
    await expect
      .poll(() => accessibleText(page, /^Snoozed until \d{1,2}:\d{2}\s?[AP]M$/), { timeout: 2_000 })
      .toBe(true);
    await screenshot(page, 'prompt-snoozed');
    await expect.poll(() => dialogNamed(page, /TikTok/), { timeout: 25_000, interval: 250 }).toBeDefined();
    const marks = await promptMarks(page);
    const back = (marks.shown.at(-1) ?? 0) - snoozedAt;
    console.info(`snooze of 15 s → limit back after ${(back / 1000).toFixed(2)} s`);
    expect(back).toBeGreaterThanOrEqual(14_000);
    expect(back).toBeLessThanOrEqual(16_500);
    expect((await accessibilityTree(page)).some((node) => /1 snooze left today/.test(node.name))).toBe(true);
    await expect.poll(() => outcomes(browser, 'tiktok')).toMatchObject({ shown: { limit: 2 }, snoozed: 1 });
  }, 90_000);

  test('the breathing pause keeps "Continue" disabled for its whole breath', async () => {
    const settings = settingsWith((s) => {
      s.limits.all.weekday.sessionMinutes = 0.5;
      s.limits.all.weekend.sessionMinutes = 0.5;
      s.prompts.breathSeconds = 5;
    });
    await writeSettings(browser, settings);
    const page = await openWatched(browser, 'https://www.youtube.com/shorts/kJ3vQz8LpTw');
    await expect.poll(() => dialogNamed(page, /pause/i), { timeout: 40_000 }).toBeDefined();
    const shownAt = (await promptMarks(page)).shown[0] ?? 0;
    expect(await allVideosPaused(page)).toBe(true);
    expect((await button(page, /^continue/i))?.disabled).toBe(true);
    await screenshot(page, 'prompt-breathing');
    await expect.poll(async () => (await button(page, /^continue/i))?.disabled, { timeout: 8_000 }).toBe(false);
    const enabledAfter = (await page.evaluate(() => Date.now())) - shownAt;
    console.info(`breath of 5 s → Continue enabled after ${(enabledAfter / 1000).toFixed(2)} s`);
    expect(enabledAfter).toBeGreaterThanOrEqual(5_000);
    await tabTo(page, /^continue/i);
    await page.keyboard.press('Enter');
    await expect.poll(() => promptHostPresent(page)).toBe(false);
    await expect
      .poll(() => outcomes(browser, 'youtube-shorts'))
      .toMatchObject({ shown: { breathing: 1 }, continued: 1 });
  }, 60_000);

  test('quiet hours set around the current time cover the feed at once', async () => {
    const now = new Date();
    const hh = (date: Date) =>
      `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
    const settings = settingsWith((s) => {
      s.quietHours = {
        enabled: true,
        start: hh(new Date(now.getTime() - 60 * 60_000)),
        end: hh(new Date(now.getTime() + 60 * 60_000)),
        days: [0, 1, 2, 3, 4, 5, 6],
      };
    });
    await writeSettings(browser, settings);
    const page = await browser.context.newPage();
    await page.addInitScript(PROMPT_RECORDER);
    const openedAt = Date.now();
    await page.goto('https://www.instagram.com/reels/');
    await page.bringToFront();
    await expect.poll(() => promptHostPresent(page), { timeout: 5_000 }).toBe(true);
    console.info(`quiet hours: covered ${((Date.now() - openedAt) / 1000).toFixed(2)} s after opening`);
    expect(await dialogNamed(page, /quiet/i)).toBeDefined();
    await expect.poll(() => allVideosPaused(page)).toBe(true);
    await screenshot(page, 'prompt-quiet-hours');
  });

  test('on YouTube only Shorts is covered: the home page stays free, Shorts is covered on arrival, leaving uncovers', async () => {
    const settings = settingsWith((s) => {
      s.quietHours = { enabled: true, start: '00:00', end: '23:59', days: [0, 1, 2, 3, 4, 5, 6] };
    });
    await writeSettings(browser, settings);
    const page = await browser.context.newPage();
    await page.addInitScript(PROMPT_RECORDER);
    await page.goto('https://www.youtube.com/');
    await page.bringToFront();
    await watchFor(2_000);
    expect(await promptHostPresent(page)).toBe(false);
    await page.getByTitle('Shorts').first().click();
    const arrived = Date.now();
    await expect.poll(() => promptHostPresent(page), { timeout: 5_000 }).toBe(true);
    console.info(`YouTube home → Shorts: covered ${((Date.now() - arrived) / 1000).toFixed(2)} s after arriving`);
    await page.evaluate(() => history.back());
    await expect.poll(() => new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => promptHostPresent(page), { timeout: 5_000 }).toBe(false);
  });

  test('with no snoozes left, continuing needs the typed phrase, and is recorded as an override', async () => {
    const settings = tiktokOneVideo();
    settings.snooze.perDay = 0;
    await writeSettings(browser, settings);
    const page = await openWatched(browser, 'https://www.facebook.com/reel/1020112310713480');
    await expect.poll(() => promptHostPresent(page), { timeout: 40_000 }).toBe(false);
    // The limit is TikTok's: Facebook stays free. Now TikTok, where it applies.
    const tiktok = await openWatched(browser, 'https://www.tiktok.com/foryou');
    await pastTheBudget(browser, tiktok);
    await expect.poll(() => promptHostPresent(tiktok), { timeout: 5_000 }).toBe(true);
    expect((await button(tiktok, /continue anyway/i))?.disabled).toBe(true);
    await tabTo(tiktok, /type the sentence/i);
    await tiktok.keyboard.type('I choose to keep watching');
    expect((await button(tiktok, /continue anyway/i))?.disabled).toBe(false);
    await screenshot(tiktok, 'prompt-limit-phrase');
    await tiktok.keyboard.press('Enter');
    await expect.poll(() => promptHostPresent(tiktok)).toBe(false);
    await expect.poll(() => outcomes(browser, 'tiktok')).toMatchObject({ overrides: 1, snoozed: 0 });
    await page.close();
  }, 90_000);

  test('a nudge every 5 videos is a small card that does not stop the feed; the intention check asks first', async () => {
    const settings = settingsWith((s) => {
      s.prompts.nudgeEveryVideos = 5;
      s.prompts.intention = true;
    });
    await writeSettings(browser, settings);
    const page = await openWatched(browser, 'https://www.tiktok.com/foryou');
    await expect.poll(() => dialogNamed(page, /what did you come for/i), { timeout: 10_000 }).toBeDefined();
    await screenshot(page, 'prompt-intention');
    // The choices are one radio group: Tab reaches it, the arrow keys choose.
    await tabTo(page, /something specific/i);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, /^continue/i);
    await page.keyboard.press('Enter');
    await expect.poll(() => promptHostPresent(page)).toBe(false);
    for (let swipe = 0; swipe < 5; swipe++) {
      await watchFor(1_300);
      await page.keyboard.press('ArrowDown');
    }
    await expect.poll(() => promptHostPresent(page), { timeout: 10_000 }).toBe(true);
    expect(await dialogNamed(page, /./)).toBeUndefined();
    await expect.poll(() => allVideosPaused(page)).toBe(false);
    await screenshot(page, 'prompt-nudge');
    await expect.poll(() => outcomes(browser, 'tiktok')).toMatchObject({ shown: { intention: 1, nudge: 1 } });
  }, 60_000);
});
