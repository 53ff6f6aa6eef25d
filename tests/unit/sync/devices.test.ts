import { describe, expect, test } from 'vitest';
import type { Decision } from '../../../lib/limits/decide';
import type { ContentReply } from '../../../lib/messaging/content-protocol';
import { defaultSettings, type Settings } from '../../../lib/settings/schema';
import { itemBytes, SYNC_QUOTAS } from '../../../lib/sync/quotas';
import { elsewhereToday, SHARED_PREFIX, sharedRecords } from '../../../lib/sync/records';
import { readElsewhere, WRITE_EVERY_MS } from '../../../lib/sync/sharing';
import { fakeBrowserDevice } from './devices';
import { createSyncCloud } from './fake-sync';

// Tuesday 2 June 2026, 10:00 UTC (12:00 in Berlin, 06:00 in New York).
const NOW = Date.UTC(2026, 5, 2, 10);
const MINUTE = 60_000;

function withBudget(change: (settings: Settings) => void): Settings {
  const settings = defaultSettings();
  settings.limits.all.weekday.sessionMinutes = null;
  settings.limits.all.weekend.sessionMinutes = null;
  change(settings);
  return settings;
}

/** 30 minutes a day for all feeds together, every day. */
const thirtyMinutes = withBudget((settings) => {
  settings.limits.all.weekday.dailyMinutes = 30;
  settings.limits.all.weekend.dailyMinutes = 30;
});

function promptOf(reply: ContentReply | undefined): Decision['show'] {
  if (!reply?.ok || !('prompt' in reply)) throw new Error(`no decision in ${JSON.stringify(reply)}`);
  return reply.prompt.show;
}

function setup(settings = thirtyMinutes, zones: string[] = ['Europe/Berlin', 'Europe/Berlin', 'Europe/Berlin']) {
  const cloud = createSyncCloud();
  const names = ['Work laptop', 'Home desktop', 'Old netbook'];
  const devices = zones.map((timeZone, index) =>
    fakeBrowserDevice(cloud, {
      name: names[index] as string,
      timeZone,
      clock: { now: NOW },
      settings: () => settings,
    }),
  );
  return { cloud, devices };
}

