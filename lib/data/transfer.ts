import { type Database, type DayRow, emptyOutcomes, type TotalRow, type WorthRow } from '../db/database';
import { type Experiment, parseExperiment } from '../experiment/state';
import { readExperiment, writeExperiment } from '../experiment/store';
import { buildExport, type ExportDocument, isExportDate, type ParseResult, parseExport } from '../export/format';
import { type ImportProblem, type RowProblem, rowRef } from '../export/problems';
import { proposeSettings, type StoredSettings, settle } from '../settings/commitment';
import { defaultSettings, type Settings } from '../settings/schema';
import { SITE_IDS } from '../sites/types';
import type { SharedRecord } from '../sync/records';
import { localDate } from '../tracking/local-time';

/**
 * Export, import and deletion of everything Mindful Feed has counted. Imports never sum two copies of the same
 * day: merging keeps, for each day and site, the record with more watching time, so importing a file twice, or a
 * backup of data that is already here, changes nothing. The same holds for the "worth it" answers and the
 * experiment: what is here is never overwritten by an older copy.
 */

export type ImportMode = 'merge' | 'replace';

export interface ImportSummary {
  mode: ImportMode;
  /** Daily records (one day on one site) that were not here before. */
  added: number;
  /** Records here replaced by the file's, which had more watching time. */
  updated: number;
  /** Records here kept as they were: the file had the same or less. */
  kept: number;
  /** Records deleted first (replace only). */
  removed: number;
  /**
   * "Was that worth it?" answers the file carried (null: a file from before they existed), and how many of them were
   * taken: sessions not here, or answered only in the file (replace: all of them).
   */
  answers: { inFile: number; taken: number } | null;
  /** The experiment in the file: restored (none was here), not restored (the one here stays), or none in the file. */
  experiment: 'restored' | 'kept' | 'none';
}

export interface ExportFile {
  name: string;
  type: string;
  text: string;
}

/** `mindful-feed-YYYY-MM-DD.json`, dated by the user's local date. */
export function exportFileName(now: number, timeZone: string, ext: 'json' | 'csv'): string {
  return `mindful-feed-${localDate(now, timeZone)}.${ext}`;
}

export const CSV_COLUMNS = [
  'date',
  'site',
  'activeSeconds',
  'videos',
  'sessions',
  'notInterested',
  'promptsShown',
  'left',
  'continued',
  'snoozed',
  'overrides',
] as const;

