import { expect, test } from 'vitest';
import { addDays } from '../../../lib/dashboard/dates';
import { loadDashboard } from '../../../lib/dashboard/queries';
import { readDashboard } from '../../../lib/dashboard/read';
import { openDatabase } from '../../../lib/db/database';
import { pauseTracking, readPause } from '../../../lib/settings/pause';
import { day, MINUTE, settingsWith, total } from './rows';
import { NOW, SEEDED_SETTINGS, seedDatabase, TIME_ZONE } from './seed';

test('the dashboard read from a database filled by the background’s own writes', async () => {
  const db = await seedDatabase('load-dashboard');
  const dashboard = await loadDashboard(db, {
    now: NOW,
    timeZone: TIME_ZONE,
    settings: SEEDED_SETTINGS,
    pause: await readPause(),
  });
  const { today, trends, effect } = dashboard;

  expect(today.date).toBe('2026-06-02');
  expect(today.dayType).toBe('weekday');
  expect(today.all).toMatchObject({ activeMs: 17 * MINUTE, videos: 8, budget: { dailyMinutes: 60 } });
  expect(today.all.session).toEqual({ startedAt: NOW - 12 * MINUTE, activeMs: 12 * MINUTE });
  // The snooze was TikTok's own: the all-feeds limit still has both of its own. The break is the all-feeds one
  // (20 minutes in one go), on TikTok where the session is: 12 minutes in, but "Continue" and the snooze each
  // brought it sooner. It is told once, here, not again on TikTok's card.
  expect(today.all).toMatchObject({
    next: { kind: 'break-in', ms: 5 * MINUTE },
    snooze: { until: null, left: 2, perDay: 2 },
  });
  const tiktok = today.sites.find((site) => site.site === 'tiktok');
  expect(tiktok).toMatchObject({
    activeMs: 12 * MINUTE,
    videos: 5,
    budget: { dailyMinutes: 30, dailyVideos: 40 },
    // TikTok's own: 12 of its 30 minutes.
    next: { kind: 'limit-in', ms: 18 * MINUTE },
    snooze: { until: NOW + 5 * MINUTE, left: 1, perDay: 2 },
  });
  expect(today.sites.map((site) => site.site)).toEqual([
    'tiktok',
    'youtube-shorts',
    'instagram-reels',
    'facebook-reels',
    'rednote',
  ]);

  expect(trends.days).toHaveLength(30);
  expect(trends.days.at(-1)?.sites['youtube-shorts']).toEqual({ activeMs: 5 * MINUTE, videos: 3 });
  expect(trends.days.at(-2)).toMatchObject({ date: '2026-06-01', activeMs: 20 * MINUTE, videos: 5 });
  // The last 30 days start on 4 May: both weeks of TikTok at 20:00, plus today.
  expect(trends.hours[20]).toBe((7 * 40 + 7 * 20) * MINUTE);
  expect(trends.hours[9]).toBe(5 * MINUTE);
  expect(trends.baseline).toEqual({
    status: 'ready',
    firstWeekDailyMs: 40 * MINUTE,
    lastWeekDailyMs: 20 * MINUTE,
    change: -0.5,
  });

  expect(effect.promptsShown).toEqual({ nudge: 1, breathing: 1, intention: 0, limit: 1 });
  expect(effect.backOut).toEqual({ left: 1, answered: 3, rate: 1 / 3 });
  expect(effect.notInterested).toEqual({ today: 2, last30Days: 2 });
  // 19 May was 40 min of TikTok, over its 30; every day since is within.
  expect(effect.streak).toEqual({ days: 14, throughToday: true, budgetsSet: true });

  expect(dashboard.health).toEqual([
    { site: 'youtube-shorts', name: 'YouTube Shorts', capability: 'tracking', reportedAt: NOW - 3_600_000 },
  ]);
  expect(dashboard.pausedUntil).toBeNull();
  db.close();
});

test('the popup’s own read opens the database, the stored settings and the pause by itself', async () => {
  (await seedDatabase('read-dashboard')).close();
  await pauseTracking(NOW - 10 * MINUTE);
  const dashboard = await readDashboard({ now: NOW, timeZone: TIME_ZONE, dbName: 'read-dashboard' });
  expect(dashboard.today.sites[0]?.budget.dailyMinutes).toBe(30);
  expect(dashboard.pausedUntil).toBe(NOW + 50 * MINUTE);
});

test('with no data at all, every figure is an honest zero', async () => {
  const dashboard = await readDashboard({ now: NOW, timeZone: TIME_ZONE, dbName: 'empty' });
  expect(dashboard.today.all).toMatchObject({ activeMs: 0, videos: 0, session: null });
  expect(dashboard.trends.baseline).toEqual({ status: 'not-enough-data', daysOfHistory: 0 });
  expect(dashboard.effect.backOut.rate).toBeNull();
  expect(dashboard.effect.streak).toEqual({ days: 0, throughToday: false, budgetsSet: false });
  expect(dashboard.health).toEqual([]);
});

test('a streak longer than the 30-day window is read on from the older days, and stops where a day was over', async () => {
  const db = await openDatabase('long-streak');
  const today = '2026-06-02';
  // 10 minutes of TikTok every day for 100 days, except 45 days ago (50 minutes, over the 30-minute budget).
  const tx = db.transaction(['days', 'totals'], 'readwrite');
  for (let back = 0; back < 100; back++) {
    const date = addDays(today, -back);
    const activeMs = (back === 45 ? 50 : 10) * MINUTE;
    await tx.objectStore('days').put(day(date, 'tiktok', { activeMs }));
    await tx.objectStore('totals').put(total(date, activeMs));
  }
  await tx.done;
  const settings = settingsWith({
    sites: { tiktok: { weekday: { dailyMinutes: 30 }, weekend: { dailyMinutes: 30 } } },
  });
  const load = (withSettings: typeof settings) =>
    loadDashboard(db, { now: NOW, timeZone: TIME_ZONE, settings: withSettings, pause: { current: null, history: [] } });
  expect((await load(settings)).effect.streak).toEqual({ days: 45, throughToday: true, budgetsSet: true });
  // With a 60-minute budget no day was over: the streak goes back to the first day with data.
  const looser = settingsWith({ sites: { tiktok: { weekday: { dailyMinutes: 60 }, weekend: { dailyMinutes: 60 } } } });
  expect((await load(looser)).effect.streak).toEqual({ days: 100, throughToday: true, budgetsSet: true });
  db.close();
});

test('a first week that overlaps the 30-day window counts each of its days once', async () => {
  const db = await openDatabase('overlapping-first-week');
  const today = '2026-06-02';
  // The window starts on 4 May; the first data is on 1 May, so 4–7 May belong to both the first week and the window.
  const tx = db.transaction(['totals'], 'readwrite');
  for (let back = 0; back <= 32; back++) {
    await tx.objectStore('totals').put(total(addDays(today, -back), (back >= 26 ? 35 : 14) * MINUTE));
  }
  await tx.done;
  const dashboard = await loadDashboard(db, {
    now: NOW,
    timeZone: TIME_ZONE,
    settings: SEEDED_SETTINGS,
    pause: await readPause(),
  });
  db.close();
  expect(dashboard.trends.baseline).toEqual({
    status: 'ready',
    firstWeekDailyMs: 35 * MINUTE,
    lastWeekDailyMs: 14 * MINUTE,
    change: -0.6,
  });
});
