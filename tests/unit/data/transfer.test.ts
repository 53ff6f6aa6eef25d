import { describe, expect, test } from 'vitest';
import {
  CSV_COLUMNS,
  deleteAllData,
  exportCsvFile,
  exportFileName,
  exportJsonFile,
  importDocument,
  importSizeProblem,
  MAX_IMPORT_BYTES,
  readImportFile,
  resetSettings,
  toCsv,
} from '../../../lib/data/transfer';
import { type Database, emptyOutcomes, type WorthRow } from '../../../lib/db/database';
import { emptyDay } from '../../../lib/db/usage';
import { enrol } from '../../../lib/experiment/state';
import { readExperiment, writeExperiment } from '../../../lib/experiment/store';
import { parseExport } from '../../../lib/export/format';
import { effectiveSettings, proposeSettings } from '../../../lib/settings/commitment';
import { defaultSettings } from '../../../lib/settings/schema';
import { context, everything, exportDocument, freshDatabase, NOW, seedUsage } from './seed';

const HOUR = 3_600_000;

describe('file names', () => {
  test('are dated by the local date, not the UTC one', () => {
    const lateEvening = Date.UTC(2026, 5, 2, 23, 30); // already 3 June in Berlin
    expect(exportFileName(lateEvening, 'Europe/Berlin', 'json')).toBe('mindful-feed-2026-06-03.json');
    expect(exportFileName(lateEvening, 'America/New_York', 'csv')).toBe('mindful-feed-2026-06-02.csv');
  });
});

