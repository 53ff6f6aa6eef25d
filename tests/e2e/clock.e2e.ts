import { afterEach, describe, expect, inject, test } from 'vitest';
import { FakeClock } from './harness/fake-clock';
import { ExtensionBrowser } from './harness/launch';
import { openFeed, siteUsage, storedDays, storedTotals, switchAway, watchFor, watchMarks } from './harness/watching';

// The wall clock moved for the page, the content script and the service worker alike (libfaketime in every
// renderer; Playwright's clock reaches only the page's main world): across midnight, and across a 2-hour sleep.
describe('the wall clock moves', () => {
  let browser: ExtensionBrowser | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  async function launch(clock: FakeClock, timeZone: string) {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort'), timeZone, extraArgs: clock.args() });
    return browser;
  }

  test('watching across local midnight is split between the two days and their hours', async () => {
    // 23:59:45 in Berlin on Saturday 21 November; midnight comes 15 s later.
    const midnight = Date.UTC(2026, 10, 21, 23, 0, 0);
    const clock = await FakeClock.startingAt(new Date(midnight - 15_000));
    const browser = await launch(clock, 'Europe/Berlin');
    const page = await openFeed(browser, 'https://www.tiktok.com/foryou');
    const pageNow = await page.evaluate(() => Date.now());
    expect(Math.abs(pageNow - clock.fake(Date.now()))).toBeLessThan(2_000);
    expect(pageNow).toBeLessThan(midnight);

    await watchFor(Math.max(0, midnight + 8_000 - clock.fake(Date.now())));
    await switchAway(browser);
    const marks = await watchMarks(page);
    const before = (midnight - (marks.firstPlaying ?? 0)) / 1000;
    const after = ((marks.hidden[0] ?? 0) - midnight) / 1000;
    await expect.poll(async () => (await storedDays(browser)).length).toBe(2);
    await watchFor(500);
    const days = await storedDays(browser);
    const saturday = days.find((day) => day.date === '2026-11-21');
    const sunday = days.find((day) => day.date === '2026-11-22');
    console.info(
      `midnight in Berlin: before ${before.toFixed(2)} s, stored ${((saturday?.activeMs ?? 0) / 1000).toFixed(2)} s; ` +
        `after ${after.toFixed(2)} s, stored ${((sunday?.activeMs ?? 0) / 1000).toFixed(2)} s`,
    );
    expect(Math.abs((saturday?.activeMs ?? 0) / 1000 - before)).toBeLessThanOrEqual(1);
    expect(Math.abs((sunday?.activeMs ?? 0) / 1000 - after)).toBeLessThanOrEqual(1);
    // Local hours: 23 on the first day, 0 on the second.
    expect(saturday?.hourlyMs[23]).toBe(saturday?.activeMs);
    expect(sunday?.hourlyMs[0]).toBe(sunday?.activeMs);
    const totals = await storedTotals(browser);
    expect(totals.map((total) => total.date).sort()).toEqual(['2026-11-21', '2026-11-22']);
  });

  test('a 2-hour jump of the clock in the middle of watching adds at most one heartbeat, never the gap', async () => {
    const clock = await FakeClock.startingAt(new Date(Date.UTC(2026, 10, 21, 10, 0, 0)));
    const browser = await launch(clock, 'UTC');
    const page = await openFeed(browser, 'https://www.tiktok.com/foryou');
    await watchFor(5_000);
    await clock.jump(2 * 3600);
    await expect
      .poll(() => page.evaluate(() => Date.now()), { interval: 200, timeout: 5_000 })
      .toBeGreaterThan(Date.UTC(2026, 10, 21, 12, 0, 0));
    await watchFor(6_000);
    await switchAway(browser);
    const marks = await watchMarks(page);
    const truth = ((marks.hidden[0] ?? 0) - (marks.firstPlaying ?? 0)) / 1000 - 2 * 3600;
    await expect.poll(() => siteUsage(browser, 'tiktok').then((usage) => usage.seconds)).toBeGreaterThan(truth - 3);
    await watchFor(1_000);
    const stored = (await siteUsage(browser, 'tiktok')).seconds;
    console.info(`2-hour jump: watched ${truth.toFixed(2)} s, stored ${stored.toFixed(2)} s`);
    expect(stored).toBeGreaterThanOrEqual(truth - 1);
    expect(stored).toBeLessThanOrEqual(truth + 5);
  });
});
