import { describe, expect, test } from 'vitest';
import { localClock, localHour, splitByLocalHour, startOfLocalDate } from '../../../lib/tracking/local-time';

const HOUR = 3_600_000;

function dayShares(date: string, timeZone: string) {
  const start = startOfLocalDate(date, timeZone);
  const end = startOfLocalDate(nextDate(date), timeZone);
  return { start, end, shares: splitByLocalHour(start, end, timeZone) };
}

function nextDate(date: string): string {
  const next = new Date(`${date}T12:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

describe('splitting time at local midnight and local hours', () => {
  test('23:59:30–00:00:30 splits exactly 30 s / 30 s across midnight', () => {
    const timeZone = 'Europe/Berlin';
    const midnight = startOfLocalDate('2026-06-02', timeZone);
    const shares = splitByLocalHour(midnight - 30_000, midnight + 30_000, timeZone);
    expect(shares).toEqual([
      { date: '2026-06-01', hour: 23, ms: 30_000 },
      { date: '2026-06-02', hour: 0, ms: 30_000 },
    ]);
  });

  test.each([
    // zone, date, expected length of the local day in hours
    ['America/New_York', '2026-03-08', 23],
    ['America/New_York', '2026-11-01', 25],
    ['Europe/Berlin', '2026-03-29', 23],
    ['Europe/Berlin', '2026-10-25', 25],
    ['Australia/Lord_Howe', '2026-10-04', 23.5],
    ['Australia/Lord_Howe', '2026-04-05', 24.5],
    ['Asia/Kolkata', '2026-03-08', 24],
    ['Pacific/Chatham', '2026-09-27', 23],
    ['Pacific/Chatham', '2026-04-05', 25],
    ['Europe/Berlin', '2026-06-02', 24],
  ])('%s on %s is a %s-hour day, all of it on that date', (timeZone, date, hours) => {
    const { start, end, shares } = dayShares(date, timeZone);
    expect(end - start).toBe(hours * HOUR);
    expect(new Set(shares.map((share) => share.date))).toEqual(new Set([date]));
    expect(shares.reduce((sum, share) => sum + share.ms, 0)).toBe(hours * HOUR);
    expect(localHour(start, timeZone)).toEqual({ date, hour: 0 });
  });

  test('the hour skipped in spring holds nothing, the repeated hour in autumn holds two', () => {
    const spring = dayShares('2026-03-08', 'America/New_York').shares;
    expect(spring.some((share) => share.hour === 2)).toBe(false);
    const autumn = dayShares('2026-11-01', 'America/New_York').shares;
    expect(autumn.filter((share) => share.hour === 1).reduce((sum, share) => sum + share.ms, 0)).toBe(2 * HOUR);
  });

  test('half-hour and three-quarter-hour zones split on their own hour boundaries', () => {
    // Kolkata is UTC+5:30: 10:00 UTC is 15:30 local, so 10:00–11:00 UTC is half in 15h and half in 16h.
    const kolkata = splitByLocalHour(Date.UTC(2026, 0, 10, 10), Date.UTC(2026, 0, 10, 11), 'Asia/Kolkata');
    expect(kolkata).toEqual([
      { date: '2026-01-10', hour: 15, ms: HOUR / 2 },
      { date: '2026-01-10', hour: 16, ms: HOUR / 2 },
    ]);
    // Chatham in January is UTC+13:45: 10:00 UTC is 23:45 local, so the next local day starts at 10:15 UTC.
    const chatham = splitByLocalHour(Date.UTC(2026, 0, 10, 10), Date.UTC(2026, 0, 10, 10, 30), 'Pacific/Chatham');
    expect(chatham).toEqual([
      { date: '2026-01-10', hour: 23, ms: 15 * 60_000 },
      { date: '2026-01-11', hour: 0, ms: 15 * 60_000 },
    ]);
  });
});

test('the same instant asked again, in turn in two zones, is each zone’s own local time, and a caller cannot change it', () => {
  const instant = Date.UTC(2026, 0, 10, 23, 30);
  const asked = ['Europe/Berlin', 'America/New_York', 'Europe/Berlin', 'Europe/Berlin', 'America/New_York'];
  expect(asked.map((zone) => localClock(instant, zone))).toEqual([
    { date: '2026-01-11', weekday: 0, minuteOfDay: 30 },
    { date: '2026-01-10', weekday: 6, minuteOfDay: 18 * 60 + 30 },
    { date: '2026-01-11', weekday: 0, minuteOfDay: 30 },
    { date: '2026-01-11', weekday: 0, minuteOfDay: 30 },
    { date: '2026-01-10', weekday: 6, minuteOfDay: 18 * 60 + 30 },
  ]);
  localClock(instant, 'Europe/Berlin');
  const again = localClock(instant, 'Europe/Berlin');
  again.date = '1999-01-01';
  expect(localClock(instant, 'Europe/Berlin').date).toBe('2026-01-11');
  expect(localHour(instant + 60_000, 'Europe/Berlin')).toEqual({ date: '2026-01-11', hour: 0 });
});
