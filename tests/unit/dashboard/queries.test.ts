import { describe, expect, test } from 'vitest';
import { addDays, datesEnding, daysBetween } from '../../../lib/dashboard/dates';
import {
  backOutRate,
  baselineChange,
  budgetsOn,
  dayWithinBudget,
  healthIssues,
  hourPattern,
  nextStop,
  promptsShown,
  streak,
  trendDays,
} from '../../../lib/dashboard/queries';
import type { SiteHealthRow } from '../../../lib/db/database';
import { dayTypeOf } from '../../../lib/limits/budgets';
import { type DecisionInput, emptyPromptState } from '../../../lib/limits/decide';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { day, MINUTE, settingsWith, total } from './rows';

// Tuesday 2 June 2026; the 6th and 7th are a weekend.
const TODAY = '2026-06-02';

describe('calendar dates', () => {
  test('days are added on the calendar, across months and years', () => {
    expect(addDays('2026-06-02', -3)).toBe('2026-05-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-05-19', TODAY)).toBe(14);
    expect(datesEnding(TODAY, 3)).toEqual(['2026-05-31', '2026-06-01', TODAY]);
  });

  test('Saturday and Sunday are the weekend', () => {
    expect(['2026-06-05', '2026-06-06', '2026-06-07', '2026-06-08'].map(dayTypeOf)).toEqual([
      'weekday',
      'weekend',
      'weekend',
      'weekday',
    ]);
  });
});

describe('budgets by day of the week', () => {
  const settings = settingsWith({
    all: { weekday: { dailyMinutes: 30 }, weekend: { dailyMinutes: 90 } },
    sites: { tiktok: { weekday: { dailyVideos: 50 } } },
  });

  test('weekend budgets apply on Saturday, weekday budgets on Tuesday', () => {
    expect(budgetsOn(settings, TODAY).all.dailyMinutes).toBe(30);
    expect(budgetsOn(settings, '2026-06-06').all.dailyMinutes).toBe(90);
    expect(budgetsOn(settings, TODAY).sites.tiktok.dailyVideos).toBe(50);
    expect(budgetsOn(settings, '2026-06-06').sites.tiktok.dailyVideos).toBeNull();
  });

  test('an hour of watching is over the weekday budget and within the weekend one', () => {
    const hour = (date: string) =>
      dayWithinBudget(date, [day(date, 'tiktok', { activeMs: 60 * MINUTE })], total(date, 60 * MINUTE), settings);
    expect(hour('2026-06-05')).toBe('over');
    expect(hour('2026-06-06')).toBe('within');
  });

  test('the all-sites budget judges time counted once, and videos summed over the sites', () => {
    const videos = settingsWith({ all: { weekday: { dailyMinutes: 30, dailyVideos: 20 } } });
    const rows = [
      day(TODAY, 'tiktok', { activeMs: 20 * MINUTE, videos: 12 }),
      day(TODAY, 'rednote', { activeMs: 20 * MINUTE, videos: 8 }),
    ];
    // 40 minutes on the two sites, but they played at the same time: 25 minutes in all, videos exactly at 20.
    expect(dayWithinBudget(TODAY, rows, total(TODAY, 25 * MINUTE), videos)).toBe('within');
    expect(dayWithinBudget(TODAY, [...rows, day(TODAY, 'youtube-shorts', { videos: 1 })], undefined, videos)).toBe(
      'over',
    );
  });

  test('a site’s own budget counts only that site', () => {
    const rows = [day(TODAY, 'tiktok', { videos: 51 }), day(TODAY, 'rednote', { videos: 400 })];
    expect(dayWithinBudget(TODAY, rows, undefined, settings)).toBe('over');
    expect(dayWithinBudget(TODAY, rows.slice(1), undefined, settings)).toBe('within');
  });

  test('a day without any daily budget is not within a budget', () => {
    expect(dayWithinBudget(TODAY, [], undefined, defaultSettings())).toBe('no-budget');
  });
});