describe('export', () => {
  test('the JSON file reads back as a valid export with everything counted', async () => {
    const db = await freshDatabase('transfer-export');
    await seedUsage(db);
    const file = await exportJsonFile(db, defaultSettings(), context);
    expect(file.name).toBe('mindful-feed-2026-06-02.json');
    expect(file.type).toBe('application/json');
    const parsed = parseExport(file.text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(parsed.document.days.map((day) => [day.date, day.site, day.activeSeconds, day.videos])).toEqual([
      ['2026-06-01', 'tiktok', 600, 3],
      ['2026-06-02', 'tiktok', 300, 1],
      ['2026-06-02', 'youtube-shorts', 120, 2],
    ]);
    // The last minute of TikTok and both of YouTube overlap: 6 minutes together, not 7.
    expect(parsed.document.totals.map((total) => [total.date, total.activeSeconds])).toEqual([
      ['2026-06-01', 600],
      ['2026-06-02', 360],
    ]);
  });

  test('the CSV has a header and one row per day and site, with the prompt outcomes', async () => {
    const db = await freshDatabase('transfer-csv');
    await seedUsage(db);
    const file = await exportCsvFile(db, context);
    expect(file.name).toBe('mindful-feed-2026-06-02.csv');
    expect(file.text.split('\r\n')).toEqual([
      'date,site,activeSeconds,videos,sessions,notInterested,promptsShown,left,continued,snoozed,overrides',
      '2026-06-01,tiktok,600,3,1,0,0,0,0,0,0',
      '2026-06-02,tiktok,300,1,1,1,2,1,0,1,0',
      '2026-06-02,youtube-shorts,120,2,1,0,0,0,0,0,0',
      '',
    ]);
  });

  test('CSV rows are ordered by date, then site, whatever order they come in', () => {
    const day = (date: string, site: 'tiktok' | 'rednote', activeMs: number) => ({
      ...emptyDay(date, site),
      activeMs,
    });
    const csv = toCsv([
      day('2026-06-02', 'rednote', 1500),
      day('2026-06-02', 'tiktok', 1),
      day('2026-05-31', 'rednote', 0),
    ]);
    expect(csv.split('\r\n').map((line) => line.split(',').slice(0, 3).join(','))).toEqual([
      CSV_COLUMNS.slice(0, 3).join(','),
      '2026-05-31,rednote,0',
      '2026-06-02,tiktok,0.001',
      '2026-06-02,rednote,1.5',
      '',
    ]);
  });
});

describe('reading an import file', () => {
  const good = exportDocument([{ date: '2026-06-01', site: 'tiktok', activeSeconds: 60 }]);

  test('a good file gives its document', () => {
    expect(readImportFile(JSON.stringify(good), context)).toEqual({ ok: true, document: good });
  });

  const row = (at: Record<string, unknown>, problem: Record<string, unknown>) => ({ kind: 'row', at, problem });
  const firstDay = { list: 'days', row: 1, date: '2026-06-01', site: 'tiktok' };
  const bad: [string, string, unknown][] = [
    ['not JSON', '{"format": "mindful', { kind: 'notJson' }],
    ['another format', JSON.stringify({ ...good, format: 'leechblock-export' }), { kind: 'notExport' }],
    ['a newer version', JSON.stringify({ ...good, version: 3 }), { kind: 'newerVersion', version: 3 }],
    [
      'a negative time',
      JSON.stringify({ ...good, days: [{ ...good.days[0], activeSeconds: -1 }] }),
      row(firstDay, { kind: 'negative', field: 'activeSeconds' }),
    ],
    [
      'an impossible date',
      JSON.stringify({ ...good, days: [{ ...good.days[0], date: '2026-02-30' }] }),
      row({ ...firstDay, date: null }, { kind: 'badDate', value: '2026-02-30' }),
    ],
    [
      'a date to come',
      JSON.stringify(exportDocument([{ date: '2026-07-01', site: 'tiktok', activeSeconds: 60 }])),
      row({ ...firstDay, date: '2026-07-01' }, { kind: 'future' }),
    ],
    [
      'a total to come',
      JSON.stringify({ ...good, totals: [...good.totals, { ...good.totals[0], date: '2026-07-02' }] }),
      row({ list: 'totals', row: 2, date: '2026-07-02', site: null }, { kind: 'future' }),
    ],
    ['a day without its total', JSON.stringify({ ...good, totals: [] }), row(firstDay, { kind: 'noTotal' })],
    [
      'a total smaller than a site',
      JSON.stringify({
        ...good,
        totals: [{ date: '2026-06-01', activeSeconds: 30, hourly: good.days[0]?.hourly.map((s) => s / 2) }],
      }),
      row(firstDay, { kind: 'totalTooSmall', site: 'tiktok' }),
    ],
    [
      'more than 100 MB',
      JSON.stringify({ ...good, padding: ' '.repeat(MAX_IMPORT_BYTES) }),
      { kind: 'tooLarge', limitBytes: MAX_IMPORT_BYTES },
    ],
  ];
  test.each(bad)('a file with %s is refused, naming the problem', (_what, text, problem) => {
    const result = readImportFile(text, context);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.problem).toMatchObject(problem as object);
  });

  test('a file is too large when its size is over the limit, counted in bytes as the file has them', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES)).toBeNull();
    expect(importSizeProblem(MAX_IMPORT_BYTES + 1)).toEqual({
      kind: 'tooLarge',
      bytes: MAX_IMPORT_BYTES + 1,
      limitBytes: MAX_IMPORT_BYTES,
    });
    // 小 is three bytes in UTF-8: a text can be over the limit in bytes while under it in characters.
    const text = '小'.repeat(Math.ceil(MAX_IMPORT_BYTES / 3) + 1);
    expect(readImportFile(text, context)).toMatchObject({ ok: false, problem: { kind: 'tooLarge' } });
  });

  test('a file made in a time zone a day ahead is not from the future', () => {
    const tomorrow = exportDocument([{ date: '2026-06-03', site: 'tiktok', activeSeconds: 60 }]);
    expect(readImportFile(JSON.stringify(tomorrow), { now: NOW, timeZone: 'Pacific/Pago_Pago' }).ok).toBe(true);
  });
});