function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per day and site, oldest first, sites in registry order; RFC 4180 line ends so spreadsheets agree. */
export function toCsv(days: readonly DayRow[]): string {
  const ordered = [...days].sort(
    (a, b) => a.date.localeCompare(b.date) || SITE_IDS.indexOf(a.site) - SITE_IDS.indexOf(b.site),
  );
  const lines = [CSV_COLUMNS.join(',')];
  for (const day of ordered) {
    const prompts = day.prompts ?? emptyOutcomes();
    const shown = Object.values(prompts.shown).reduce((sum, n) => sum + n, 0);
    const values = [
      day.date,
      day.site,
      Math.round(day.activeMs) / 1000,
      day.videos,
      day.sessions,
      day.notInterested,
      shown,
      prompts.left,
      prompts.continued,
      prompts.snoozed,
      prompts.overrides,
    ];
    lines.push(values.map(csvField).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The export document as a file to download. */
export async function exportJsonFile(
  db: Database,
  settings: Settings,
  context: { now: number; timeZone: string; otherBrowsers?: readonly SharedRecord[] },
): Promise<ExportFile> {
  const experiment = await readExperiment().catch(() => null);
  const document = await buildExport(db, settings, { ...context, experiment });
  return {
    name: exportFileName(context.now, context.timeZone, 'json'),
    type: 'application/json',
    text: `${JSON.stringify(document, null, 2)}\n`,
  };
}

/** The daily records as a spreadsheet. */
export async function exportCsvFile(db: Database, context: { now: number; timeZone: string }): Promise<ExportFile> {
  return {
    name: exportFileName(context.now, context.timeZone, 'csv'),
    type: 'text/csv',
    text: toCsv(await db.getAll('days')),
  };
}

// Time zones are at most 26 hours apart: a file made far east of here may already be two dates ahead.
const FUTURE_SLACK_MS = 2 * 86_400_000;
// Seconds are rounded to the millisecond on export, the total and each site separately.
const ROUNDING_SECONDS = 0.002;

/**
 * The largest file an import reads: a year of five sites exports to about 1 MB, so this is room for decades, and
 * a wrong file (a video, say) is refused before it is read into memory.
 */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** A file too large to be an export, told from its size alone (before reading it). */
export function importSizeProblem(bytes: number): ImportProblem | null {
  return bytes > MAX_IMPORT_BYTES ? { kind: 'tooLarge', bytes, limitBytes: MAX_IMPORT_BYTES } : null;
}

const rowProblem = (list: 'days' | 'totals', rows: readonly unknown[], index: number, problem: RowProblem) =>
  ({ kind: 'row', at: rowRef(list, index, rows[index], isExportDate), problem }) as const;

/** What the export contract cannot see on one row: dates still to come, and totals that disagree with the days. */
function findProblem(document: ExportDocument, context: { now: number; timeZone: string }): ImportProblem | null {
  const latest = localDate(context.now + FUTURE_SLACK_MS, context.timeZone);
  const futureDay = document.days.findIndex((row) => row.date > latest);
  if (futureDay >= 0) return rowProblem('days', document.days, futureDay, { kind: 'future' });
  const futureTotal = document.totals.findIndex((row) => row.date > latest);
  if (futureTotal >= 0) return rowProblem('totals', document.totals, futureTotal, { kind: 'future' });
  const totals = new Map(document.totals.map((total) => [total.date, total.activeSeconds]));
  for (const [index, day] of document.days.entries()) {
    if (day.activeSeconds === 0) continue;
    const total = totals.get(day.date);
    if (total === undefined) return rowProblem('days', document.days, index, { kind: 'noTotal' });
    if (total + ROUNDING_SECONDS < day.activeSeconds) {
      return rowProblem('days', document.days, index, { kind: 'totalTooSmall', site: day.site });
    }
  }
  return null;
}

/** Reads a file chosen for import: the document, or the first problem with it (lib/export/problems.ts). */
export function readImportFile(text: string, context: { now: number; timeZone: string }): ParseResult {
  const tooLarge = importSizeProblem(new TextEncoder().encode(text).byteLength);
  if (tooLarge) return { ok: false, problem: tooLarge };
  const parsed = parseExport(text);
  if (!parsed.ok) return parsed;
  const problem = findProblem(parsed.document, context);
  return problem ? { ok: false, problem } : parsed;
}

const toMs = (seconds: number) => Math.round(seconds * 1000);

function importedDay(day: ExportDocument['days'][number], prompts: DayRow['prompts']): DayRow {
  return {
    date: day.date,
    site: day.site,
    activeMs: toMs(day.activeSeconds),
    hourlyMs: day.hourly.map(toMs),
    videos: day.videos,
    sessions: day.sessions,
    notInterested: day.notInterested,
    prompts,
  };
}

function importedTotal(total: ExportDocument['totals'][number]): TotalRow {
  return { date: total.date, activeMs: toMs(total.activeSeconds), hourlyMs: total.hourly.map(toMs) };
}

/** When the file does not say when a session was asked about or answered: at its end, when it was asked. */
function importedWorth(row: NonNullable<ExportDocument['worthIt']>[number]): WorthRow {
  const sessionEnd = Date.parse(row.sessionEnd);
  return {
    sessionStart: Date.parse(row.sessionStart),
    sessionEnd,
    activeMs: toMs(row.activeSeconds),
    askedAt: sessionEnd,
    answer: row.answer,
    answeredAt: row.answer === null ? null : sessionEnd,
  };
}

/**
 * The experiment as the file has it; its days up to the export were told already. Null when it does not make a
 * whole experiment (a file edited by hand).
 */
function importedExperiment(document: ExportDocument): Experiment | null {
  const experiment = document.experiment;
  if (!experiment) return null;
  const exportedOn = localDate(Date.parse(document.exportedAt), document.timeZone);
  return parseExperiment({
    styles: experiment.styles,
    seed: experiment.seed,
    enrolledAt: Date.parse(experiment.enrolledAt),
    startDate: experiment.startDate,
    assignments: experiment.assignments,
    announced: experiment.assignments.filter((day) => day.date <= exportedOn).map((day) => day.date),
    stoppedAt: experiment.stoppedAt === null ? null : Date.parse(experiment.stoppedAt),
    adopted: experiment.adopted && { style: experiment.adopted.style, at: Date.parse(experiment.adopted.at) },
  });
}

/** Where the experiment is kept (extension storage; lib/experiment/store.ts). */
export interface ExperimentStore {
  read(): Promise<Experiment | null>;
  write(experiment: Experiment): Promise<void>;
}
const experimentStore: ExperimentStore = { read: readExperiment, write: writeExperiment };

/**
 * Writes a validated export document's days, totals and "worth it" answers in one transaction: all of it, or
 * nothing; then the experiment.
 * - merge: for each day and site, whichever record has more watching time is kept (the one here on a tie); a
 *   record taken from the file keeps this device's prompt outcomes, which exports do not carry. Totals likewise.
 *   An answer is taken for a session not here, or one here left unanswered that the file has an answer for.
 * - replace: the days and totals here are deleted first, and the answers too when the file carries answers.
 *   Prompt state, covered time and site health stay.
 * In both, the experiment in the file is restored only when none is here: the one here (running, or newer) stays.
 * Settings in the file are never applied: an import must not loosen a limit behind the cooling-off delay.
 */
export async function importDocument(
  db: Database,
  document: ExportDocument,
  mode: ImportMode,
  experiments: ExperimentStore = experimentStore,
): Promise<ImportSummary> {
  const tx = db.transaction(['days', 'totals', 'worthIt'], 'readwrite');
  const days = tx.objectStore('days');
  const totals = tx.objectStore('totals');
  const worth = tx.objectStore('worthIt');
  const [hereDays, hereTotals, hereWorth] = await Promise.all([days.getAll(), totals.getAll(), worth.getAll()]);
  const fileWorth = document.worthIt;
  const summary: ImportSummary = {
    mode,
    added: 0,
    updated: 0,
    kept: 0,
    removed: 0,
    answers: fileWorth ? { inFile: fileWorth.length, taken: 0 } : null,
    experiment: 'none',
  };
  const writes: Promise<unknown>[] = [];
  try {
    if (mode === 'replace') {
      summary.removed = hereDays.length;
      writes.push(days.clear(), totals.clear());
      for (const day of document.days) writes.push(days.put(importedDay(day, emptyOutcomes())));
      for (const total of document.totals) writes.push(totals.put(importedTotal(total)));
      summary.added = document.days.length;
      if (fileWorth && summary.answers) {
        writes.push(worth.clear());
        for (const row of fileWorth) writes.push(worth.put(importedWorth(row)));
        summary.answers.taken = fileWorth.length;
      }
    } else {
      const dayHere = new Map(hereDays.map((row) => [`${row.date} ${row.site}`, row]));
      for (const day of document.days) {
        const here = dayHere.get(`${day.date} ${day.site}`);
        const incoming = importedDay(day, here?.prompts ?? emptyOutcomes());
        if (!here) summary.added++;
        else if (incoming.activeMs > here.activeMs) summary.updated++;
        else {
          summary.kept++;
          continue;
        }
        writes.push(days.put(incoming));
      }
      const totalHere = new Map(hereTotals.map((row) => [row.date, row]));
      for (const total of document.totals) {
        const incoming = importedTotal(total);
        const here = totalHere.get(total.date);
        if (!here || incoming.activeMs > here.activeMs) writes.push(totals.put(incoming));
      }
      const answerHere = new Map(hereWorth.map((row) => [row.sessionStart, row]));
      for (const row of fileWorth ?? []) {
        const incoming = importedWorth(row);
        const here = answerHere.get(incoming.sessionStart);
        if (here && (here.answer !== null || incoming.answer === null)) continue;
        writes.push(worth.put(here ? { ...here, answer: incoming.answer, answeredAt: incoming.answeredAt } : incoming));
        if (summary.answers) summary.answers.taken++;
      }
    }
  } catch (error) {
    // A request refused on the spot (a row IndexedDB cannot store): undo the ones already made.
    tx.abort();
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
  const experiment = importedExperiment(document);
  if (experiment) {
    if ((await experiments.read()) === null) {
      await experiments.write(experiment);
      summary.experiment = 'restored';
    } else {
      summary.experiment = 'kept';
    }
  }
  return summary;
}

const ALL_STORES = ['days', 'totals', 'coverage', 'pages', 'promptState', 'health', 'worthIt'] as const;

/** Deletes everything counted on this device, in one transaction. Settings live elsewhere and are not touched. */
export async function deleteAllData(db: Database): Promise<void> {
  const tx = db.transaction([...ALL_STORES], 'readwrite');
  await Promise.all([...ALL_STORES.map((name) => tx.objectStore(name).clear()), tx.done]);
}

/**
 * Settings back to the defaults, under the same commitment as any other change: stricter defaults apply now,
 * looser ones wait for the cooling-off delay. Earlier pending changes are withdrawn; the reset replaces them.
 */
export function resetSettings(stored: StoredSettings, now: number): StoredSettings {
  return proposeSettings({ ...settle(stored, now), pending: [] }, defaultSettings(), now);
}
