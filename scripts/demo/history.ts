import type { DayRow, PromptOutcomes, TotalRow } from '../../lib/db/database';
import { emptyOutcomes } from '../../lib/db/database';
import { seededRandom } from '../../lib/experiment/assignment';
import type { SiteId } from '../../lib/sites/types';

/**
 * A made-up but realistic history for `npm run demo -- --history`: five weeks of days ending yesterday, so the
 * popup's trends, the change since the first week and the prompts' effect show at once. Someone who watched about
 * 75 minutes a day in their first week and, helped by the breaks, about 40 in the last; more at weekends and in the
 * evening; TikTok most, then YouTube Shorts, Instagram Reels and RedNote, Facebook Reels now and then. The default
 * settings' break after 20 minutes of a session is the prompt they met, and "I'm done" grows more frequent.
 * Deterministic (a seeded generator): the same dates give the same rows. Today is left to the real watching.
 */

export interface History {
  days: DayRow[];
  totals: TotalRow[];
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** Share of the day's minutes, and videos per minute (short feeds turn over faster). */
const SITE_HABITS: { site: SiteId; share: number; videosPerMinute: number; everyNthDay: number }[] = [
  { site: 'tiktok', share: 0.5, videosPerMinute: 3, everyNthDay: 1 },
  { site: 'youtube-shorts', share: 0.25, videosPerMinute: 2.5, everyNthDay: 1 },
  { site: 'instagram-reels', share: 0.15, videosPerMinute: 2, everyNthDay: 1 },
  { site: 'rednote', share: 0.1, videosPerMinute: 1.5, everyNthDay: 2 },
  { site: 'facebook-reels', share: 0.08, videosPerMinute: 2, everyNthDay: 5 },
];

/** When sessions start, most likely first: the evening, then lunch, the commute and late at night. */
const SESSION_HOURS = [21, 20, 22, 12, 8, 23, 18, 13, 7, 19];

/** The session length after which the default settings show a breathing pause. */
const BREAK_AFTER_MINUTES = 20;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const isWeekend = (date: string) => [0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay());

/**
 * The history before `today` (a local date, YYYY-MM-DD): `weeks` × 7 days, the first of them the first day with
 * any data. Sessions on one day never overlap, so the all-feeds total of each hour is the sum of the sites.
 */
export function demoHistory({ today, weeks = 5 }: { today: string; weeks?: number }): History {
  const count = weeks * 7;
  // The experiment's seeded generator, so a demo looks the same each time.
  const random = seededRandom(Date.parse(`${today}T00:00:00Z`) / DAY_MS);
  const days: DayRow[] = [];
  const totals: TotalRow[] = [];
  for (let index = 0; index < count; index++) {
    const date = addDays(today, index - count);
    const progress = index / (count - 1); // 0 on the first day, 1 yesterday
    const weekday = 75 - 35 * progress; // minutes a day: 75 in the first week, 40 in the last
    const minutes = weekday * (isWeekend(date) ? 1.25 : 1) * (0.85 + 0.3 * random());
    const leftRate = 0.25 + 0.4 * progress; // how often a break prompt ends the session
    const freeHours = [...SESSION_HOURS];
    const totalHourly = new Array<number>(24).fill(0);
    for (const habit of SITE_HABITS) {
      if ((index + SITE_HABITS.indexOf(habit)) % habit.everyNthDay !== 0) continue;
      const siteMinutes = Math.round(minutes * habit.share * (0.8 + 0.4 * random()));
      if (siteMinutes < 2) continue;
      // One session for up to 30 minutes, two or three for more, of uneven lengths: each in an hour of its own.
      const sessions = Math.min(freeHours.length, siteMinutes <= 30 ? 1 : siteMinutes <= 70 ? 2 : 3);
      const weights = Array.from({ length: sessions }, () => 0.5 + random());
      const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
      const hourlyMs = new Array<number>(24).fill(0);
      const prompts: PromptOutcomes = emptyOutcomes();
      for (const weight of weights) {
        // Mostly the likeliest free hour, sometimes one further down the list.
        const pick = Math.min(freeHours.length - 1, Math.floor(random() * random() * freeHours.length));
        const hour = freeHours.splice(pick, 1)[0] as number;
        let sessionMinutes = (siteMinutes * weight) / weightSum;
        if (sessionMinutes > BREAK_AFTER_MINUTES) {
          prompts.shown.breathing++;
          if (random() < leftRate) {
            prompts.left++;
            sessionMinutes = BREAK_AFTER_MINUTES + random(); // "I'm done": the session ends at the prompt
          } else prompts.continued++;
        }
        hourlyMs[hour] = Math.round(sessionMinutes * MINUTE_MS);
      }
      const activeMs = hourlyMs.reduce((sum, ms) => sum + ms, 0);
      for (let hour = 0; hour < 24; hour++) totalHourly[hour] = (totalHourly[hour] ?? 0) + (hourlyMs[hour] ?? 0);
      days.push({
        date,
        site: habit.site,
        activeMs,
        hourlyMs,
        videos: Math.round((activeMs / MINUTE_MS) * habit.videosPerMinute * (0.9 + 0.2 * random())),
        sessions,
        notInterested: random() < 0.3 ? 1 + Math.floor(random() * 3) : 0,
        prompts,
      });
    }
    totals.push({ date, activeMs: totalHourly.reduce((sum, ms) => sum + ms, 0), hourlyMs: totalHourly });
  }
  return { days, totals };
}