describe('days within budget in a row', () => {
  const settings = settingsWith({
    all: { weekday: { dailyMinutes: 30 }, weekend: { dailyMinutes: 30 } },
  });
  const watched = (date: string, minutes: number) => ({
    days: [day(date, 'tiktok', { activeMs: minutes * MINUTE })],
    totals: [total(date, minutes * MINUTE)],
  });
  const history = (...parts: { days: ReturnType<typeof day>[]; totals: ReturnType<typeof total>[] }[]) => ({
    days: parts.flatMap((part) => part.days),
    totals: parts.flatMap((part) => part.totals),
  });

  test('counts back from today, across a day with no watching, to the last day over budget', () => {
    const rows = history(
      watched('2026-05-28', 45), // over
      watched('2026-05-29', 20),
      // 30 and 31 May: nothing watched, still within
      watched('2026-06-01', 30), // exactly at the budget: within
      watched(TODAY, 10),
    );
    expect(streak(rows, settings, TODAY, '2026-05-01')).toEqual({ days: 5, throughToday: true, budgetsSet: true });
  });

  test('a day over budget today leaves the streak ending yesterday', () => {
    const rows = history(watched('2026-05-31', 40), watched('2026-06-01', 5), watched(TODAY, 31));
    expect(streak(rows, settings, TODAY, '2026-05-01')).toEqual({ days: 1, throughToday: false, budgetsSet: true });
  });

  test('days before the first data do not count', () => {
    expect(streak(watched('2026-05-31', 5), settings, TODAY, '2026-05-31').days).toBe(3);
  });

  test('a day with no budget set breaks the streak', () => {
    const weekdaysOnly = settingsWith({ all: { weekday: { dailyMinutes: 30 } } });
    // Monday 8 June: the weekend before it had no budget.
    expect(streak(watched('2026-06-08', 5), weekdaysOnly, '2026-06-08', '2026-05-01')).toEqual({
      days: 1,
      throughToday: true,
      budgetsSet: true,
    });
  });

  test('with no daily budgets at all there is no streak, and it says so', () => {
    expect(streak(watched(TODAY, 5), defaultSettings(), TODAY, '2026-05-01')).toEqual({
      days: 0,
      throughToday: false,
      budgetsSet: false,
    });
  });
});

describe('change against the first week', () => {
  const daily = (from: string, count: number, minutes: number) =>
    Array.from({ length: count }, (_, index) => total(addDays(from, index), minutes * MINUTE));

  test('fewer than 14 days of history is not enough', () => {
    expect(baselineChange(daily('2026-05-20', 13, 30), TODAY)).toEqual({
      status: 'not-enough-data',
      daysOfHistory: 13,
    });
    expect(baselineChange([], TODAY)).toEqual({ status: 'not-enough-data', daysOfHistory: 0 });
  });

  test('the last 7 complete days against the 7 days from the first data, as daily averages', () => {
    const rows = [
      ...daily('2026-05-19', 7, 40), // first week: 40 min a day
      ...daily('2026-05-26', 7, 30), // the last 7 complete days: 30 min a day
      total(TODAY, 300 * MINUTE), // today is left out
    ];
    const result = baselineChange(rows, TODAY);
    expect(result).toEqual({
      status: 'ready',
      firstWeekDailyMs: 40 * MINUTE,
      lastWeekDailyMs: 30 * MINUTE,
      change: -0.25,
    });
  });

  test('days without watching count as zero in both weeks', () => {
    const rows = [total('2026-05-01', 70 * MINUTE), total('2026-06-01', 14 * MINUTE)];
    const result = baselineChange(rows, TODAY);
    expect(result.status === 'ready' && [result.firstWeekDailyMs, result.lastWeekDailyMs]).toEqual([
      10 * MINUTE,
      2 * MINUTE,
    ]);
  });
});

describe('what the prompts did', () => {
  const rows = [
    day('2026-05-30', 'tiktok', { prompts: { shown: { nudge: 2, breathing: 1, intention: 0, limit: 1 }, left: 2 } }),
    day('2026-05-31', 'rednote', {
      prompts: { shown: { nudge: 1, breathing: 2, intention: 1, limit: 0 }, continued: 3, snoozed: 1 },
    }),
    day(TODAY, 'tiktok', { prompts: { overrides: 2 } }),
  ];

  test('the back-out rate is left / (left + continued + snoozed + overrides)', () => {
    expect(backOutRate(rows)).toEqual({ left: 2, answered: 8, rate: 0.25 });
  });

  test('no answers gives no rate, not zero', () => {
    expect(backOutRate([day(TODAY, 'tiktok')])).toEqual({ left: 0, answered: 0, rate: null });
  });

  test('prompts shown are counted by kind', () => {
    expect(promptsShown(rows)).toEqual({ nudge: 3, breathing: 3, intention: 1, limit: 1 });
  });
});