describe('one budget across browsers (storage.sync, opt-in)', () => {
  test('three browsers: each sees the others by name, and the rules get the sum', async () => {
    const { devices } = setup();
    const [work, home, netbook] = devices as [
      ReturnType<typeof fakeBrowserDevice>,
      ReturnType<typeof fakeBrowserDevice>,
      ReturnType<typeof fakeBrowserDevice>,
    ];
    for (const device of devices) await device.turnOn();
    await work.watch('tiktok', 10);
    await home.watch('youtube-shorts', 8);
    for (let i = 0; i < 3; i++) await netbook.heartbeat('tiktok', 5_000, 1);
    // Mid-minute, each other browser's figures are as of its last write: at most a minute behind.
    const meanwhile = await work.sharing.elsewhere(NOW + 30 * MINUTE);
    expect(meanwhile?.all.activeMs).toBeGreaterThanOrEqual(8 * MINUTE + 15_000 - 2 * MINUTE);
    await home.minuteLater();
    await netbook.minuteLater();
    const elsewhere = await work.sharing.elsewhere(NOW + 30 * MINUTE);
    expect(elsewhere?.browsers.map((browser) => browser.name)).toEqual(['Home desktop', 'Old netbook']);
    expect(elsewhere?.all.activeMs).toBe(8 * MINUTE + 15_000);
    expect(elsewhere?.all.videos).toBe(3);
    expect(elsewhere?.sites.tiktok).toEqual({ activeMs: 15_000, videos: 3 });
    // Work laptop's own IndexedDB holds its own watching only: the others are never written into its rows.
    expect((await (await work.db).getAll('days')).map((day) => [day.site, day.activeMs])).toEqual([
      ['tiktok', 10 * MINUTE],
    ]);
  });

  test('a limit met across browsers: 20 minutes here and 10 there stop the feed on both, within a minute', async () => {
    const { devices } = setup(thirtyMinutes, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    expect(promptOf(await work.watch('tiktok', 20))).toBeNull();
    await work.minuteLater();
    // Home desktop starts watching once Work laptop has stopped.
    home.setNow(work.now());
    let shownAt: number | null = null;
    for (let ms = 0; ms < 12 * MINUTE && shownAt === null; ms += 5_000) {
      const reply = await home.heartbeat('youtube-shorts', 5_000);
      if (promptOf(reply)?.kind === 'limit') shownAt = ms + 5_000;
    }
    // 20 minutes on Work laptop + 10 here: the all-feeds limit shows on Home desktop at its 10th minute.
    expect(shownAt).toBe(10 * MINUTE);
    // Home desktop wrote at once on meeting the limit (not waiting for its minute): Work laptop's next ask shows it.
    expect((await home.outbox()).met).toEqual(['all:daily-time']);
    const onWork = await work.check('tiktok');
    expect(onWork.show).toMatchObject({ kind: 'limit', reason: 'daily-time', scope: 'all' });
    expect(onWork.show?.figures.todaySeconds).toBe(30 * 60);
  });

  test('a daily-videos limit counts the videos of every browser', async () => {
    const settings = withBudget((s) => {
      s.limits.sites.tiktok.weekday.dailyVideos = 3;
      s.limits.sites.tiktok.weekend.dailyVideos = 3;
    });
    const { devices } = setup(settings, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    await work.heartbeat('tiktok', 5_000, 2);
    await work.heartbeat('tiktok', 5_000, 1);
    await work.minuteLater();
    // Three watched on Work laptop; the next video on Home desktop is one too many.
    expect((await home.check('tiktok', 'uncounted')).show).toMatchObject({ kind: 'limit', reason: 'daily-videos' });
  });

  test('a limit met on moving on to the next video is shared at once, though no heartbeat follows it', async () => {
    const settings = withBudget((s) => {
      s.limits.all.weekday.dailyVideos = 1;
    });
    const { devices } = setup(settings, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    await work.heartbeat('tiktok', 5_000, 1);
    // Five seconds on, the next video becomes active: the limit covers the feed (and stops its heartbeats).
    work.setNow(work.now() + 5_000);
    expect((await work.check('tiktok', 'uncounted')).show).toMatchObject({ kind: 'limit', reason: 'daily-videos' });
    expect(work.sync.writes.map((write) => write.at - NOW)).toEqual([5_000, 10_000]);
    expect((await home.sharing.elsewhere(work.now()))?.browsers[0]?.met).toEqual(['all:daily-videos']);
  });

  test('a limit met while a write is under way is written right after it, not dropped', async () => {
    const { devices } = setup(thirtyMinutes, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    const readDay = async (date: string) => ({
      date,
      sites: { tiktok: { activeMs: 60_000, videos: 2 } },
      allMs: 60_000,
    });
    const first = work.sharing.afterHeartbeat({ now: NOW, timeZone: 'Europe/Berlin', met: [], readDay });
    void work.sharing.afterHeartbeat({
      now: NOW + 1_000,
      timeZone: 'Europe/Berlin',
      met: ['tiktok:daily-videos'],
      readDay,
    });
    await first;
    await work.sharing.settled();
    expect(work.sync.writes).toHaveLength(2);
    expect((await home.sharing.elsewhere(NOW + 1_000))?.browsers[0]?.met).toEqual(['tiktok:daily-videos']);
  });

  test('turned off: its records leave storage.sync, and neither side adds the other any more', async () => {
    const { cloud, devices } = setup(thirtyMinutes, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    await work.watch('tiktok', 25);
    await work.minuteLater();
    await home.watch('tiktok', 5);
    expect((await home.check('tiktok')).show?.kind).toBe('limit');
    expect(await work.turnOff()).toBe(true);
    const keys = [...cloud.data.keys()].filter((key) => key.startsWith(SHARED_PREFIX));
    expect(keys).toHaveLength(1);
    expect(keys[0]).toContain(((await home.stores.choice.getValue()) as { deviceId: string }).deviceId);
    expect((await home.check('tiktok')).show?.kind).not.toBe('limit');
    expect(await work.sharing.elsewhere(work.now())).toBeNull();
    // Watching on while off writes nothing more to storage.sync.
    const writes = work.sync.writes.length;
    await work.watch('tiktok', 2);
    expect(work.sync.writes.length).toBe(writes);
  });

  test('a browser with the option off neither shares nor reads', async () => {
    const { cloud, devices } = setup(thirtyMinutes, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await home.turnOn();
    await work.watch('tiktok', 25);
    await work.minuteLater();
    await home.watch('tiktok', 6);
    expect(work.sync.writes).toEqual([]);
    // 25 + 6 minutes would meet the 30; apart, neither does.
    expect((await work.check('tiktok')).show?.kind).not.toBe('limit');
    expect((await home.check('tiktok')).show?.kind).not.toBe('limit');
    expect([...cloud.data.keys()]).toHaveLength(1);
  });

  test('writes: at most once a minute while watching, at once when a limit is met; an hour costs ~60 writes', async () => {
    const settings = withBudget((s) => {
      s.limits.all.weekday.dailyMinutes = 45;
      s.limits.sites.tiktok.weekday.dailyMinutes = 20;
    });
    const { devices } = setup(settings, ['Europe/Berlin']);
    const [work] = devices as [ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await work.watch('tiktok', 60);
    const sets = work.sync.writes.filter((write) => write.op === 'set');
    const gaps = sets.slice(1).map((write, index) => write.at - (sets[index]?.at ?? 0));
    // Every gap is a minute, but for the writes that a newly met limit brought forward.
    const early = gaps.filter((gap) => gap < WRITE_EVERY_MS);
    expect(early.length).toBeLessThanOrEqual(2);
    expect(sets.length).toBeGreaterThanOrEqual(60);
    expect(sets.length).toBeLessThanOrEqual(63);
    const tiktokMet = sets.findIndex((write) => write.at === NOW + 20 * MINUTE);
    expect(tiktokMet).toBeGreaterThan(0);
    expect(work.sync.writes.length).toBeLessThanOrEqual(SYNC_QUOTAS.writesPerHour / 25);
    console.info(
      `storage.sync writes in an hour of watching: ${work.sync.writes.length} (quota ${SYNC_QUOTAS.writesPerHour}/h)`,
    );
  });

  test('throttled (the per-minute write quota used up by settings): counting goes on, the write is retried later', async () => {
    const oneMinute = withBudget((s) => {
      s.limits.sites.tiktok.weekday.dailyMinutes = 1;
    });
    const { devices } = setup(oneMinute, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    await work.heartbeat('tiktok', 30_000);
    // Two minutes away from the feed; then the settings were saved in a burst that used up this minute's writes.
    work.setNow(work.now() + 2 * MINUTE);
    while (!work.sync.refused.includes('MAX_WRITE_OPERATIONS_PER_MINUTE')) {
      await work.sync.set({ settings: { at: work.sync.writes.length } }).catch(() => undefined);
    }
    work.sync.refused.length = 0;
    const writesBefore = work.sync.writes.length;
    // The limit is met: a write is due at once, and refused.
    const reply = await work.heartbeat('tiktok', 30_000);
    expect(reply).toMatchObject({ ok: true, applied: [2], prompt: { show: { kind: 'limit' } } });
    expect(work.sync.refused).toEqual(['MAX_WRITE_OPERATIONS_PER_MINUTE']);
    expect(work.sync.writes.length).toBe(writesBefore);
    expect((await work.outbox()).failure).toBe('writesPerMinute');
    // Counting was not held up.
    expect((await (await work.db).get('days', ['2026-06-02', 'tiktok']))?.activeMs).toBe(60_000);
    // It waits a minute (a write now would be refused again), then the next heartbeat writes what was held back.
    await work.heartbeat('tiktok', 30_000);
    expect(work.sync.writes.length).toBe(writesBefore);
    await work.heartbeat('tiktok', 30_000);
    expect((await work.outbox()).failure).toBeNull();
    const elsewhere = await home.sharing.elsewhere(work.now());
    expect(elsewhere?.sites.tiktok.activeMs).toBe(2 * MINUTE);
    expect(elsewhere?.browsers[0]?.met).toEqual(['tiktok:daily-time']);
  });

  test('storage.sync full: counting goes on; this browser gives up its older days to keep today shared', async () => {
    const { cloud, devices } = setup(thirtyMinutes, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    // Nine earlier days shared by Work laptop, then the area filled to the brim by other synced data.
    for (let day = 9; day >= 1; day--) {
      work.setNow(NOW - day * 24 * 3_600_000);
      await work.heartbeat('tiktok', 5_000);
    }
    work.setNow(NOW);
    const ownDays = () =>
      sharedRecords(Object.fromEntries(cloud.data))
        .filter((record) => record.name === 'Work laptop')
        .map((record) => record.date)
        .sort();
    expect(ownDays()).toHaveLength(9);
    const used = () => [...cloud.data].reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    for (let filler = 0; SYNC_QUOTAS.bytes - used() > 8_000; filler++) {
      await cloud.browser({ now: NOW }).set({ [`other${filler}`]: 'x'.repeat(7_000) });
    }
    await cloud.browser({ now: NOW }).set({ tail: 'x'.repeat(SYNC_QUOTAS.bytes - used() - 20) });
    const reply = await work.heartbeat('tiktok', 60_000);
    expect(reply).toMatchObject({ ok: true, applied: [10] });
    expect(work.sync.refused).toContain('QUOTA_BYTES');
    expect((await work.outbox()).failure).toBe('bytes');
    // Counting was not held up.
    expect((await (await work.db).get('days', ['2026-06-02', 'tiktok']))?.activeMs).toBe(60_000);
    // Its days before the last week went to make room; a minute on, today is shared.
    expect(ownDays()).toEqual(['2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30', '2026-05-31', '2026-06-01']);
    await work.heartbeat('tiktok', 60_000);
    expect((await work.outbox()).failure).toBeNull();
    expect((await home.sharing.elsewhere(work.now()))?.all.activeMs).toBe(120_000);
  });
});

describe('days and clocks', () => {
  test('a day boundary in two time zones: each browser’s share follows its own midnight, and both agree on the sum', async () => {
    const { devices } = setup(thirtyMinutes, ['Europe/Berlin', 'America/New_York']);
    const [berlin, newYork] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    const clockAt = (utcHour: number, minute = 0) => Date.UTC(2026, 5, 2, utcHour, minute);
    // 23:00 in Berlin (21:00 UTC) is 17:00 in New York: both on 2 June.
    for (const device of devices) await device.turnOn();
    setClock(berlin, clockAt(21));
    await berlin.watch('tiktok', 10);
    await berlin.minuteLater();
    setClock(newYork, clockAt(21));
    await newYork.watch('tiktok', 10);
    await newYork.minuteLater();
    const before = clockAt(21, 30);
    expect((await berlin.sharing.elsewhere(before))?.all.activeMs).toBe(10 * MINUTE);
    expect((await newYork.sharing.elsewhere(before))?.all.activeMs).toBe(10 * MINUTE);
    // 00:30 in Berlin (3 June) is 18:30 in New York (still 2 June): Berlin's new day starts from nothing, New York's
    // 2 June still counts in both.
    const after = clockAt(22, 30);
    expect((await berlin.sharing.elsewhere(after))?.all.activeMs).toBe(10 * MINUTE);
    expect((await newYork.sharing.elsewhere(after))?.all.activeMs).toBe(0);
    setClock(berlin, after);
    expect((await berlin.check('tiktok')).show).toBeNull();
    await berlin.watch('tiktok', 20);
    await berlin.minuteLater();
    // Berlin's 20 minutes of 3 June and New York's 10 of 2 June meet the 30: on both, at the same moment.
    expect((await berlin.check('tiktok')).show?.kind).toBe('limit');
    setClock(newYork, berlin.now());
    expect((await newYork.check('tiktok')).show?.kind).toBe('limit');
    // New York's midnight (04:00 UTC): its share starts again, Berlin's 20 minutes stay.
    const nyMidnight = Date.UTC(2026, 5, 3, 4, 1);
    expect((await berlin.sharing.elsewhere(nyMidnight))?.all.activeMs).toBe(0);
    expect((await newYork.sharing.elsewhere(nyMidnight))?.all.activeMs).toBe(20 * MINUTE);
  });

  test('clock skew: a browser whose clock runs 10 minutes ahead keeps its new day out of the others’ today', async () => {
    const { devices } = setup(thirtyMinutes, ['Europe/Berlin', 'Europe/Berlin']);
    const [right, ahead] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    for (const device of devices) await device.turnOn();
    // 23:40 in Berlin by the right clock; the other reads 23:50.
    const late = Date.UTC(2026, 5, 2, 21, 40);
    setClock(right, late);
    setClock(ahead, late + 10 * MINUTE);
    await ahead.watch('tiktok', 15);
    await ahead.minuteLater();
    // By its own clock it is past midnight: its last 5 minutes went to 3 June (its first write of the new day closed
    // the old one).
    const records = sharedRecords(await right.sync.get(null));
    expect(records.map((record) => [record.date, record.all]).sort()).toEqual([
      ['2026-06-02', 600],
      ['2026-06-03', 300],
    ]);
    // At 23:55 by the right clock, its today holds the other's 2 June only; the 3 June share waits for midnight.
    expect((await right.sharing.elsewhere(late + 15 * MINUTE))?.all.activeMs).toBe(10 * MINUTE);
    expect((await right.sharing.elsewhere(late + 21 * MINUTE))?.all.activeMs).toBe(5 * MINUTE);
    // Its own clock decides only its own days: the right clock's browser still counts its 2 June as today.
    expect((await ahead.sharing.elsewhere(late + 15 * MINUTE))?.browsers).toEqual([]);
    // The writer's own clock reading (`at`) decides nothing: the same record counts whatever it says.
    const [first] = records;
    expect(elsewhereToday([{ ...(first as (typeof records)[0]), at: 0 }], null, late).all.activeMs).toBe(600_000);
  });

  test('malformed or mislabelled records from another device are left out', async () => {
    const { devices } = setup(thirtyMinutes, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    await home.watch('tiktok', 2);
    await home.minuteLater();
    const [good] = sharedRecords(await work.sync.get(null));
    const record = good as NonNullable<typeof good>;
    await work.sync.set({
      // Under another device's key: a record may not speak for another browser.
      [`${SHARED_PREFIX}aaaaaaaa-0000-0000-0000-000000000000:2026-06-02`]: record,
      [`${SHARED_PREFIX}bbbbbbbb:2026-06-02`]: { ...record, device: 'bbbbbbbb', all: 'a lot' },
      [`${SHARED_PREFIX}cccccccc:2026-06-02`]: { ...record, device: 'cccccccc', tz: 'Mars/Olympus' },
      [`${SHARED_PREFIX}dddddddd:2026-06-02`]: { ...record, device: 'dddddddd', sites: { snapchat: { s: 1, n: 1 } } },
      [`${SHARED_PREFIX}eeeeeeee:2026-06-02`]: { ...record, device: 'eeeeeeee', all: 1e9 },
      [`${SHARED_PREFIX}garbage`]: 'not a record',
    });
    const elsewhere = await readElsewhere(work.stores, NOW + 2 * MINUTE);
    expect(elsewhere?.browsers.map((browser) => browser.name)).toEqual(['Home desktop']);
    expect(elsewhere?.all.activeMs).toBe(2 * MINUTE);
  });

  test('30 days kept: a browser removes its own older records, never another’s', async () => {
    const { cloud, devices } = setup(thirtyMinutes, ['Europe/Berlin', 'Europe/Berlin']);
    const [work, home] = devices as [ReturnType<typeof fakeBrowserDevice>, ReturnType<typeof fakeBrowserDevice>];
    await work.turnOn();
    await home.turnOn();
    await home.heartbeat('tiktok', 5_000);
    for (let day = 0; day < 35; day++) {
      setClock(work, NOW + day * 24 * 3_600_000);
      await work.heartbeat('tiktok', 5_000);
    }
    const records = sharedRecords(Object.fromEntries(cloud.data));
    const ownDates = records
      .filter((r) => r.name === 'Work laptop')
      .map((r) => r.date)
      .sort();
    expect(ownDates).toHaveLength(30);
    expect(ownDates[0]).toBe('2026-06-07');
    expect(ownDates.at(-1)).toBe('2026-07-06');
    expect(records.filter((r) => r.name === 'Home desktop')).toHaveLength(1);
    // A full record (every site, every limit met) is far within an item's quota.
    const biggest = Math.max(...[...cloud.data].map(([key, value]) => itemBytes(key, value)));
    expect(biggest).toBeLessThan(SYNC_QUOTAS.bytesPerItem / 10);
  });
});

function setClock(device: ReturnType<typeof fakeBrowserDevice>, at: number) {
  device.setNow(at);
}
