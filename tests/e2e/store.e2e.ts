import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, inject, test } from 'vitest';
import { emptyOutcomes } from '../../lib/db/database';
import { defaultSettings } from '../../lib/settings/schema';
import { currentTimeZone, localDate } from '../../lib/tracking/local-time';
import { demoHistory, type History } from '../../scripts/demo/history';
import { writeHistory } from './harness/history';
import { ExtensionBrowser } from './harness/launch';
import { dialogNamed, PROMPT_RECORDER, promptHostPresent } from './harness/prompts';
import { popupComplete } from './harness/screens';
import { STORE_SIZE, storeScreenshot } from './harness/screenshots';
import { writeSettings } from './harness/watching';

/** Width and height of a PNG, from its header. */
async function pngSize(file: string): Promise<{ width: number; height: number }> {
  const header = (await readFile(file)).subarray(0, 24);
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

/** The history, and today so far: half of what was watched yesterday, so the popup's "Today" has figures too. */
function historyThroughToday(): History {
  const today = localDate(Date.now(), currentTimeZone());
  const history = demoHistory({ today });
  const yesterday = history.totals.at(-1)?.date;
  const half = (ms: number) => Math.round(ms / 2);
  const days = history.days
    .filter((day) => day.date === yesterday)
    .map((day) => ({
      ...day,
      date: today,
      activeMs: day.hourlyMs.map(half).reduce((sum, ms) => sum + ms, 0),
      hourlyMs: day.hourlyMs.map(half),
      videos: Math.round(day.videos / 2),
      sessions: 1,
      notInterested: 0,
      prompts: emptyOutcomes(),
    }));
  const hourlyMs = new Array<number>(24)
    .fill(0)
    .map((_, hour) => days.reduce((sum, day) => sum + (day.hourlyMs[hour] ?? 0), 0));
  const total = { date: today, activeMs: hourlyMs.reduce((sum, ms) => sum + ms, 0), hourlyMs };
  return { days: [...history.days, ...days], totals: [...history.totals, total] };
}

/** The popup as the toolbar shows it: its own width, on a plain backdrop, centred in the picture. */
async function asToolbarPopup(page: Page): Promise<void> {
  await page.addStyleTag({
    content:
      'html { background: #dfe5ea; } ' +
      'body { margin: 24px auto; border-radius: 10px; box-shadow: 0 8px 28px rgba(0, 0, 0, 0.25); overflow: hidden; }',
  });
}

const LANGUAGES = [
  {
    lang: 'en',
    suffix: 'en',
    firstWeek: /vs your first week/,
    limit: /^You’ve watched your \d.* of TikTok for today$/,
  },
  { lang: 'zh-CN', suffix: 'zh-CN', firstWeek: /与第一周相比/, limit: /^今天在 TikTok 上的 .+ 已经看完了$/ },
] as const;

// The store listings' screenshots (docs/store/screenshots with `npm run screenshots`): the popup with five weeks of
// history and some watching today, the options page and the limit prompt on a feed, at 1280 × 800, in English and Simplified Chinese.
describe.each(LANGUAGES)('store screenshots ($lang)', ({ lang, suffix, firstWeek, limit }) => {
  let browser: ExtensionBrowser;
  afterEach(() => browser?.close());

  test('the popup with history (today, then trends), the options page and the limit prompt, each 1280 × 800', async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort'), lang });
    const history = historyThroughToday();
    await writeHistory(browser, history);
    // A daily time limit on TikTok that today's watching has just reached, shown in the popup, the options page
    // and the prompt that covers the feed.
    const today = history.totals.at(-1)?.date;
    const tiktokToday = history.days.find((day) => day.date === today && day.site === 'tiktok')?.activeMs ?? 0;
    const settings = defaultSettings();
    const minutes = Math.max(1, Math.floor(tiktokToday / 60_000));
    settings.limits.sites.tiktok.weekday.dailyMinutes = minutes;
    settings.limits.sites.tiktok.weekend.dailyMinutes = minutes;
    await writeSettings(browser, settings);
    const shots: string[] = [];

    const popup = await browser.openTab(browser.extensionUrl('popup.html'));
    await popupComplete(popup);
    await expect.poll(() => popup.locator('body').textContent()).toMatch(firstWeek);
    await asToolbarPopup(popup);
    shots.push(await storeScreenshot(popup, `popup-${suffix}`));
    // Further down the same popup: the trends and the change since the first week.
    await popup
      .locator('h2')
      .nth(1)
      .evaluate((trends) => trends.scrollIntoView());
    shots.push(await storeScreenshot(popup, `popup-trends-${suffix}`));

    const options = await browser.openTab(browser.extensionUrl('options.html'));
    await options.locator('#limits').scrollIntoViewIfNeeded();
    await options.locator('#limits').evaluate((limits) => limits.scrollIntoView());
    shots.push(await storeScreenshot(options, `options-${suffix}`));

    const feed = await browser.context.newPage();
    await feed.addInitScript(PROMPT_RECORDER);
    await feed.goto('https://www.tiktok.com/foryou');
    await feed.bringToFront();
    await expect.poll(() => promptHostPresent(feed), { timeout: 40_000 }).toBe(true);
    await expect.poll(() => dialogNamed(feed, limit)).toBeDefined();
    shots.push(await storeScreenshot(feed, `prompt-${suffix}`));

    for (const shot of shots) expect(await pngSize(shot), shot).toEqual(STORE_SIZE);
  });
});