describe('import', () => {
  test('merging adds new days, and for a day on both sides keeps the larger count instead of adding them', async () => {
    const db = await freshDatabase('transfer-merge');
    await seedUsage(db);
    const summary = await importDocument(
      db,
      exportDocument([
        { date: '2026-05-30', site: 'rednote', activeSeconds: 90, videos: 4 }, // new
        { date: '2026-06-01', site: 'tiktok', activeSeconds: 900, videos: 9 }, // more than here: taken
        { date: '2026-06-02', site: 'tiktok', activeSeconds: 100, videos: 50 }, // less than here: kept
      ]),
      'merge',
    );
    expect(summary).toEqual({
      mode: 'merge',
      added: 1,
      updated: 1,
      kept: 1,
      removed: 0,
      answers: null,
      experiment: 'none',
    });
    const days = await db.getAll('days');
    expect(days.map((day) => [day.date, day.site, day.activeMs, day.videos])).toEqual([
      ['2026-05-30', 'rednote', 90_000, 4],
      ['2026-06-01', 'tiktok', 900_000, 9],
      ['2026-06-02', 'tiktok', 300_000, 1],
      ['2026-06-02', 'youtube-shorts', 120_000, 2],
    ]);
    expect(days[1]?.hourlyMs[12]).toBe(900_000);
    // The day kept from here keeps its prompt outcomes; imported days start with none.
    expect(days[2]?.prompts.left).toBe(1);
    expect(days[0]?.prompts).toEqual(emptyOutcomes());
    const totals = await db.getAll('totals');
    expect(totals.map((total) => [total.date, total.activeMs])).toEqual([
      ['2026-05-30', 90_000],
      ['2026-06-01', 900_000],
      ['2026-06-02', 360_000],
    ]);
  });

  test('merging the same export twice, or an export of this very data, changes nothing', async () => {
    const db = await freshDatabase('transfer-idempotent');
    await seedUsage(db);
    const before = await everything(db);
    const parsed = parseExport((await exportJsonFile(db, defaultSettings(), context)).text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    expect(await importDocument(db, parsed.document, 'merge')).toMatchObject({ added: 0, updated: 0, kept: 3 });
    expect(await importDocument(db, parsed.document, 'merge')).toMatchObject({ added: 0, updated: 0, kept: 3 });
    expect(await everything(db)).toEqual(before);
  });

  test('replacing deletes the days and totals here and keeps only the file’s', async () => {
    const db = await freshDatabase('transfer-replace');
    await seedUsage(db);
    const promptStateBefore = await db.getAll('promptState');
    const summary = await importDocument(
      db,
      exportDocument([{ date: '2026-05-30', site: 'rednote', activeSeconds: 90 }]),
      'replace',
    );
    expect(summary).toEqual({
      mode: 'replace',
      added: 1,
      updated: 0,
      kept: 0,
      removed: 3,
      answers: null,
      experiment: 'none',
    });
    expect((await db.getAll('days')).map((day) => [day.date, day.site])).toEqual([['2026-05-30', 'rednote']]);
    expect((await db.getAll('totals')).map((total) => total.date)).toEqual(['2026-05-30']);
    // Today's snoozes are not handed back by an import.
    expect(await db.getAll('promptState')).toEqual(promptStateBefore);
  });

  test('a write that fails half way leaves everything as it was', async () => {
    const db = await freshDatabase('transfer-atomic');
    await seedUsage(db);
    const before = await everything(db);
    const document = exportDocument([
      { date: '2026-05-30', site: 'rednote', activeSeconds: 90 },
      { date: '2026-05-31', site: 'rednote', activeSeconds: 90 },
    ]);
    // A row IndexedDB cannot store (no key) stands in for a disk error on the second write.
    (document.days[1] as { date: unknown }).date = undefined;
    await expect(importDocument(db, document, 'replace')).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
  });
});

describe('import of a version 2 file: the "worth it" answers and the experiment', () => {
  const DAY = 24 * HOUR;
  const asked = (daysAgo: number, answer: WorthRow['answer']): WorthRow => ({
    sessionStart: NOW - daysAgo * DAY,
    sessionEnd: NOW - daysAgo * DAY + 600_000,
    activeMs: 540_000,
    askedAt: NOW - daysAgo * DAY + 600_000,
    answer,
    answeredAt: answer === null ? null : NOW - daysAgo * DAY + 600_000,
  });
  const experiment = () =>
    enrol(['slow-and-grey', 'nudges-only'], { now: NOW - 3 * DAY, timeZone: 'Europe/Berlin', seed: 7 });

  async function exported(db: Database) {
    const parsed = parseExport((await exportJsonFile(db, defaultSettings(), context)).text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problem));
    return parsed.document;
  }

  test('export, delete everything, import: the next export is the same', async () => {
    const db = await freshDatabase('transfer-round-trip');
    await seedUsage(db);
    for (const row of [asked(3, 'worth'), asked(2, null), asked(1, 'not-really')]) await db.put('worthIt', row);
    await writeExperiment(experiment());
    const before = await exported(db);
    expect(before.worthIt).toHaveLength(3);
    expect(before.experiment?.results.some((result) => result.days > 0)).toBe(true);

    await deleteAllData(db);
    await writeExperiment(null);
    expect(await exported(db)).not.toEqual(before);

    expect(await importDocument(db, before, 'merge')).toMatchObject({
      added: 3,
      answers: { inFile: 3, taken: 3 },
      experiment: 'restored',
    });
    expect(await exported(db)).toEqual(before);
    // Its days up to the export were told already: today's first prompt does not say the style again.
    expect((await readExperiment())?.announced.at(-1)).toBe('2026-06-02');
  });

  test('merging never overwrites what is newer here: an answer here stays, the experiment here stays', async () => {
    const source = await freshDatabase('transfer-answers-file');
    for (const row of [asked(3, 'not-really'), asked(2, 'so-so'), asked(1, 'worth')]) await source.put('worthIt', row);
    await writeExperiment(experiment());
    const file = await exported(source);

    const db = await freshDatabase('transfer-answers-here');
    // Answered here since the export; asked here and not answered; the third is only in the file.
    await db.put('worthIt', { ...asked(3, 'worth'), answeredAt: NOW });
    await db.put('worthIt', { ...asked(2, null), askedAt: NOW - HOUR });
    const running = enrol(['ask-first', 'cover-at-limit'], { now: NOW, timeZone: 'Europe/Berlin', seed: 1 });
    await writeExperiment(running);

    const summary = await importDocument(db, file, 'merge');
    expect(summary).toMatchObject({ answers: { inFile: 3, taken: 2 }, experiment: 'kept' });
    expect((await db.getAll('worthIt')).map((row) => [row.sessionStart, row.answer])).toEqual([
      [NOW - 3 * DAY, 'worth'],
      [NOW - 2 * DAY, 'so-so'],
      [NOW - DAY, 'worth'],
    ]);
    // The row asked here keeps when it was asked.
    expect((await db.get('worthIt', NOW - 2 * DAY))?.askedAt).toBe(NOW - HOUR);
    expect(await readExperiment()).toEqual(running);
    // A second time changes nothing.
    expect(await importDocument(db, file, 'merge')).toMatchObject({ answers: { inFile: 3, taken: 0 } });
  });

  test('replacing takes the file’s answers instead of the ones here; a version 1 file leaves them alone', async () => {
    const source = await freshDatabase('transfer-replace-file');
    await source.put('worthIt', asked(1, 'so-so'));
    const file = await exported(source);

    const db = await freshDatabase('transfer-replace-here');
    await db.put('worthIt', asked(4, 'worth'));
    const { worthIt: _answers, experiment: _experiment, ...older } = file;
    expect(await importDocument(db, { ...older, version: 1 }, 'replace')).toMatchObject({
      answers: null,
      experiment: 'none',
    });
    expect((await db.getAll('worthIt')).map((row) => row.answer)).toEqual(['worth']);
    expect(await importDocument(db, file, 'replace')).toMatchObject({ answers: { inFile: 1, taken: 1 } });
    expect((await db.getAll('worthIt')).map((row) => row.answer)).toEqual(['so-so']);
  });
});

