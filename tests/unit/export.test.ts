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

  const bad: [string, (document: Record<string, unknown> & { days: Record<string, unknown>[] }) => unknown, RegExp][] =
    [
      ['not JSON', () => '{"format":', /not JSON/],
      ['another format', (d) => ({ ...d, format: 'leechblock' }), /format/],
      ['a newer version', (d) => ({ ...d, version: 2 }), /version/],
      ['a negative time', (d) => ({ ...d, days: [{ ...d.days[0], activeSeconds: -5 }] }), /days\.0\.activeSeconds/],
      ['an absurd time', (d) => ({ ...d, days: [{ ...d.days[0], activeSeconds: 200_000 }] }), /activeSeconds/],
      ['a fractional video count', (d) => ({ ...d, days: [{ ...d.days[0], videos: 1.5 }] }), /videos/],
      ['30 February', (d) => ({ ...d, days: [{ ...d.days[0], date: '2026-02-30' }] }), /days\.0\.date/],
      ['an unknown site', (d) => ({ ...d, days: [{ ...d.days[0], site: 'snapchat' }] }), /site/],
      ['hours that do not add up', (d) => ({ ...d, days: [{ ...d.days[0], activeSeconds: 10 }] }), /add up/],
      ['a day twice', (d) => ({ ...d, days: [d.days[0], d.days[0]] }), /appears twice/],
      ['an unknown time zone', (d) => ({ ...d, timeZone: 'Mars/Olympus' }), /time zone/],
      ['no settings', (d) => ({ ...d, settings: undefined }), /settings/],
    ];
  test.each(bad)('a file with %s is refused with the first problem named', async (_what, spoil, message) => {
    const document = (await exported()) as unknown as Parameters<(typeof bad)[number][1]>[0];
    const spoiled = spoil(JSON.parse(JSON.stringify(document)));
    const result = parseExport(typeof spoiled === 'string' ? spoiled : JSON.stringify(spoiled));
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
  });
});
