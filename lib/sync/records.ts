import { z } from 'zod/mini';
import type { LimitReason, Usage } from '../limits/decide';
import { SITE_IDS, type SiteId } from '../sites/types';
import { localDate } from '../tracking/local-time';

/**
 * The small daily totals a browser shares with the user's other browsers through storage.sync: one item per browser
 * and day, written only by that browser. They are another device's data when read: every one is parsed, and a
 * malformed one is left out. They are summed for the rules and shown apart, never written into IndexedDB.
 *
 * Days: each browser's share of a day is its own local calendar day (split at its own midnight, as its IndexedDB
 * rows are), keyed by that date, with its time zone in the record. "Today, in all your browsers" is the sum, over
 * browsers, of each browser's record for the date it is on now (in its own time zone, by the reading browser's
 * clock). Every browser computes the same sum at the same moment, whatever their time zones; each browser's own
 * share starts again at its own midnight. A record dated after that (a writer whose clock runs ahead has already
 * passed its midnight) waits until its day comes; nothing depends on the writer's clock reading (`at` is shown only).
 */

export const SHARED_PREFIX = 'share:';
export const SHARED_VERSION = 1;
/** Days of records a browser keeps of its own; older ones are removed. */
export const SHARED_DAYS = 30;
export const DEVICE_NAME_MAX = 40;

/** A limit met on a browser today: a site's or all feeds' daily time or videos. */
export type MetLimit = `${SiteId | 'all'}:${Extract<LimitReason, 'daily-time' | 'daily-videos'>}`;
const MET_LIMITS = [...SITE_IDS, 'all'].flatMap((scope) => [`${scope}:daily-time`, `${scope}:daily-videos`]);

export const deviceIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,36}$/));
const dateSchema = z.iso.date();
const timeZoneSchema = z.string().check(
  z.maxLength(64),
  z.refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }),
);
const seconds = z.number().check(z.minimum(0), z.maximum(25 * 3600));
const siteFigures = z.strictObject({ s: seconds, n: z.int().check(z.minimum(0), z.maximum(1_000_000)) });

export const sharedRecordSchema = z.strictObject({
  v: z.literal(SHARED_VERSION),
  device: deviceIdSchema,
  name: z.string().check(z.maxLength(DEVICE_NAME_MAX)),
  tz: timeZoneSchema,
  date: dateSchema,
  /** Counts this browser's writes: the newest of two copies is the higher. */
  seq: z.int().check(z.minimum(1)),
  /** The writer's clock when it wrote (shown only). */
  at: z.int().check(z.minimum(0)),
  /** All sites together on that browser, each moment once (seconds). */
  all: seconds,
  sites: z.partialRecord(z.enum(SITE_IDS), siteFigures),
  met: z.array(z.enum(MET_LIMITS as [MetLimit, ...MetLimit[]])).check(z.maxLength(MET_LIMITS.length)),
});
export type SharedRecord = z.infer<typeof sharedRecordSchema>;

export function sharedKey(device: string, date: string): string {
  return `${SHARED_PREFIX}${device}:${date}`;
}

/** The record stored under `key`, or null when it is malformed or not what its key says (another device's data). */
export function parseShared(key: string, value: unknown): SharedRecord | null {
  if (!key.startsWith(SHARED_PREFIX)) return null;
  const parsed = sharedRecordSchema.safeParse(value);
  if (!parsed.success) return null;
  return key === sharedKey(parsed.data.device, parsed.data.date) ? parsed.data : null;
}

/** Every valid shared record in a storage area's contents. */
export function sharedRecords(items: Record<string, unknown>): SharedRecord[] {
  return Object.entries(items).flatMap(([key, value]) => parseShared(key, value) ?? []);
}

/** This browser's own day, as its IndexedDB rows hold it. */
export interface OwnDay {
  date: string;
  sites: Partial<Record<SiteId, Usage>>;
  allMs: number;
}

const toSeconds = (ms: number) => Math.round(ms / 100) / 10;

export function recordOf(
  own: OwnDay,
  device: { id: string; name: string },
  write: { seq: number; at: number; timeZone: string; met: readonly MetLimit[] },
): SharedRecord {
  const sites: SharedRecord['sites'] = {};
  for (const site of SITE_IDS) {
    const usage = own.sites[site];
    if (usage && (usage.activeMs > 0 || usage.videos > 0))
      sites[site] = { s: toSeconds(usage.activeMs), n: usage.videos };
  }
  return {
    v: SHARED_VERSION,
    device: device.id,
    name: device.name.slice(0, DEVICE_NAME_MAX),
    tz: write.timeZone,
    date: own.date,
    seq: write.seq,
    at: Math.round(write.at),
    all: toSeconds(own.allMs),
    sites,
    met: [...new Set(write.met)].sort(),
  };
}

/** Another browser's figures for its today. */
export interface OtherBrowserToday {
  device: string;
  name: string;
  date: string;
  /** When it last wrote, by its own clock. */
  at: number;
  sites: Record<SiteId, Usage>;
  all: Usage;
  met: MetLimit[];
}

/** What the user's other browsers watched today, each apart and summed. */
export interface ElsewhereToday {
  browsers: OtherBrowserToday[];
  sites: Record<SiteId, Usage>;
  all: Usage;
}

const noUsage = (): Usage => ({ activeMs: 0, videos: 0 });
const perSite = (): Record<SiteId, Usage> =>
  Object.fromEntries(SITE_IDS.map((site) => [site, noUsage()])) as Record<SiteId, Usage>;

export function nothingElsewhere(): ElsewhereToday {
  return { browsers: [], sites: perSite(), all: noUsage() };
}

/**
 * The other browsers' today at `now`: for each device but this one, its record for the date it is on now in its
 * own time zone (see the top of this file); browsers with none have watched nothing today.
 */
export function elsewhereToday(
  records: readonly SharedRecord[],
  ownDevice: string | null,
  now: number,
): ElsewhereToday {
  const newest = new Map<string, SharedRecord>();
  for (const record of records) {
    if (record.device === ownDevice || record.date !== localDate(now, record.tz)) continue;
    const seen = newest.get(record.device);
    if (!seen || record.seq > seen.seq) newest.set(record.device, record);
  }
  const total = nothingElsewhere();
  for (const record of [...newest.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.device.localeCompare(b.device),
  )) {
    const sites = perSite();
    let videos = 0;
    for (const site of SITE_IDS) {
      const figures = record.sites[site];
      if (!figures) continue;
      sites[site] = { activeMs: figures.s * 1000, videos: figures.n };
      videos += figures.n;
      total.sites[site].activeMs += figures.s * 1000;
      total.sites[site].videos += figures.n;
    }
    const all = { activeMs: record.all * 1000, videos };
    total.all.activeMs += all.activeMs;
    total.all.videos += videos;
    total.browsers.push({
      device: record.device,
      name: record.name,
      date: record.date,
      at: record.at,
      sites,
      all,
      met: record.met,
    });
  }
  return total;
}

/** Usage here plus elsewhere. */
export function plus(here: Usage, elsewhere: Usage | undefined): Usage {
  return elsewhere ? { activeMs: here.activeMs + elsewhere.activeMs, videos: here.videos + elsewhere.videos } : here;
}
