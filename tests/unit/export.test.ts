import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../lib/db/database';
import { recordHeartbeats } from '../../lib/db/usage';
import { enrol } from '../../lib/experiment/state';
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
      version: 2,
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
    ['a newer version', (d) => ({ ...d, version: 3 }), { kind: 'newerVersion', version: 3, supported: 2 }],
    ['a newer version with new parts', (d) => ({ ...d, version: 4, streaks: [] }), { kind: 'newerVersion' }],
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

describe('version 2: the "worth it" answers and the experiment', () => {
  test('are in the export with the assignments and the results, and read back; a version 1 file still reads', async () => {
    const db = await openDatabase(`test-export-${++counter}`);
    const day = 86_400_000;
    const experiment = enrol(['cover-at-limit', 'nudges-only'], { now: NOW - 4 * day, timeZone: 'UTC', seed: 8 });
    for (const [index, assigned] of experiment.assignments.slice(0, 4).entries()) {
      const minutes = assigned.style === 'nudges-only' ? 10 : 40;
      const hourlyMs = Array.from({ length: 24 }, (_, hour) => (hour === 12 ? minutes * 60_000 : 0));
      await db.put('totals', { date: assigned.date, activeMs: minutes * 60_000, hourlyMs });
      await db.put('worthIt', {
        sessionStart: NOW - (4 - index) * day,
        sessionEnd: NOW - (4 - index) * day + 600_000,
        activeMs: 600_000,
        askedAt: NOW,
        answer: index % 2 === 0 ? 'worth' : null,
        answeredAt: NOW,
      });
    }
    const document = await buildExport(db, defaultSettings(), { now: NOW, timeZone: 'UTC', experiment });
    db.close();
    expect(document.version).toBe(2);
    expect(document.worthIt).toHaveLength(4);
    expect(document.worthIt?.[0]).toEqual({
      sessionStart: new Date(NOW - 4 * day).toISOString(),
      sessionEnd: new Date(NOW - 4 * day + 600_000).toISOString(),
      activeSeconds: 600,
      answer: 'worth',
    });
    expect(document.experiment?.assignments).toEqual(experiment.assignments);
    expect(document.experiment?.seed).toBe(8);
    const days = (style: string) => experiment.assignments.slice(0, 4).filter((d) => d.style === style).length;
    expect(document.experiment?.results).toEqual([
      expect.objectContaining({ style: 'cover-at-limit', days: days('cover-at-limit') }),
      expect.objectContaining({ style: 'nudges-only', days: days('nudges-only') }),
    ]);
    expect(document.experiment?.results.find((r) => r.style === 'nudges-only')?.minutesPerDay).toBe(10);
    expect(document.experiment?.verdict).toBe('too-early');
    expect(parseExport(JSON.stringify(document))).toEqual({ ok: true, document });

    const { worthIt: _worth, experiment: _experiment, ...rest } = document;
    expect(parseExport(JSON.stringify({ ...rest, version: 1 })).ok).toBe(true);
  });

  test('a style this version does not know is refused', async () => {
    const document = await exported();
    const spoiled = {
      ...document,
      experiment: { ...(await withExperiment()), styles: ['walls', 'nudges-only'] },
    };
    expect(parseExport(JSON.stringify(spoiled)).ok).toBe(false);
  });
});

async function withExperiment() {
  const db = await openDatabase(`test-export-${++counter}`);
  const experiment = enrol(['ask-first', 'nudges-only'], { now: NOW, timeZone: 'UTC', seed: 2 });
  const document = await buildExport(db, defaultSettings(), { now: NOW, timeZone: 'UTC', experiment });
  db.close();
  return document.experiment;
}
