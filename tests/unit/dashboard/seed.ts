import { type Database, openDatabase } from '../../../lib/db/database';
import { recordPromptOutcome } from '../../../lib/db/prompts';
import { recordHeartbeats, recordNotInterested } from '../../../lib/db/usage';
import { SETTINGS_VERSION, type Settings } from '../../../lib/settings/schema';
import { localSettingsItem, syncSettingsItem, writeStoredSettings } from '../../../lib/settings/store';
import type { SiteId } from '../../../lib/sites/types';
import { startOfLocalDate } from '../../../lib/tracking/local-time';
import { MINUTE, settingsWith } from './rows';

/**
 * A real database filled the way the background fills it (heartbeats, prompt outcomes, "Not interested",
 * health reports), for the dashboard read end to end. Tuesday 2 June 2026, 14:00 in Berlin.
 */
export const TIME_ZONE = 'Europe/Berlin';
export const NOW = Date.UTC(2026, 5, 2, 12);

export const SEEDED_SETTINGS: Settings = settingsWith({
  all: { weekday: { dailyMinutes: 60 }, weekend: { dailyMinutes: 60 } },
  sites: { tiktok: { weekday: { dailyMinutes: 30, dailyVideos: 40 } } },
});

let pages = 0;

async function watch(db: Database, site: SiteId, start: number, minutes: number, videos = 0): Promise<void> {
  const end = start + minutes * MINUTE;
  await recordHeartbeats(
    db,
    {
      site,
      page: `page-${++pages}`,
      beats: [
        {
          seq: 1,
          segments: [{ start, end }],
          videos: Array.from({ length: videos }, (_, index) => ({
            id: `v${pages}-${index}`,
            at: start + index * 1000,
          })),
        },
      ],
    },
    { now: end, timeZone: TIME_ZONE },
  );
}

const at = (date: string, hour: number) => startOfLocalDate(date, TIME_ZONE) + hour * 3_600_000;

/**
 * 13–19 May (the first week): 40 min of TikTok a day at 20:00. 26 May – 1 June: 20 min a day. Today: 5 min of
 * YouTube Shorts at 9:00, and a TikTok session of 12 min (5 videos) running now; a nudge answered "Continue",
 * a breathing pause answered "I'm done", TikTok's own limit snoozed; 2 × "Not interested"; YouTube Shorts cannot find its
 * video.
 */
export async function seedDatabase(name: string): Promise<Database> {
  await writeStoredSettings({ settings: SEEDED_SETTINGS, pending: [], updatedAt: 1 });
  // The fake browser is reset after each test, and the item marks its version only on its first write ever.
  await Promise.all([syncSettingsItem, localSettingsItem].map((item) => item.setMeta({ v: SETTINGS_VERSION })));
  const db = await openDatabase(name);
  for (const date of [
    '2026-05-13',
    '2026-05-14',
    '2026-05-15',
    '2026-05-16',
    '2026-05-17',
    '2026-05-18',
    '2026-05-19',
  ]) {
    await watch(db, 'tiktok', at(date, 20), 40, 10);
  }
  for (const date of [
    '2026-05-26',
    '2026-05-27',
    '2026-05-28',
    '2026-05-29',
    '2026-05-30',
    '2026-05-31',
    '2026-06-01',
  ]) {
    await watch(db, 'tiktok', at(date, 20), 20, 5);
  }
  await watch(db, 'youtube-shorts', at('2026-06-02', 9), 5, 3);
  await watch(db, 'tiktok', NOW - 12 * MINUTE, 12, 5);
  const outcome = {
    site: 'tiktok' as const,
    siteName: 'TikTok',
    scope: 'site' as const,
    activeVideo: 'counted' as const,
    settings: SEEDED_SETTINGS,
    now: NOW,
    timeZone: TIME_ZONE,
  };
  for (const [kind, result] of [
    ['nudge', 'continued'],
    ['breathing', 'left'],
    ['limit', 'snoozed'],
  ] as const) {
    await recordPromptOutcome(db, { ...outcome, kind, outcome: 'shown' });
    await recordPromptOutcome(db, { ...outcome, kind, outcome: result });
  }
  for (let count = 0; count < 2; count++) {
    await recordNotInterested(db, { site: 'tiktok', change: 1, now: NOW, timeZone: TIME_ZONE });
  }
  await db.put('health', {
    site: 'youtube-shorts',
    capability: 'tracking',
    status: 'degraded',
    detail: 'No video found on the feed: counting by visibility and activity only.',
    reportedAt: NOW - 3_600_000,
  });
  return db;
}
