import { z } from 'zod';
import type { Database } from '../db/database';
import { type Settings, settingsSchema } from '../settings/schema';
import { SITE_IDS } from '../sites/types';
import type { SharedRecord } from '../sync/records';
import { type ImportProblem, importProblem, type RecordLimits, type RefinementProblem } from './problems';

/**
 * The export contract: the JSON document a user downloads, and the only shape an import accepts.
 * Times are seconds (to the millisecond); dates are local dates in `timeZone`.
 */

const MAX_DAY_SECONDS = 25 * 3600; // the longest local day (DST fall-back)
const MAX_HOUR_SECONDS = 2 * 3600; // the hour repeated at DST fall-back
const MAX_COUNT = 1_000_000;
export const RECORD_LIMITS: RecordLimits = {
  daySeconds: MAX_DAY_SECONDS,
  hourSeconds: MAX_HOUR_SECONDS,
  count: MAX_COUNT,
};

/** Our own refinements say which problem they found, for problems.ts to name it. */
const because = (problem: RefinementProblem) => ({ params: { problem } });

/** A real calendar date, YYYY-MM-DD (no 30 February). */
const localDateSchema = z.iso.date().refine((value) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}, because('notCalendarDate'));

const secondsSchema = (max: number) => z.number().min(0).max(max);
const countSchema = z.number().int().min(0).max(MAX_COUNT);
const hourlySchema = z.array(secondsSchema(MAX_HOUR_SECONDS)).length(24);

/** The hourly seconds of a day add up to its total (to a millisecond per hour of rounding). */
const hoursAddUp = (row: { activeSeconds: number; hourly: number[] }) =>
  Math.abs(row.hourly.reduce((sum, seconds) => sum + seconds, 0) - row.activeSeconds) <= 0.024;

export const exportDaySchema = z
  .strictObject({
    date: localDateSchema,
    site: z.enum(SITE_IDS),
    activeSeconds: secondsSchema(MAX_DAY_SECONDS),
    videos: countSchema,
    sessions: countSchema,
    notInterested: countSchema,
    hourly: hourlySchema,
  })
  .refine(hoursAddUp, because('hoursDoNotAddUp'));

export const exportTotalSchema = z
  .strictObject({ date: localDateSchema, activeSeconds: secondsSchema(MAX_DAY_SECONDS), hourly: hourlySchema })
  .refine(hoursAddUp, because('hoursDoNotAddUp'));

const timeZoneSchema = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, because('notTimeZone'));

/**
 * With "Your browsers" on: what the user's other browsers shared through storage.sync, one entry per browser and
 * day, kept apart from this browser's own `days` (they were never counted here). An import reads them and ignores
 * them: another browser's figures are never written into this one's rows.
 */
export const exportOtherBrowserSchema = z.strictObject({
  browser: z.string().max(40),
  device: z.string().max(36),
  timeZone: timeZoneSchema,
  date: localDateSchema,
  activeSeconds: secondsSchema(MAX_DAY_SECONDS),
  sites: z
    .array(
      z.strictObject({ site: z.enum(SITE_IDS), activeSeconds: secondsSchema(MAX_DAY_SECONDS), videos: countSchema }),
    )
    .max(SITE_IDS.length),
  limitsMet: z.array(z.string().max(40)).max(20),
});

export const EXPORT_FORMAT = 'mindful-feed-export';
export const EXPORT_VERSION = 1;

export const exportSchema = z
  .strictObject({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: z.iso.datetime({ offset: true }),
    timeZone: timeZoneSchema,
    days: z.array(exportDaySchema).max(200_000),
    /** All sites together per date (time counted once when two sites played at the same moment). */
    totals: z.array(exportTotalSchema).max(40_000),
    settings: settingsSchema,
    otherBrowsers: z.array(exportOtherBrowserSchema).max(10_000).optional(),
  })
  .superRefine((document, context) => {
    const seen = new Set<string>();
    document.days.forEach((day, index) => {
      const key = `${day.date} ${day.site}`;
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['days', index],
          message: `${key} appears twice`,
          ...because('twice'),
        });
      }
      seen.add(key);
    });
    const dates = new Set<string>();
    document.totals.forEach((total, index) => {
      if (dates.has(total.date)) {
        context.addIssue({
          code: 'custom',
          path: ['totals', index],
          message: `${total.date} appears twice`,
          ...because('twice'),
        });
      }
      dates.add(total.date);
    });
  });
export type ExportDocument = z.infer<typeof exportSchema>;

const toSeconds = (ms: number) => Math.round(ms) / 1000;

/** Everything stored, as an export document; with `otherBrowsers`, the other browsers' shared days apart. */
export async function buildExport(
  db: Database,
  settings: Settings,
  context: { now: number; timeZone: string; otherBrowsers?: readonly SharedRecord[] },
): Promise<ExportDocument> {
  const [days, totals] = await Promise.all([db.getAll('days'), db.getAll('totals')]);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(context.now).toISOString(),
    timeZone: context.timeZone,
    days: days.map((day) => ({
      date: day.date,
      site: day.site,
      activeSeconds: toSeconds(day.activeMs),
      videos: day.videos,
      sessions: day.sessions,
      notInterested: day.notInterested,
      hourly: day.hourlyMs.map(toSeconds),
    })),
    totals: totals.map((total) => ({
      date: total.date,
      activeSeconds: toSeconds(total.activeMs),
      hourly: total.hourlyMs.map(toSeconds),
    })),
    settings,
    ...(context.otherBrowsers
      ? {
          otherBrowsers: [...context.otherBrowsers]
            .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name))
            .map((record) => ({
              browser: record.name,
              device: record.device,
              timeZone: record.tz,
              date: record.date,
              activeSeconds: record.all,
              sites: SITE_IDS.flatMap((site) => {
                const figures = record.sites[site];
                return figures ? [{ site, activeSeconds: figures.s, videos: figures.n }] : [];
              }),
              limitsMet: [...record.met],
            })),
        }
      : {}),
  };
}

export type ParseResult = { ok: true; document: ExportDocument } | { ok: false; problem: ImportProblem };

/** A calendar date as the export writes it (YYYY-MM-DD, no 30 February). */
export const isExportDate = (value: string) => localDateSchema.safeParse(value).success;

/** Reads an export file's text: the document, or the first problem with it (problems.ts). */
export function parseExport(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  const parsed = exportSchema.safeParse(raw);
  if (parsed.success) return { ok: true, document: parsed.data };
  return {
    ok: false,
    problem: importProblem(raw, parsed.error.issues, {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      limits: RECORD_LIMITS,
      isDate: isExportDate,
    }),
  };
}
