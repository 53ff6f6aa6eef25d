import { describe, expect, test } from 'vitest';
import { dataActions } from '../../../lib/data/actions';
import { parseExport } from '../../../lib/export/format';
import { defaultSettings } from '../../../lib/settings/schema';
import type { SharedRecord } from '../../../lib/sync/records';
import { context, freshDatabase, seedUsage } from './seed';

const homeDesktop: SharedRecord = {
  v: 1,
  device: '00000000-0000-4000-8000-00000000000b',
  name: 'Home desktop',
  tz: 'America/New_York',
  date: '2026-06-02',
  seq: 7,
  at: Date.UTC(2026, 5, 2, 9),
  all: 900,
  sites: { tiktok: { s: 700, n: 9 }, rednote: { s: 200, n: 2 } },
  met: ['all:daily-time'],
};

describe('the export with “Your browsers” on', () => {
  test('shows the other browsers’ days apart from this browser’s, and an import never counts them here', async () => {
    const db = await freshDatabase('export-other-browsers');
    await seedUsage(db);
    const actions = dataActions(
      async () => db,
      async () => [homeDesktop],
    );
    const parsed = parseExport((await actions.exportJson(defaultSettings(), context)).text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    const { document } = parsed;
    // This browser's own days, exactly as without the option.
    expect(document.days.map((day) => [day.date, day.site, day.activeSeconds])).toEqual([
      ['2026-06-01', 'tiktok', 600],
      ['2026-06-02', 'tiktok', 300],
      ['2026-06-02', 'youtube-shorts', 120],
    ]);
    expect(document.otherBrowsers).toEqual([
      {
        browser: 'Home desktop',
        device: homeDesktop.device,
        timeZone: 'America/New_York',
        date: '2026-06-02',
        activeSeconds: 900,
        sites: [
          { site: 'tiktok', activeSeconds: 700, videos: 9 },
          { site: 'rednote', activeSeconds: 200, videos: 2 },
        ],
        limitsMet: ['all:daily-time'],
      },
    ]);
    // Importing the file into an empty browser brings this browser's days, and nothing of Home desktop's.
    const empty = await freshDatabase('import-other-browsers');
    await dataActions(async () => empty).importDocument(document, 'merge');
    expect((await empty.getAll('days')).map((day) => [day.site, day.activeMs])).toEqual([
      ['tiktok', 600_000],
      ['tiktok', 300_000],
      ['youtube-shorts', 120_000],
    ]);
  });

  test('with the option off there is no otherBrowsers at all; if they cannot be read, the export still works', async () => {
    const db = await freshDatabase('export-no-other-browsers');
    await seedUsage(db);
    const off = parseExport((await dataActions(async () => db).exportJson(defaultSettings(), context)).text);
    expect(off.ok && 'otherBrowsers' in off.document).toBe(false);
    const failing = dataActions(
      async () => db,
      async () => {
        throw new Error('storage.sync unavailable');
      },
    );
    const read = parseExport((await failing.exportJson(defaultSettings(), context)).text);
    expect(read.ok && read.document.days).toHaveLength(3);
  });
});
