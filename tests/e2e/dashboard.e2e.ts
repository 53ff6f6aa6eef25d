import { readFile } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import type { DayRow } from '../../lib/db/database';
import { activeVideoId } from './harness/fixture-page';
import { captureDownload, ExtensionBrowser } from './harness/launch';
import { PROMPT_RECORDER, promptHostPresent } from './harness/prompts';
import { screenshot } from './harness/screenshots';
import { openFeed, siteUsage, storedDays, switchAway, watchFor, watchMarks } from './harness/watching';

describe('popup and options in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeEach(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterEach(() => browser?.close());

  /** A scripted session: TikTok for a known time through 3 videos. */
  async function watchTikTok() {
    const page = await openFeed(browser, 'https://www.tiktok.com/foryou');
    for (let swipe = 0; swipe < 2; swipe++) {
      await watchFor(2_500);
      const before = await activeVideoId(page);
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => activeVideoId(page)).not.toBe(before);
    }
    await watchFor(2_500);
    await switchAway(browser);
    const marks = await watchMarks(page);
    await expect.poll(() => siteUsage(browser, 'tiktok').then((usage) => usage.videos)).toBe(3);
    await page.close();
    return ((marks.hidden[0] ?? 0) - (marks.firstPlaying ?? 0)) / 1000;
  }

  test('the popup shows the figures a scripted watching session produced, even with the worker stopped', async () => {
    const seconds = await watchTikTok();
    await browser.stopWorker();
    const popup = await browser.openTab(browser.extensionUrl('popup.html'));
    await popup.setViewportSize({ width: 400, height: 900 });
    const tiktok = popup
      .getByRole('region', { name: /TikTok/ })
      .or(popup.locator('section', { hasText: 'TikTok' }))
      .first();
    await expect.poll(() => tiktok.textContent()).toMatch(/3 videos/);
    // Durations are written one way, in whole minutes: a few seconds of watching is "under 1 min".
    expect(seconds).toBeLessThan(60);
    expect(await tiktok.textContent()).toMatch(/under 1 min · 3 videos/);
    await screenshot(popup, 'popup');
    expect(await browser.workerStatus()).toBe('stopped');
  });

  test('options: a video budget set on the page is the one the next prompt follows', async () => {
    const options = await browser.openTab(browser.extensionUrl('options.html'));
    await options.getByRole('button', { name: 'Add a limit for one site…' }).click();
    await options.getByRole('button', { name: 'TikTok', exact: true }).click();
    await options.getByLabel(/TikTok, weekdays: Videos a day/).fill('2');
    await options.getByLabel(/TikTok, weekends: Videos a day/).fill('2');
    await options.getByRole('button', { name: 'Save changes' }).click();
    await options.getByText('Saved. In force now.').first().waitFor();
    await options.getByRole('heading', { name: 'Mindful Feed settings' }).scrollIntoViewIfNeeded();
    await options.evaluate(() => window.scrollTo(0, 0));
    await screenshot(options, 'options');
    const page = await browser.context.newPage();
    await page.addInitScript(PROMPT_RECORDER);
    await page.goto('https://www.tiktok.com/foryou');
    await page.bringToFront();
    await watchFor(1_500);
    expect(await promptHostPresent(page)).toBe(false);
    // The 2nd video is the last of the budget: it plays to the end, uncovered.
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => storedDays(browser).then((days) => days.find((day) => day.site === 'tiktok')?.videos), {
        timeout: 8_000,
      })
      .toBe(2);
    await watchFor(2_000);
    expect(await promptHostPresent(page)).toBe(false);
    // Moving on to a 3rd brings the limit at once, before it counts.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => promptHostPresent(page), { timeout: 3_000 }).toBe(true);
    await watchFor(1_500);
    expect((await storedDays(browser)).find((day) => day.site === 'tiktok')?.videos).toBe(2);
  });

  test('options: what is typed is saved by the Save pressed and kept after a reload; leaving unsaved asks first', async () => {
    const options = await browser.openTab(browser.extensionUrl('options.html'));
    const snoozes = options.getByLabel('Snoozes a day');
    await snoozes.click();
    await snoozes.fill('1');
    await options.getByLabel('All sites together, weekdays: Videos a day').fill('3');
    // Whichever Save the person finds first (there used to be one per section, each saving only its own fields).
    await options.getByRole('button', { name: /^Save/ }).first().click();
    await options.getByText('Saved. In force now.').first().waitFor();
    await options.reload();
    await expect.poll(() => options.getByLabel('Snoozes a day').inputValue()).toBe('1');
    expect(await options.getByLabel('All sites together, weekdays: Videos a day').inputValue()).toBe('3');

    // Typed and not saved: closing the tab asks first; staying keeps what was typed.
    await options.getByLabel('Snoozes a day').click();
    await options.keyboard.press('Backspace');
    await options.keyboard.type('0');
    await options.getByText('1 change not saved yet').waitFor();
    const asked = new Promise<string>((resolve) => {
      options.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.dismiss();
      });
    });
    await options.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    expect(options.isClosed()).toBe(false);
    expect(await options.getByLabel('Snoozes a day').inputValue()).toBe('0');
  });

  test('export, delete all, import: the same figures come back; a bad file changes nothing', async () => {
    await watchTikTok();
    const before = await storedDays(browser);
    const options = await browser.openTab(browser.extensionUrl('options.html'));
    const download = await captureDownload(browser, () =>
      options.getByRole('button', { name: 'Export data (JSON)' }).click(),
    );
    expect(download.suggestedFilename).toMatch(/^mindful-feed-\d{4}-\d{2}-\d{2}\.json$/);
    const file = download.path;
    const text = await readFile(file, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'mindful-feed-export', version: 2 });

    await options.getByRole('button', { name: 'Delete all data…' }).click();
    await options.getByRole('button', { name: 'Delete all data', exact: true }).click();
    await expect.poll(() => storedDays(browser)).toEqual([]);

    // Bad files: each says what is wrong, and nothing is stored.
    const bad = [
      ['not JSON', '{"format": "mindful-feed-export",', /^Nothing was imported\. This file is not JSON/],
      [
        'another format',
        text.replace('mindful-feed-export', 'leechblock-export'),
        /^Nothing was imported\. This file is not a Mindful Feed export\./,
      ],
      [
        'a negative time',
        text.replace(/"activeSeconds":\s*[\d.]+/, '"activeSeconds": -3'),
        /^Nothing was imported\. Row 1 \(\w+ \d+, \d{4}, TikTok\): watching time can’t be negative\.$/,
      ],
    ] as const;
    for (const [what, content, says] of bad) {
      await options.getByLabel('Export file to import').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(content),
      });
      const error = options.getByRole('status').filter({ hasText: says });
      await error.first().waitFor();
      console.info(`import of a file with ${what}: "${await error.first().textContent()}"`);
      expect(await storedDays(browser), what).toEqual([]);
    }

    await options.getByLabel('Export file to import').setInputFiles(file);
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    const figures = (days: DayRow[]) =>
      days.map((day) => ({
        date: day.date,
        site: day.site,
        seconds: Math.round(day.activeMs / 1000),
        videos: day.videos,
      }));
    await expect.poll(async () => figures(await storedDays(browser))).toEqual(figures(before));
  });
});