test('the hour pattern sums each local hour over the rows', () => {
  const hours = (entries: [number, number][]) => {
    const ms = new Array(24).fill(0);
    for (const [hour, minutes] of entries) ms[hour] = minutes * MINUTE;
    return ms;
  };
  const pattern = hourPattern([
    total('2026-05-31', 0, hours([[21, 30]])),
    total(
      TODAY,
      0,
      hours([
        [21, 15],
        [7, 5],
      ]),
    ),
  ]);
  expect(pattern).toHaveLength(24);
  expect(pattern[21]).toBe(45 * MINUTE);
  expect(pattern[7]).toBe(5 * MINUTE);
  expect(pattern.reduce((sum, ms) => sum + ms, 0)).toBe(50 * MINUTE);
});

test('trend days cover every date of the window, zeros where nothing was watched', () => {
  const result = trendDays(
    datesEnding(TODAY, 3),
    [day(TODAY, 'tiktok', { activeMs: MINUTE, videos: 3 }), day(TODAY, 'rednote', { activeMs: MINUTE, videos: 2 })],
    [total(TODAY, 1.5 * MINUTE)],
  );
  expect(result.map((entry) => [entry.date, entry.activeMs, entry.videos])).toEqual([
    ['2026-05-31', 0, 0],
    ['2026-06-01', 0, 0],
    [TODAY, 1.5 * MINUTE, 5],
  ]);
  expect(result[2]?.sites.tiktok).toEqual({ activeMs: MINUTE, videos: 3 });
  expect(result[2]?.sites['youtube-shorts']).toEqual({ activeMs: 0, videos: 0 });
});

