import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { activeVideoId } from './harness/fixture-page';
import { ExtensionBrowser } from './harness/launch';
import { allSitesSeconds, openFeed, siteUsage, switchAway, watchFor, watchMarks } from './harness/watching';

describe('honest tracking in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test('TikTok: watching for a known time while swiping through 4 videos stores that time and 4 videos', async () => {
    const page = await openFeed(browser, 'https://www.tiktok.com/foryou');
    const seen = [await activeVideoId(page)];
    for (const swipe of ['key', 'wheel', 'button'] as const) {
      await watchFor(2_500);
      if (swipe === 'key') await page.keyboard.press('ArrowDown');
      if (swipe === 'wheel') {
        await page.mouse.move(640, 450);
        await page.mouse.wheel(0, 400);
      }
      if (swipe === 'button') await page.getByRole('button', { name: 'Go to next video' }).click();
      await expect.poll(() => activeVideoId(page)).not.toBe(seen.at(-1));
      seen.push(await activeVideoId(page));
    }
    await watchFor(2_500);
    const other = await switchAway(browser);
    const marks = await watchMarks(page);
    const truth = ((marks.hidden[0] ?? 0) - (marks.firstPlaying ?? 0)) / 1000;
    await expect.poll(() => siteUsage(browser, 'tiktok').then((usage) => usage.videos)).toBe(4);
    const usage = await siteUsage(browser, 'tiktok');
    console.info(`tiktok: truth ${truth.toFixed(2)} s, stored ${usage.seconds.toFixed(2)} s`);
    expect(Math.abs(usage.seconds - truth)).toBeLessThanOrEqual(1);
    expect(await allSitesSeconds(browser)).toBeCloseTo(usage.seconds, 3);
    await other.close();
    await page.close();
  });
});
