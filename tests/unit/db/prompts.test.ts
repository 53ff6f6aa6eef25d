import { describe, expect, test } from 'vitest';
import { openDatabase } from '../../../lib/db/database';
import { readDecisionInput, recordPromptOutcome } from '../../../lib/db/prompts';
import { recordHeartbeats } from '../../../lib/db/usage';
import { emptyPromptState } from '../../../lib/limits/decide';
import { defaultSettings } from '../../../lib/settings/schema';

let counter = 0;
const name = () => `test-prompts-${++counter}`;
const NOW = Date.UTC(2026, 5, 2, 10); // Tuesday
const request = {
  site: 'tiktok' as const,
  siteName: 'TikTok',
  settings: defaultSettings(),
  now: NOW,
  timeZone: 'UTC',
  activeVideo: 'counted' as const,
};

describe('prompt state in IndexedDB', () => {
  test("a row written before the all-feeds row existed (v3, one per site) still reads as its site's state", async () => {
    const db = await openDatabase(name());
    const escalation = { sessionStart: NOW - 600_000, level: 1, nextAtSessionMs: 900_000 };
    // The shape v3 stored: the store and its keyPath are unchanged, so no upgrade step rewrote it.
    const v3Row = {
      date: '2026-06-02',
      site: 'tiktok' as const,
      snoozesUsed: 1,
      snoozedUntil: NOW + 60_000,
      escalation,
      nudged: ['time:site:30'],
      intentionSession: null,
    };
    await db.put('promptState', v3Row);
    const input = await readDecisionInput(db, request);
    expect(input.state.site).toEqual({
      snoozesUsed: 1,
      snoozedUntil: NOW + 60_000,
      escalation,
      nudged: ['time:site:30'],
      intentionSession: null,
    });
    expect(input.state.all).toEqual(emptyPromptState());
  });

  test("a snooze of the all-feeds limit is stored in the day's 'all' row beside the site rows", async () => {
    const db = await openDatabase(name());
    const after = await recordPromptOutcome(db, { ...request, kind: 'limit', outcome: 'snoozed', scope: 'all' });
    expect(after.state.all).toMatchObject({ snoozesUsed: 1, snoozedUntil: NOW + 5 * 60_000 });
    const rows = await db.getAll('promptState');
    expect(rows.map((row) => [row.date, row.site, row.snoozesUsed])).toEqual([
      ['2026-06-02', 'all', 1],
      ['2026-06-02', 'tiktok', 0],
    ]);
    expect((await db.getAll('days'))[0]?.prompts.snoozed).toBe(1);
  });

  test('a refused snooze writes nothing', async () => {
    const db = await openDatabase(name());
    const settings = { ...defaultSettings(), snooze: { minutes: 5, perDay: 0 } };
    await expect(
      recordPromptOutcome(db, { ...request, settings, kind: 'limit', outcome: 'snoozed', scope: 'all' }),
    ).rejects.toThrow('no snoozes left');
    expect(await db.getAll('promptState')).toEqual([]);
    expect(await db.getAll('days')).toEqual([]);
  });

  test('a heartbeat returns the rows the rules read as they stand after its own write', async () => {
    const db = await openDatabase(name());
    await recordHeartbeats(
      db,
      {
        site: 'rednote',
        page: 'tab-b',
        beats: [
          { seq: 1, segments: [{ start: NOW - 9_000, end: NOW - 8_000 }], videos: [{ id: 'r', at: NOW - 8_500 }] },
        ],
      },
      { now: NOW, timeZone: 'UTC' },
    );
    await recordPromptOutcome(db, { ...request, kind: 'limit', outcome: 'snoozed', scope: 'all' });
    const minute = { start: NOW - 60_000, end: NOW };
    const { rows } = await recordHeartbeats(
      db,
      {
        site: 'tiktok',
        page: 'tab-a',
        beats: [{ seq: 1, segments: [minute], videos: [{ id: 'v', at: NOW - 1_000 }] }],
      },
      { now: NOW, timeZone: 'UTC', decisionRows: true },
    );
    expect(rows?.days.map((day) => [day.site, day.activeMs, day.videos])).toEqual([
      ['rednote', 1_000, 1],
      ['tiktok', 60_000, 1],
    ]);
    expect(rows?.total?.activeMs).toBe(60_000);
    expect(rows?.coverage.site).toEqual([minute]);
    expect(rows?.state.all).toMatchObject({ site: 'all', snoozesUsed: 1 });
    expect(rows?.state.site).toMatchObject({ site: 'tiktok', snoozesUsed: 0 });
  });
});