describe('what stops the feed next', () => {
  // 14:00 in Berlin on Tuesday 2 June.
  const NOW = Date.UTC(2026, 5, 2, 12);
  const input = (over: {
    settings?: Settings;
    site?: number;
    all?: number;
    videos?: { site: number; all: number };
    session?: number | null;
    snoozedUntil?: { site?: number; all?: number };
  }): DecisionInput => {
    const session = over.session === undefined || over.session === null ? null : over.session * MINUTE;
    return {
      now: NOW,
      timeZone: 'Europe/Berlin',
      site: 'tiktok',
      siteName: 'TikTok',
      settings: over.settings ?? defaultSettings(),
      today: {
        site: { activeMs: (over.site ?? 0) * MINUTE, videos: over.videos?.site ?? 0 },
        all: { activeMs: (over.all ?? over.site ?? 0) * MINUTE, videos: over.videos?.all ?? 0 },
      },
      session: {
        site: session === null ? null : { startedAt: NOW - session, activeMs: session },
        all: session === null ? null : { startedAt: NOW - session, activeMs: session },
      },
      state: {
        site: { ...emptyPromptState(), snoozedUntil: over.snoozedUntil?.site ?? 0 },
        all: { ...emptyPromptState(), snoozedUntil: over.snoozedUntil?.all ?? 0 },
      },
      activeVideo: 'none',
    };
  };

  test('the default 20-minute break, 14 minutes into a session: a break in 6 minutes, told once, for all feeds', () => {
    expect(nextStop(input({ site: 14, session: 14 }), 'all')).toEqual({ kind: 'break-in', ms: 6 * MINUTE });
    expect(nextStop(input({ site: 14, session: 14 }), 'site')).toBeNull();
  });

  test("a site's own break length is told on its card", () => {
    const settings = settingsWith({
      all: { weekday: { sessionMinutes: null } },
      sites: { tiktok: { weekday: { sessionMinutes: 10 } } },
    });
    expect(nextStop(input({ settings, site: 4, session: 4 }), 'site')).toEqual({ kind: 'break-in', ms: 6 * MINUTE });
    expect(nextStop(input({ settings, site: 4, session: 4 }), 'all')).toBeNull();
  });

  test('a daily limit nearer than the break', () => {
    const settings = settingsWith({ sites: { tiktok: { weekday: { dailyMinutes: 30 } } } });
    expect(nextStop(input({ settings, site: 25, session: 2 }), 'site')).toEqual({ kind: 'limit-in', ms: 5 * MINUTE });
  });

  test('a coming nudge does not hide the limit behind it', () => {
    // The nudge at 80 % of 30 minutes is 1 minute away; the limit is 7.
    const settings = settingsWith({ all: { weekday: { dailyMinutes: 30, sessionMinutes: null } } });
    expect(nextStop(input({ settings, site: 23 }), 'all')).toEqual({ kind: 'limit-in', ms: 7 * MINUTE });
  });

  test('the weekend budget applies on a Saturday', () => {
    const settings = settingsWith({
      all: { weekday: { dailyMinutes: 30, sessionMinutes: null }, weekend: { dailyMinutes: 90, sessionMinutes: null } },
    });
    const saturday = { ...input({ settings, site: 40 }), now: Date.UTC(2026, 5, 6, 12) };
    expect(nextStop(saturday, 'all')).toEqual({ kind: 'limit-in', ms: 50 * MINUTE });
    expect(nextStop(input({ settings, site: 40 }), 'all')).toEqual({ kind: 'limit-reached', reason: 'daily-time' });
  });

  test('a session past its length: the break is due now', () => {
    expect(nextStop(input({ site: 21, session: 21 }), 'all')).toEqual({ kind: 'break-due' });
  });

  test('a snoozed limit says until when', () => {
    const settings = settingsWith({ all: { weekday: { dailyMinutes: 30 } } });
    expect(nextStop(input({ settings, site: 31, snoozedUntil: { all: NOW + 4 * MINUTE } }), 'all')).toEqual({
      kind: 'limit-snoozed',
      reason: 'daily-time',
      until: NOW + 4 * MINUTE,
    });
  });

  test("each limit is told once: the site's own on its card, the all-feeds one on the all-feeds card", () => {
    const settings = settingsWith({
      all: { weekday: { dailyVideos: 3, sessionMinutes: null } },
      sites: { tiktok: { weekday: { dailyMinutes: 30 } } },
    });
    const allReached = input({ settings, site: 10, videos: { site: 1, all: 3 } });
    expect(nextStop(allReached, 'all')).toEqual({ kind: 'limit-reached', reason: 'daily-videos' });
    expect(nextStop(allReached, 'site')).toEqual({ kind: 'limit-in', ms: 20 * MINUTE });
    // Snoozing TikTok's own limit leaves the all-feeds one as it was.
    const siteSnoozed = input({
      settings,
      site: 30,
      videos: { site: 1, all: 3 },
      snoozedUntil: { site: NOW + MINUTE },
    });
    expect(nextStop(siteSnoozed, 'site')).toEqual({ kind: 'limit-snoozed', reason: 'daily-time', until: NOW + MINUTE });
    expect(nextStop(siteSnoozed, 'all')).toEqual({ kind: 'limit-reached', reason: 'daily-videos' });
  });

  test('quiet hours stop all feeds', () => {
    const settings = defaultSettings();
    settings.quietHours = { enabled: true, start: '13:00', end: '15:00', days: [2] };
    expect(nextStop(input({ settings }), 'all')).toEqual({ kind: 'limit-reached', reason: 'quiet-hours' });
    expect(nextStop(input({ settings }), 'site')).toBeNull();
  });

  test('nothing due at any amount of watching: no next stop', () => {
    const settings = settingsWith({ all: { weekday: { sessionMinutes: null } } });
    expect(nextStop(input({ settings, site: 50, session: 50 }), 'site')).toBeNull();
    expect(nextStop(input({ settings, site: 50, session: 50 }), 'all')).toBeNull();
  });
});

test('degraded adapters are listed in registry order; working ones are not', () => {
  const row = (over: Partial<SiteHealthRow>): SiteHealthRow => ({
    site: 'tiktok',
    capability: 'tracking',
    status: 'degraded',
    detail: '',
    reportedAt: 1,
    ...over,
  });
  const issues = healthIssues([
    row({ site: 'rednote' }),
    row({ site: 'youtube-shorts', capability: 'tracking' }),
    row({ site: 'youtube-shorts', capability: 'not-interested' }),
    row({ site: 'tiktok', status: 'ok' }),
  ]);
  expect(issues.map((issue) => [issue.name, issue.capability])).toEqual([
    ['YouTube Shorts', 'not-interested'],
    ['YouTube Shorts', 'tracking'],
    ['RedNote', 'tracking'],
  ]);
});
