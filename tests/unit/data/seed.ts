import { type Database, openDatabase } from '../../../lib/db/database';
import { recordPromptOutcome } from '../../../lib/db/prompts';
import { recordHeartbeats, recordNotInterested } from '../../../lib/db/usage';
import type { ExportDocument } from '../../../lib/export/format';
import { defaultSettings } from '../../../lib/settings/schema';
import type { SiteId } from '../../../lib/sites/types';

/** 10:00 UTC on Tuesday 2 June 2026: noon in Berlin. */
export const NOW = Date.UTC(2026, 5, 2, 10, 0);
export const TIME_ZONE = 'Europe/Berlin';
export const context = { now: NOW, timeZone: TIME_ZONE };

let counter = 0;
/** Each test its own database, so nothing leaks between tests. */
export function freshDatabase(prefix: string): Promise<Database> {
  return openDatabase(`${prefix}-${++counter}`);
}

const MINUTE = 60_000;

/** Watching recorded the way the background records it: heartbeats, a Not interested, prompt outcomes. */
export async function seedUsage(db: Database): Promise<void> {
  const yesterday = NOW - 24 * 3_600_000;
  const watch = (site: SiteId, page: string, at: number, minutes: number, videos: string[]) =>
    recordHeartbeats(
      db,
      {
        site,
        page,
        beats: [
          {
            seq: 1,
            segments: [{ start: at - minutes * MINUTE, end: at }],
            videos: videos.map((id, index) => ({ id, at: at - index * 1000 })),
          },
        ],
      },
      { now: at, timeZone: TIME_ZONE },
    );
  await watch('tiktok', 'tab-1', yesterday, 10, ['a', 'b', 'c']);
  await watch('tiktok', 'tab-2', NOW - MINUTE, 5, ['d']);
  await watch('youtube-shorts', 'tab-3', NOW, 2, ['e', 'f']);
  await recordNotInterested(db, { site: 'tiktok', change: 1, now: NOW, timeZone: TIME_ZONE });
  const prompt = {
    site: 'tiktok' as const,
    siteName: 'TikTok',
    scope: 'site' as const,
    activeVideo: 'counted' as const,
    settings: defaultSettings(),
    now: NOW,
    timeZone: TIME_ZONE,
  };
  await recordPromptOutcome(db, { ...prompt, kind: 'breathing', outcome: 'shown' });
  await recordPromptOutcome(db, { ...prompt, kind: 'breathing', outcome: 'left' });
  await recordPromptOutcome(db, { ...prompt, kind: 'limit', outcome: 'shown' });
  await recordPromptOutcome(db, { ...prompt, kind: 'limit', outcome: 'snoozed' });
}

/** Every store's contents, to show that nothing changed. */
export async function everything(db: Database): Promise<Record<string, unknown[]>> {
  const stores = ['days', 'totals', 'coverage', 'pages', 'promptState', 'health', 'worthIt'] as const;
  const rows = await Promise.all(stores.map((store) => db.getAll(store)));
  return Object.fromEntries(stores.map((store, index) => [store, rows[index] ?? []]));
}

const hourly = (seconds: number, hour = 12) => Array.from({ length: 24 }, (_, h) => (h === hour ? seconds : 0));

/** A valid export document with the given days (totals follow: the sum of the day's sites, all in hour 12). */
export function exportDocument(
  days: { date: string; site: SiteId; activeSeconds: number; videos?: number }[],
): ExportDocument {
  const totals = new Map<string, number>();
  for (const day of days) totals.set(day.date, (totals.get(day.date) ?? 0) + day.activeSeconds);
  return {
    format: 'mindful-feed-export',
    version: 1,
    exportedAt: new Date(NOW).toISOString(),
    timeZone: TIME_ZONE,
    days: days.map((day) => ({
      date: day.date,
      site: day.site,
      activeSeconds: day.activeSeconds,
      videos: day.videos ?? 1,
      sessions: 1,
      notInterested: 0,
      hourly: hourly(day.activeSeconds),
    })),
    totals: [...totals].map(([date, activeSeconds]) => ({ date, activeSeconds, hourly: hourly(activeSeconds) })),
    settings: defaultSettings(),
  };
}
