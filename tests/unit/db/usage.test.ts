import { openDB } from 'idb';
import { describe, expect, test } from 'vitest';
import { DB_VERSION, openDatabase } from '../../../lib/db/database';
import { readDays, readTotals, recordHeartbeats } from '../../../lib/db/usage';

let counter = 0;
const name = () => `test-usage-${++counter}`;
const NOW = Date.UTC(2026, 5, 2, 22, 30); // 00:30 on 3 June in Berlin
const context = { now: NOW, timeZone: 'Europe/Berlin' };

describe('usage in IndexedDB', () => {
  test('two sites playing at the same moment count on each site, and once in the all-sites total', async () => {
    const db = await openDatabase(name());
    const minute = { start: NOW - 60_000, end: NOW };
    await recordHeartbeats(
      db,
      { site: 'tiktok', page: 'tab-a', beats: [{ seq: 1, segments: [minute], videos: [] }] },
      context,
    );
    await recordHeartbeats(
      db,
      { site: 'youtube-shorts', page: 'tab-b', beats: [{ seq: 1, segments: [minute], videos: [] }] },
      context,
    );
    const days = await readDays(db, '2026-06-03', '2026-06-03');
    expect(days.map((day) => [day.site, day.activeMs])).toEqual([
      ['tiktok', 60_000],
      ['youtube-shorts', 60_000],
    ]);
    expect((await readTotals(db, '2026-06-03', '2026-06-03')).map((row) => row.activeMs)).toEqual([60_000]);
    expect(days[0]?.hourlyMs[0]).toBe(60_000);
  });

  test('a page session cannot switch sites', async () => {
    const db = await openDatabase(name());
    const beat = { seq: 1, segments: [{ start: NOW - 1_000, end: NOW }], videos: [] };
    await recordHeartbeats(db, { site: 'tiktok', page: 'tab-a', beats: [beat] }, context);
    await expect(
      recordHeartbeats(db, { site: 'rednote', page: 'tab-a', beats: [{ ...beat, seq: 2 }] }, context),
    ).rejects.toThrow('another site');
    expect(await readDays(db, '2026-06-03', '2026-06-03')).toHaveLength(1);
  });

  test('page sessions not heard from for two days are forgotten when a new tab reports', async () => {
    const db = await openDatabase(name());
    const beat = (at: number) => ({ seq: 1, segments: [{ start: at - 1_000, end: at }], videos: [] });
    const old = NOW - 3 * 24 * 3_600_000;
    await recordHeartbeats(db, { site: 'tiktok', page: 'old-tab', beats: [beat(old)] }, { ...context, now: old });
    await recordHeartbeats(db, { site: 'tiktok', page: 'new-tab', beats: [beat(NOW)] }, context);
    expect(await db.getAllKeys('pages')).toEqual(['new-tab']);
  });
});

describe('schema upgrades', () => {
  test('a version 1 database keeps its site health and gains the usage stores', async () => {
    const dbName = name();
    const v1 = await openDB(dbName, 1, {
      upgrade(db) {
        db.createObjectStore('health', { keyPath: ['site', 'capability'] });
      },
    });
    const health = { site: 'tiktok', capability: 'script', status: 'degraded', detail: 'x', reportedAt: 1 };
    await v1.put('health', health);
    v1.close();
    const db = await openDatabase(dbName);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.getAll('health')).toEqual([health]);
    expect([...db.objectStoreNames].sort()).toEqual([
      'coverage',
      'days',
      'health',
      'pages',
      'promptState',
      'totals',
      'worthIt',
    ]);
  });

  test('a version 2 database keeps every total and day, and its days gain empty prompt outcomes', async () => {
    const dbName = name();
    const v2 = await openDB(dbName, 2, {
      upgrade(db) {
        db.createObjectStore('health', { keyPath: ['site', 'capability'] });
        db.createObjectStore('days', { keyPath: ['date', 'site'] });
        db.createObjectStore('totals', { keyPath: 'date' });
        db.createObjectStore('coverage', { keyPath: 'scope' });
        db.createObjectStore('pages', { keyPath: 'page' }).createIndex('lastSeenAt', 'lastSeenAt');
      },
    });
    const hourlyMs = Array.from({ length: 24 }, (_, hour) => (hour === 21 ? 754_200 : 0));
    const oldDays = ['2026-05-30', '2026-05-31'].map((date, i) => ({
      date,
      site: 'tiktok',
      activeMs: 754_200,
      hourlyMs,
      videos: 41 + i,
      sessions: 2,
      notInterested: 0,
    }));
    for (const day of oldDays) await v2.put('days', day);
    await v2.put('totals', { date: '2026-05-30', activeMs: 801_700, hourlyMs });
    v2.close();
    const db = await openDatabase(dbName);
    expect(await db.getAll('totals')).toEqual([{ date: '2026-05-30', activeMs: 801_700, hourlyMs }]);
    expect(await db.getAll('days')).toEqual(
      oldDays.map((day) => ({
        ...day,
        prompts: {
          shown: { nudge: 0, breathing: 0, intention: 0, limit: 0 },
          left: 0,
          continued: 0,
          snoozed: 0,
          overrides: 0,
        },
      })),
    );
  });

  test('a version 3 database keeps its prompt state and gains an empty store of "worth it" answers', async () => {
    const dbName = name();
    const v3 = await openDB(dbName, 3, {
      upgrade(db) {
        db.createObjectStore('health', { keyPath: ['site', 'capability'] });
        db.createObjectStore('days', { keyPath: ['date', 'site'] });
        db.createObjectStore('totals', { keyPath: 'date' });
        db.createObjectStore('coverage', { keyPath: 'scope' });
        db.createObjectStore('pages', { keyPath: 'page' }).createIndex('lastSeenAt', 'lastSeenAt');
        db.createObjectStore('promptState', { keyPath: ['date', 'site'] });
      },
    });
    const state = { date: '2026-05-30', site: 'all', snoozesUsed: 1, snoozedUntil: 0, nudged: [] };
    await v3.put('promptState', state);
    v3.close();
    const db = await openDatabase(dbName);
    expect(db.version).toBe(4);
    expect(await db.getAll('promptState')).toEqual([state]);
    expect(await db.getAll('worthIt')).toEqual([]);
    db.close();
  });
});
