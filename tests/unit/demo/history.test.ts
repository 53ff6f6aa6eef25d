import { describe, expect, test } from 'vitest';
import { loadDashboard } from '../../../lib/dashboard/queries';
import { readImportFile } from '../../../lib/data/transfer';
import { openDatabase } from '../../../lib/db/database';
import { defaultSettings } from '../../../lib/settings/schema';
import { SITE_IDS } from '../../../lib/sites/types';
import { startOfLocalDate } from '../../../lib/tracking/local-time';
import { demoHistory } from '../../../scripts/demo/history';

// npm run demo -- --history: what it seeds, and what the popup then shows.
const TIME_ZONE = 'Europe/Berlin';
const TODAY = '2026-12-02';
const NOW = startOfLocalDate(TODAY, TIME_ZONE) + 15 * 3_600_000; // 15:00 in Berlin
const history = demoHistory({ today: TODAY });

const seconds = (ms: number) => Math.round(ms) / 1000;

describe('the demo history', () => {
  test('five weeks of days, ending yesterday: today is left to real watching', () => {
    const dates = history.totals.map((total) => total.date);
    expect(dates).toHaveLength(35);
    expect(dates[0]).toBe('2026-10-28');
    expect(dates.at(-1)).toBe('2026-12-01');
    expect(new Set(history.days.map((day) => day.date))).toEqual(new Set(dates));
    expect(new Set(history.days.map((day) => day.site))).toEqual(new Set(SITE_IDS));
  });

  test('every record is one the extension could have written: an export of it imports without a problem', () => {
    const document = {
      format: 'mindful-feed-export',
      version: 1,
      exportedAt: new Date(NOW).toISOString(),
      timeZone: TIME_ZONE,
      days: history.days.map((day) => ({
        date: day.date,
        site: day.site,
        activeSeconds: seconds(day.activeMs),
        videos: day.videos,
        sessions: day.sessions,
        notInterested: day.notInterested,
        hourly: day.hourlyMs.map(seconds),
      })),
      totals: history.totals.map((total) => ({
        date: total.date,
        activeSeconds: seconds(total.activeMs),
        hourly: total.hourlyMs.map(seconds),
      })),
      settings: defaultSettings(),
    };
    const read = readImportFile(JSON.stringify(document), { now: NOW, timeZone: TIME_ZONE });
    expect(read.ok ? null : read.problem).toBeNull();
    for (const total of history.totals) {
      const sites = history.days.filter((day) => day.date === total.date);
      expect(total.activeMs).toBe(sites.reduce((sum, day) => sum + day.activeMs, 0));
    }
  });

  test('the same day gives the same history, so the demo looks the same each time', () => {
    expect(demoHistory({ today: TODAY })).toEqual(history);
  });

  test('the popup shows trends, less time than in the first week, and prompts that helped', async () => {
    const db = await openDatabase('demo-history');
    const tx = db.transaction(['days', 'totals'], 'readwrite');
    await Promise.all([
      ...history.days.map((day) => tx.objectStore('days').put(day)),
      ...history.totals.map((total) => tx.objectStore('totals').put(total)),
      tx.done,
    ]);
    const dashboard = await loadDashboard(db, {
      now: NOW,
      timeZone: TIME_ZONE,
      settings: defaultSettings(),
      pause: { current: null, history: [] },
    });
    // 30 days of trend, every one before today with watching in it; most of it in the evening.
    expect(dashboard.trends.days).toHaveLength(30);
    expect(dashboard.trends.days.slice(0, -1).every((day) => day.activeMs > 0)).toBe(true);
    expect(dashboard.trends.days.at(-1)?.activeMs).toBe(0);
    const hours = dashboard.trends.hours;
    expect(hours.indexOf(Math.max(...hours))).toBeGreaterThanOrEqual(20);
    // About 70 minutes a day in the first week, about 40 in the last: some 40 % less.
    expect(dashboard.trends.baseline).toMatchObject({ status: 'ready' });
    const baseline = dashboard.trends.baseline as { firstWeekDailyMs: number; lastWeekDailyMs: number; change: number };
    expect(baseline.firstWeekDailyMs / 60_000).toBeGreaterThan(60);
    expect(baseline.lastWeekDailyMs / 60_000).toBeLessThan(50);
    expect(baseline.change).toBeLessThan(-0.25);
    // Breaks were shown, and "I'm done" was chosen some of the time.
    expect(dashboard.effect.promptsShown.breathing).toBeGreaterThan(10);
    expect(dashboard.effect.backOut.rate).toBeGreaterThan(0.2);
    expect(dashboard.effect.backOut.rate).toBeLessThan(0.8);
    expect(dashboard.effect.notInterested.last30Days).toBeGreaterThan(0);
    db.close();
  });
});
