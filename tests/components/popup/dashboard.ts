import { datesEnding } from '../../../lib/dashboard/dates';
import type { Dashboard, SiteToday, TrendDay } from '../../../lib/dashboard/queries';
import { SITES } from '../../../lib/sites/registry';
import { SITE_IDS } from '../../../lib/sites/types';

/** Hand-made figures for the popup's views: Tuesday 2 June 2026, 14:00 in Berlin. */
export const NOW = Date.UTC(2026, 5, 2, 12);
export const TIME_ZONE = 'Europe/Berlin';
export const MINUTE = 60_000;

const noBudget = { dailyMinutes: null, dailyVideos: null, sessionMinutes: null };

export function siteToday(over: Partial<SiteToday> = {}): SiteToday {
  const site = SITES.find((entry) => entry.id === (over.site ?? 'tiktok')) ?? SITES[0];
  return {
    site: site?.id ?? 'tiktok',
    name: site?.name ?? 'TikTok',
    tracked: true,
    activeMs: 0,
    videos: 0,
    budget: noBudget,
    session: null,
    next: null,
    snooze: { until: null, left: 2, perDay: 2 },
    ...over,
  };
}

export function trendDay(
  date: string,
  figures: Partial<Record<(typeof SITE_IDS)[number], [number, number]>>,
): TrendDay {
  const sites = Object.fromEntries(
    SITE_IDS.map((id) => {
      const [minutes, videos] = figures[id] ?? [0, 0];
      return [id, { activeMs: minutes * MINUTE, videos }];
    }),
  ) as TrendDay['sites'];
  const values = Object.values(sites);
  return {
    date,
    activeMs: values.reduce((sum, site) => sum + site.activeMs, 0),
    videos: values.reduce((sum, site) => sum + site.videos, 0),
    sites,
  };
}

/** Quiet figures: a little TikTok today, nothing else, no budgets. */
export function dashboard(over: Partial<Dashboard> = {}): Dashboard {
  const dates = datesEnding('2026-06-02', 30);
  return {
    now: NOW,
    timeZone: TIME_ZONE,
    today: {
      date: '2026-06-02',
      dayType: 'weekday',
      all: {
        activeMs: 12 * MINUTE,
        videos: 9,
        budget: noBudget,
        session: null,
        next: null,
        snooze: { until: null, left: 2, perDay: 2 },
      },
      sites: SITE_IDS.map((site) =>
        site === 'tiktok' ? siteToday({ site, activeMs: 12 * MINUTE, videos: 9 }) : siteToday({ site }),
      ),
    },
    trends: {
      days: dates.map((date, index) => trendDay(date, index === dates.length - 1 ? { tiktok: [12, 9] } : {})),
      hours: new Array(24).fill(0),
      baseline: { status: 'not-enough-data', daysOfHistory: 0 },
    },
    effect: {
      promptsShown: { nudge: 0, breathing: 0, intention: 0, limit: 0 },
      backOut: { left: 0, answered: 0, rate: null },
      notInterested: { today: 0, last30Days: 0 },
      streak: { days: 0, throughToday: false, budgetsSet: false },
    },
    health: [],
    pausedUntil: null,
    savingFailedSince: null,
    ...over,
  };
}
