import { z } from 'zod';
import { i18n } from '#i18n';
import type { Database } from '../db/database';
import { type Settings, settingsSchema } from '../settings/schema';
import { SITE_IDS } from '../sites/types';

/**
 * The export contract: the JSON document a user downloads, and the only shape an import accepts.
 * Times are seconds (to the millisecond); dates are local dates in `timeZone`.
 */

const MAX_DAY_SECONDS = 25 * 3600; // the longest local day (DST fall-back)
const MAX_HOUR_SECONDS = 2 * 3600; // the hour repeated at DST fall-back

/** A real calendar date, YYYY-MM-DD (no 30 February). */
const localDateSchema = z.iso.date().refine(
  (value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  },
  { error: () => i18n.t('importErrors.notCalendarDate') },
);

const secondsSchema = (max: number) => z.number().min(0).max(max);
const countSchema = z.number().int().min(0).max(1_000_000);
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
  .refine(hoursAddUp, { error: () => i18n.t('importErrors.hoursDoNotAddUp') });

export const exportTotalSchema = z
  .strictObject({ date: localDateSchema, activeSeconds: secondsSchema(MAX_DAY_SECONDS), hourly: hourlySchema })
  .refine(hoursAddUp, { error: () => i18n.t('importErrors.hoursDoNotAddUp') });

const timeZoneSchema = z.string().refine(
  (zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  },
  { error: () => i18n.t('importErrors.notTimeZone') },
);

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
  })
  .superRefine((document, context) => {
    const seen = new Set<string>();
    document.days.forEach((day, index) => {
      const key = `${day.date} ${day.site}`;
      if (seen.has(key))
        context.addIssue({
          code: 'custom',
          path: ['days', index],
          message: i18n.t('importErrors.appearsTwice', { what: key }),
        });
      seen.add(key);
    });
    const dates = new Set<string>();
    document.totals.forEach((total, index) => {
      if (dates.has(total.date)) {
        context.addIssue({
          code: 'custom',
          path: ['totals', index],
          message: i18n.t('importErrors.appearsTwice', { what: total.date }),
        });
      }
      dates.add(total.date);
    });
  });
export type ExportDocument = z.infer<typeof exportSchema>;

const toSeconds = (ms: number) => Math.round(ms) / 1000;

/** Everything stored, as an export document. */
export async function buildExport(
  db: Database,
  settings: Settings,
  context: { now: number; timeZone: string },
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
  };
}

/** Reads an export file's text: the document, or the first problem in words a person can act on. */
export function parseExport(text: string): { ok: true; document: ExportDocument } | { ok: false; error: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: i18n.t('importErrors.notJson') };
  }
  const parsed = exportSchema.safeParse(raw);
  if (parsed.success) return { ok: true, document: parsed.data };
  const issue = parsed.error.issues[0];
  const problem = issue?.message ?? i18n.t('importErrors.unknownProblem');
  return {
    ok: false,
    error: issue?.path.length
      ? i18n.t('importErrors.invalidAt', { where: issue.path.join('.'), problem })
      : i18n.t('importErrors.invalid', { problem }),
  };
}
