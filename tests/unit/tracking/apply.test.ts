import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { applyBeats, type Beat, type UsageCounts } from '../../../lib/tracking/apply';
import { type Coverage, insert, length } from '../../../lib/tracking/intervals';
import { startOfLocalDate } from '../../../lib/tracking/local-time';

const TZ = 'Europe/Berlin';
const T0 = startOfLocalDate('2026-06-02', TZ) + 10 * 3_600_000; // 10:00 local
const NOW = T0 + 3_600_000;

/** A tiny in-memory stand-in for the background's store: one site, several page sessions. */
function createStore() {
  const applied = new Map<string, { appliedSeq: number; appliedAbove: number[] }>();
  let siteCoverage: Coverage = [];
  let allCoverage: Coverage = [];
  const site = new Map<string, UsageCounts>();
  const all = new Map<string, UsageCounts>();
  const merge = (target: Map<string, UsageCounts>, delta: Map<string, UsageCounts>) => {
    for (const [date, counts] of delta) {
      const row = target.get(date) ?? { activeMs: 0, hourlyMs: new Array(24).fill(0), videos: 0, sessions: 0 };
      row.activeMs += counts.activeMs;
      row.videos += counts.videos;
      row.sessions += counts.sessions;
      row.hourlyMs = row.hourlyMs.map((ms, hour) => ms + (counts.hourlyMs[hour] ?? 0));
      target.set(date, row);
    }
  };
  return {
    send(page: string, beats: Beat[], now = NOW) {
      const state = applied.get(page) ?? { appliedSeq: 0, appliedAbove: [] };
      const result = applyBeats({ ...state, siteCoverage, allCoverage }, beats, { now, timeZone: TZ });
      applied.set(page, { appliedSeq: result.state.appliedSeq, appliedAbove: result.state.appliedAbove });
      siteCoverage = result.state.siteCoverage;
      allCoverage = result.state.allCoverage;
      merge(site, result.site);
      merge(all, result.all);
    },
    total: () => [...site.values()].reduce((sum, counts) => sum + counts.activeMs, 0),
    videos: () => [...site.values()].reduce((sum, counts) => sum + counts.videos, 0),
    sessions: () => [...site.values()].reduce((sum, counts) => sum + counts.sessions, 0),
    site,
    all,
  };
}

// A tab's stream: consecutive beats, each with short segments inside [T0, T0 + 20 min).
const tabStream = fc
  .array(
    fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 1_200_000 }), fc.integer({ min: 1, max: 6_000 }))
        .map(([offset, size]) => ({ start: T0 + offset, end: T0 + offset + size })),
      { maxLength: 4 },
    ),
    { minLength: 1, maxLength: 12 },
  )
  .map((segmentLists) => segmentLists.map((segments, index): Beat => ({ seq: index + 1, segments, videos: [] })));

describe('merging heartbeats from many tabs', () => {
  test('random, duplicated, reordered, overlapping streams count each moment once, and replays change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(tabStream, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 3 })), { maxLength: 40 }),
        (streams, deliveries) => {
          const store = createStore();
          // Deliver random batches (possibly repeated and out of order), then everything once more in order.
          for (const [tab, first, count] of deliveries) {
            const beats = streams[tab % streams.length] ?? [];
            const start = first % beats.length;
            store.send(`page-${tab % streams.length}`, beats.slice(start, start + count + 1).reverse());
          }
          for (const [tab, beats] of streams.entries()) store.send(`page-${tab}`, beats);
          const union = streams
            .flat()
            .flatMap((beat) => beat.segments)
            .reduce(insert, [] as Coverage);
          expect(store.total()).toBe(length(union));
          expect(store.total()).toBeLessThanOrEqual(union.length === 0 ? 0 : 1_206_000);
          // Replaying every beat of every tab changes nothing.
          const before = JSON.stringify([...store.site, ...store.all]);
          for (const [tab, beats] of streams.entries()) store.send(`page-${tab}`, beats);
          expect(JSON.stringify([...store.site, ...store.all])).toBe(before);
        },
      ),
    );
  });

  test('two tabs watching the same minute count one minute, for the site and for all sites', () => {
    const store = createStore();
    const minute = { start: T0, end: T0 + 60_000 };
    store.send('a', [{ seq: 1, segments: [minute], videos: [] }]);
    store.send('b', [{ seq: 1, segments: [minute], videos: [] }]);
    expect(store.total()).toBe(60_000);
    expect(store.all.get('2026-06-02')?.activeMs).toBe(60_000);
    expect(store.all.get('2026-06-02')?.hourlyMs[10]).toBe(60_000);
  });

  test('videos count once per heartbeat, not again on replay', () => {
    const store = createStore();
    const beat = { seq: 1, segments: [], videos: [{ id: 'v1', at: T0 }] };
    store.send('a', [beat]);
    store.send('a', [beat]);
    expect(store.videos()).toBe(1);
  });

  test('a pause of more than 5 minutes starts a new session; a shorter one does not', () => {
    const store = createStore();
    store.send('a', [{ seq: 1, segments: [{ start: T0, end: T0 + 60_000 }], videos: [] }]);
    store.send('a', [{ seq: 2, segments: [{ start: T0 + 240_000, end: T0 + 300_000 }], videos: [] }]);
    expect(store.sessions()).toBe(1);
    store.send('a', [{ seq: 3, segments: [{ start: T0 + 700_000, end: T0 + 760_000 }], videos: [] }]);
    expect(store.sessions()).toBe(2);
    // A late heartbeat from another tab that fills the gap joins the two sessions into one.
    store.send('b', [{ seq: 1, segments: [{ start: T0 + 400_000, end: T0 + 500_000 }], videos: [] }]);
    expect(store.sessions()).toBe(1);
  });

  test('time in the future or older than a day is not counted', () => {
    const store = createStore();
    store.send('a', [
      {
        seq: 1,
        segments: [
          { start: NOW + 60_000, end: NOW + 120_000 },
          { start: NOW - 25 * 3_600_000, end: NOW - 25 * 3_600_000 + 60_000 },
        ],
        videos: [{ id: 'old', at: NOW - 25 * 3_600_000 }],
      },
    ]);
    expect(store.total()).toBe(0);
    expect(store.videos()).toBe(0);
  });

  test('watching across midnight lands on both dates and opens a session on the first', () => {
    const store = createStore();
    const midnight = startOfLocalDate('2026-06-03', TZ);
    store.send(
      'a',
      [{ seq: 1, segments: [{ start: midnight - 30_000, end: midnight + 30_000 }], videos: [] }],
      midnight + 60_000,
    );
    expect(store.site.get('2026-06-02')).toMatchObject({ activeMs: 30_000, sessions: 1 });
    expect(store.site.get('2026-06-03')).toMatchObject({ activeMs: 30_000, sessions: 0 });
    expect(store.site.get('2026-06-02')?.hourlyMs[23]).toBe(30_000);
    expect(store.site.get('2026-06-03')?.hourlyMs[0]).toBe(30_000);
  });
});