describe('delete all data', () => {
  test('empties every store of counted data', async () => {
    const db = await freshDatabase('transfer-delete');
    await seedUsage(db);
    await db.put('health', { site: 'tiktok', capability: 'script', status: 'ok', detail: '', reportedAt: NOW });
    await deleteAllData(db);
    expect(Object.values(await everything(db)).every((rows) => rows.length === 0)).toBe(true);
  });
});

describe('reset settings', () => {
  test('stricter defaults apply at once, looser ones wait, and earlier pending changes are withdrawn', () => {
    const chosen = defaultSettings();
    chosen.limits.all.weekday.dailyMinutes = 30; // back to none: looser
    chosen.prompts.intention = true; // back to off: looser
    chosen.snooze.perDay = 5; // back to 2: stricter
    const stored = proposeSettings(
      { settings: chosen, pending: [], updatedAt: 0 },
      { ...chosen, coolingOffHours: 1 },
      NOW - HOUR,
    );
    expect(stored.pending.map((change) => change.path)).toEqual(['coolingOffHours']);
    const reset = resetSettings(stored, NOW);
    expect(reset.settings.snooze.perDay).toBe(2);
    expect(reset.settings.limits.all.weekday.dailyMinutes).toBe(30);
    expect(reset.pending.map((change) => change.path).sort()).toEqual([
      'limits.all.weekday.dailyMinutes',
      'prompts.intention',
    ]);
    expect(reset.pending.every((change) => change.effectiveAt === NOW + 24 * HOUR)).toBe(true);
    expect(effectiveSettings(reset, NOW + 24 * HOUR)).toEqual(defaultSettings());
  });
});
