import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../lib/db/database';
import { recordHeartbeats } from '../../lib/db/usage';
import { buildExport, parseExport } from '../../lib/export/format';
import { defaultSettings } from '../../lib/settings/schema';

const NOW = Date.UTC(2026, 5, 2, 10, 0, 30);
const context = { now: NOW, timeZone: 'Asia/Kolkata' };
let counter = 0;

async function exported() {
  const db = await openDatabase(`test-export-${++counter}`);
  await recordHeartbeats(
    db,
    {
      site: 'tiktok',
      page: 'tab-1',
      beats: [
        { seq: 1, segments: [{ start: NOW - 90_000, end: NOW - 29_500 }], videos: [{ id: 'a', at: NOW - 60_000 }] },
      ],
    },
    context,
  );
  return buildExport(db, defaultSettings(), context);
}

describe('the export contract', () => {
  test('an export carries the days, totals, time zone and settings, and reads back as valid', async () => {
    const document = await exported();
    expect(document).toMatchObject({
      format: 'mindful-feed-export',
      version: 1,
      exportedAt: '2026-06-02T10:00:30.000Z',
      timeZone: 'Asia/Kolkata',
      days: [{ date: '2026-06-02', site: 'tiktok', activeSeconds: 60.5, videos: 1, sessions: 1, notInterested: 0 }],
      totals: [{ date: '2026-06-02', activeSeconds: 60.5 }],
    });
    // 09:58:30 UTC is 15:28:30 in Kolkata.
    expect(document.days[0]?.hourly[15]).toBe(60.5);
    expect(parseExport(JSON.stringify(document))).toEqual({ ok: true, document });
  });

  type Spoil = (document: Record<string, unknown> & { days: Record<string, unknown>[] }) => unknown;
  const day = (problem: Record<string, unknown>, at: Record<string, unknown> = {}) => ({
    kind: 'row',
    at: { list: 'days', row: 1, date: '2026-06-02', site: 'tiktok', ...at },
    problem,
  });
  const bad: [string, Spoil, unknown][] = [
    ['not JSON', () => '{"format":', { kind: 'notJson' }],
    ['another app’s format', (d) => ({ ...d, format: 'leechblock' }), { kind: 'notExport' }],
    ['no format at all, as another app’s JSON', () => ({ days: [], settings: {} }), { kind: 'notExport' }],
    ['a list instead of a document', () => [1, 2, 3], { kind: 'notExport' }],
    ['a newer version', (d) => ({ ...d, version: 2 }), { kind: 'newerVersion', version: 2, supported: 1 }],
    ['a newer version with new parts', (d) => ({ ...d, version: 3, streaks: [] }), { kind: 'newerVersion' }],
    ['version 0', (d) => ({ ...d, version: 0 }), { kind: 'unknownVersion' }],
    ['a part this version does not know', (d) => ({ ...d, streaks: [] }), { kind: 'unknownPart', name: 'streaks' }],
    ['no export time', (d) => ({ ...d, exportedAt: 'yesterday' }), { kind: 'exportedAt' }],
    ['an unknown time zone', (d) => ({ ...d, timeZone: 'Mars/Olympus' }), { kind: 'timeZone', value: 'Mars/Olympus' }],
    ['no time zone', (d) => ({ ...d, timeZone: undefined }), { kind: 'timeZone', value: null }],
    ['no days', (d) => ({ ...d, days: undefined }), { kind: 'noList', list: 'days' }],
    ['no settings', (d) => ({ ...d, settings: undefined }), { kind: 'settings' }],
    [
      'a negative time',
      (d) => ({ ...d, days: [{ ...d.days[0], activeSeconds: -5 }] }),
      day({ kind: 'negative', field: 'activeSeconds' }),
    ],
    [
      'an absurd time',
      (d) => ({ ...d, days: [{ ...d.days[0], activeSeconds: 200_000 }] }),
      day({ kind: 'tooLarge', field: 'activeSeconds', max: 90_000 }),
    ],
    [
      'a time as text',
      (d) => ({ ...d, days: [{ ...d.days[0], activeSeconds: '60' }] }),
      day({ kind: 'notNumber', field: 'activeSeconds' }),
    ],
    [
      'a fractional video count',
      (d) => ({ ...d, days: [{ ...d.days[0], videos: 1.5 }] }),
      day({ kind: 'notWhole', field: 'videos' }),
    ],
    [
      'an absurd count',
      (d) => ({ ...d, days: [{ ...d.days[0], sessions: 5_000_000 }] }),
      day({ kind: 'tooLarge', field: 'sessions', max: 1_000_000 }),
    ],
    [
      'a missing count',
      (d) => ({ ...d, days: [{ ...d.days[0], notInterested: undefined }] }),
      day({ kind: 'missing', field: 'notInterested' }),
    ],
    [
      '30 February',
      (d) => ({ ...d, days: [{ ...d.days[0], date: '2026-02-30' }] }),
      day({ kind: 'badDate', value: '2026-02-30' }, { date: null }),
    ],
    [
      'an unknown site',
      (d) => ({ ...d, days: [{ ...d.days[0], site: 'snapchat' }] }),
      day({ kind: 'unknownSite', value: 'snapchat' }, { site: null }),
    ],
    [
      'an hour longer than two',
      (d) => ({ ...d, days: [{ ...d.days[0], hourly: Array.from({ length: 24 }, (_, h) => (h === 15 ? 9000 : 0)) }] }),
      day({ kind: 'hour', hour: 15, problem: 'tooLarge', max: 7200 }),
    ],
    [
      '23 hours',
      (d) => ({ ...d, days: [{ ...d.days[0], hourly: new Array(23).fill(0) }] }),
      day({ kind: 'hourlyNot24' }),
    ],
    [
      'hours that do not add up',
      (d) => ({ ...d, days: [{ ...d.days[0], activeSeconds: 10 }] }),
      day({ kind: 'hoursDoNotAddUp' }),
    ],
    [
      'a field this version does not know',
      (d) => ({ ...d, days: [{ ...d.days[0], mood: 3 }] }),
      day({ kind: 'unknownField', name: 'mood' }),
    ],
    [
      'a row that is not a record',
      (d) => ({ ...d, days: [d.days[0], 42] }),
      day({ kind: 'notRecord' }, { row: 2, date: null, site: null }),
    ],
    ['a day twice', (d) => ({ ...d, days: [d.days[0], d.days[0]] }), day({ kind: 'twice' }, { row: 2 })],
  ];
  test.each(bad)('a file with %s is refused, naming its first problem', async (_what, spoil, problem) => {
    const document = (await exported()) as unknown as Parameters<Spoil>[0];
    const spoiled = spoil(JSON.parse(JSON.stringify(document)));
    const result = parseExport(typeof spoiled === 'string' ? spoiled : JSON.stringify(spoiled));
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.problem).toMatchObject(problem as object);
  });
});
