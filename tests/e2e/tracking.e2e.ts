import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, test } from 'vitest';
import { defaultSettings } from '../../lib/settings/schema';
import { HEARTBEAT_MS } from '../../lib/tracking/rules';
import { activeVideoId } from './harness/fixture-page';
import { ExtensionBrowser } from './harness/launch';
import {
  allSitesSeconds,
  openFeed,
  siteUsage,
  switchAway,
  WATCH_RECORDER,
  type WatchMarks,
  watchFor,
  watchMarks,
  writeSettings,
} from './harness/watching';

// Every scenario starts from a fresh profile, so stored figures are this scenario's alone.
describe('honest tracking in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeEach(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterEach(() => browser?.close());

  const report = (scenario: string, truth: number, stored: number) =>
    console.info(
      `${scenario}: truth ${truth.toFixed(2)} s, stored ${stored.toFixed(2)} s, error ${(stored - truth).toFixed(2)} s`,
    );

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
    await switchAway(browser);
    const marks = await watchMarks(page);
    const truth = ((marks.hidden[0] ?? 0) - (marks.firstPlaying ?? 0)) / 1000;
    await expect.poll(() => siteUsage(browser, 'tiktok').then((usage) => usage.videos)).toBe(4);
    const usage = await siteUsage(browser, 'tiktok');
    report('tiktok 4 videos', truth, usage.seconds);
    expect(Math.abs(usage.seconds - truth)).toBeLessThanOrEqual(1);
    expect(await allSitesSeconds(browser)).toBeCloseTo(usage.seconds, 3);
  });

  interface FeedScenario {
    site: string;
    url: string;
    /** After the page loads: open the first video where the feed does not start with one. */
    open?: (page: Page) => Promise<void>;
    swipeKey: string;
    swipes: number;
    /** Videos watched: the first one and each one swiped to (RedNote's image notes are not videos). */
    videos: number;
  }

  const scenarios: FeedScenario[] = [
    // The second item is sponsored: time on it counts, the ad itself is not a video watched.
    { site: 'tiktok', url: 'https://www.tiktok.com/foryou?ad=1', swipeKey: 'ArrowDown', swipes: 2, videos: 2 },
    {
      site: 'youtube-shorts',
      url: 'https://www.youtube.com/shorts/kJ3vQz8LpTw',
      swipeKey: 'ArrowDown',
      swipes: 3,
      videos: 4,
    },
    {
      site: 'youtube-shorts',
      url: 'https://www.youtube.com/shorts/kJ3vQz8LpTw?layout=legacy',
      swipeKey: 'ArrowDown',
      swipes: 2,
      videos: 3,
    },
    { site: 'instagram-reels', url: 'https://www.instagram.com/reels/', swipeKey: 'ArrowDown', swipes: 3, videos: 4 },
    {
      // web.facebook.com: the desktop site on Free Basics carriers (www. is driven by the prompt and menu tests).
      site: 'facebook-reels',
      url: 'https://web.facebook.com/reel/1020112310713480',
      swipeKey: 'ArrowDown',
      swipes: 3,
      videos: 4,
    },
    {
      // RedNote's mirror host (www.xiaohongshu.com is driven by the fixture and menu tests).
      site: 'rednote',
      url: 'https://www.rednote.com/explore',
      open: (page) => page.locator('section.note-item a.cover').first().click(),
      swipeKey: 'ArrowRight',
      swipes: 3,
      // Notes 1–4 are video, image, video, video.
      videos: 3,
    },
  ];

  test.each(scenarios.map((scenario) => [scenario.site, scenario.url, scenario] as const))(
    '%s (%s): watching while swiping stores the time within 1 s and every video',
    async (site, _url, scenario) => {
      const page = await browser.context.newPage();
      await page.addInitScript(WATCH_RECORDER);
      await page.goto(scenario.url);
      await page.bringToFront();
      await scenario.open?.(page);
      await page.waitForFunction(() => (window as { __watch?: WatchMarks }).__watch?.firstPlaying != null);
      for (let swipe = 0; swipe < scenario.swipes; swipe++) {
        await watchFor(2_500);
        const before = await activeVideoId(page);
        await page.keyboard.press(scenario.swipeKey);
        await expect.poll(() => activeVideoId(page)).not.toBe(before);
      }
      await watchFor(2_500);
      await switchAway(browser);
      const marks = await watchMarks(page);
      const truth = ((marks.hidden[0] ?? 0) - (marks.firstPlaying ?? 0)) / 1000;
      await expect.poll(() => siteUsage(browser, site).then((usage) => usage.videos)).toBe(scenario.videos);
      await expect.poll(() => siteUsage(browser, site).then((usage) => usage.seconds)).toBeGreaterThan(truth - 1);
      const usage = await siteUsage(browser, site);
      report(`${site} ${scenario.videos} videos`, truth, usage.seconds);
      expect(Math.abs(usage.seconds - truth)).toBeLessThanOrEqual(1);
    },
  );

  test('YouTube outside /shorts/ counts nothing; the same tab counts once it navigates to Shorts', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(WATCH_RECORDER);
    await page.goto('https://www.youtube.com/watch?v=Zr4mN8qTbYw');
    await page.bringToFront();
    await page.waitForFunction(() => (window as { __watch?: WatchMarks }).__watch?.firstPlaying != null);
    await page.mouse.move(300, 300);
    await watchFor(6_000);
    await page.getByTitle('Shorts').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/shorts\/[\w-]{11}$/);
    const shortsAt = await page.evaluate(() => Date.now());
    await watchFor(4_000);
    await switchAway(browser);
    const marks = await watchMarks(page);
    const truth = ((marks.hidden[0] ?? 0) - shortsAt) / 1000;
    await expect.poll(() => siteUsage(browser, 'youtube-shorts').then((usage) => usage.videos)).toBe(1);
    const usage = await siteUsage(browser, 'youtube-shorts');
    report('youtube /watch then shorts', truth, usage.seconds);
    expect(Math.abs(usage.seconds - truth)).toBeLessThanOrEqual(1);
  });

  test('a background tab adds nothing while hidden', async () => {
    const page = await openFeed(browser, 'https://www.tiktok.com/foryou');
    await watchFor(2_000);
    // Input just before hiding: a tracker that ignored visibility would keep counting on it.
    await page.mouse.move(200, 200);
    await switchAway(browser);
    await expect.poll(() => siteUsage(browser, 'tiktok').then((usage) => usage.seconds)).toBeGreaterThan(1);
    const atHide = await siteUsage(browser, 'tiktok');
    // The hidden feed keeps playing in the background; nothing of it may count.
    await watchFor(6_000);
    expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
    expect(await siteUsage(browser, 'tiktok')).toEqual(atHide);
  });

  test('a paused video without input stops counting; input counts again for the idle threshold', async () => {
    await writeSettings(browser, { ...defaultSettings(), idleThresholdSeconds: 10 });
    const page = await openFeed(browser, 'https://www.tiktok.com/foryou');
    await watchFor(3_000);
    await page.evaluate(() => document.querySelector('video')?.pause());
    await watchFor(4_000);
    // A real (trusted) input: counting resumes for the 10-second idle threshold, then stops again.
    await page.mouse.move(300, 300);
    const inputAt = await page.evaluate(() => Date.now());
    await watchFor(13_000);
    await switchAway(browser);
    const marks = await watchMarks(page);
    const beforePause = ((marks.paused[0] ?? 0) - (marks.firstPlaying ?? 0)) / 1000;
    const truth = beforePause + 10;
    await expect.poll(() => siteUsage(browser, 'tiktok').then((usage) => usage.seconds)).toBeGreaterThan(beforePause);
    await watchFor(500);
    const usage = await siteUsage(browser, 'tiktok');
    report('paused video', truth, usage.seconds);
    expect(inputAt - (marks.paused[0] ?? 0)).toBeGreaterThan(3_500);
    expect(Math.abs(usage.seconds - truth)).toBeLessThanOrEqual(1);
  });

  test('three feed tabs with focus rotating count no more than the wall time', async () => {
    const tabs = [
      await openFeed(browser, 'https://www.tiktok.com/foryou'),
      await openFeed(browser, 'https://www.tiktok.com/following'),
      await openFeed(browser, 'https://www.tiktok.com/friends'),
    ];
    const start = (await watchMarks(tabs[0] as Page)).firstPlaying;
    for (let round = 0; round < 6; round++) {
      await tabs[round % 3]?.bringToFront();
      await watchFor(2_500);
    }
    await switchAway(browser);
    const end = await tabs[0]?.evaluate(() => Date.now());
    const wall = ((end ?? 0) - (start ?? 0)) / 1000;
    await expect.poll(() => siteUsage(browser, 'tiktok').then((usage) => usage.seconds)).toBeGreaterThan(wall - 2);
    await watchFor(1_000);
    const usage = await siteUsage(browser, 'tiktok');
    report('three rotating tabs (wall time as truth)', wall, usage.seconds);
    expect(usage.seconds).toBeLessThanOrEqual(wall);
    expect(await allSitesSeconds(browser)).toBeLessThanOrEqual(wall);
  });

  // `npm run test:long` (MF_LONG=1) stretches the second scenario to 10 minutes.
  const workerDeaths = [
    { everyS: 5, forS: 60 },
    { everyS: 10, forS: process.env.MF_LONG === '1' ? 600 : 120 },
  ];
  test.each(workerDeaths)(
    'the worker stopped every $everyS s during $forS s of watching: stored time within 0.3 s, every heartbeat applied once',
    async ({ everyS, forS }) => {
      const page = await openFeed(browser, 'https://www.tiktok.com/foryou');
      let stops = 0;
      for (let elapsed = 0; elapsed < forS; elapsed += everyS) {
        await watchFor(everyS * 1000);
        await browser.stopWorker();
        stops++;
      }
      await switchAway(browser);
      const marks = await watchMarks(page);
      const truth = ((marks.hidden[0] ?? 0) - (marks.firstPlaying ?? 0)) / 1000;
      await expect
        .poll(() => siteUsage(browser, 'tiktok').then((usage) => usage.seconds), { timeout: 10_000 })
        .toBeGreaterThan(truth - 0.3);
      const usage = await siteUsage(browser, 'tiktok');
      report(`worker stopped ${stops} times in ${forS} s`, truth, usage.seconds);
      // Issue 11's goal for the 10-minute run; nothing of it grows with the stops or the clip's loops any more.
      expect(Math.abs(usage.seconds - truth)).toBeLessThanOrEqual(0.3);
      // Exactly once: the page session's heartbeats form one unbroken run, none left unapplied or out of order.
      const [session] = await browser.readStore<{ appliedSeq: number; appliedAbove: number[] }>('pages');
      expect(session?.appliedAbove).toEqual([]);
      // A heartbeat goes at the first 1 s tick at least HEARTBEAT_MS (10 s) after the last one: 10 to 11 s apart.
      expect(session?.appliedSeq).toBeGreaterThanOrEqual(Math.floor(forS / (HEARTBEAT_MS / 1000 + 1)));
    },
    15 * 60_000,
  );
});
