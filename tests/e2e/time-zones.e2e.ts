import { describe, expect, inject, test } from 'vitest';
import { localHour } from '../../lib/tracking/local-time';
import { ExtensionBrowser } from './harness/launch';
import { openFeed, storedDays, switchAway, watchFor } from './harness/watching';

// The browser launched in several time zones: days and hours are the local ones of the person's machine.
describe.each(['Pacific/Chatham', 'America/New_York', 'Asia/Kolkata'])('a browser in %s', (timeZone) => {
  test('stores watching under the local date and local hour', async () => {
    const browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort'), timeZone });
    try {
      const page = await openFeed(browser, 'https://www.tiktok.com/foryou');
      // Chromium's ICU may name a zone by its older alias (Asia/Kolkata → Asia/Calcutta).
      const reported = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
      expect(localHour(Date.now(), reported)).toEqual(localHour(Date.now(), timeZone));
      await watchFor(2_500);
      const at = Date.now();
      await switchAway(browser);
      await expect.poll(async () => (await storedDays(browser)).length).toBe(1);
      const [day] = await storedDays(browser);
      const local = localHour(at, timeZone);
      expect(day?.date).toBe(local.date);
      // The seconds sit in the local hour (or the one before, if an hour boundary fell inside the 2.5 s).
      const hour = day?.hourlyMs.findIndex((ms) => ms > 0);
      expect([local.hour, (local.hour + 23) % 24]).toContain(hour);
    } finally {
      await browser.close();
    }
  });
});
