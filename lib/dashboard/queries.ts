import {
  type Capability,
  type Database,
  type DayRow,
  emptyOutcomes,
  type PromptOutcomes,
  type SiteHealthRow,
  type TotalRow,
} from '../db/database';
import { readDecisionInput } from '../db/prompts';
import type { StorageFault } from '../db/storage-fault';
import { type DayType, dayTypeOf, minPositive } from '../limits/budgets';
import {
  type DecisionInput,
  type LimitReason,
  limitReached,
  limitWait,
  type PromptKind,
  type PromptScope,
  type PromptState,
  type Session,
  sessionBreakWait,
  snoozedUntil,
  snoozesLeft,
} from '../limits/decide';
import { isPaused, type PauseState } from '../settings/pause';
import type { Budget, Settings } from '../settings/schema';
import { SITE_URLS as SITES } from '../sites/catalog';
import { SITE_IDS, type SiteId } from '../sites/types';
import { type ElsewhereToday, type OtherBrowserToday, plus } from '../sync/records';
import { localDate } from '../tracking/local-time';
import { addDays, datesEnding, daysBetween } from './dates';

/**
 * What the popup shows, read straight from IndexedDB (the popup never waits for the service worker).
 * `loadDashboard` does the reading; everything else here is a pure function of rows, tested without a database.
 */

/** Trends cover this many days, ending today. */
export const TREND_DAYS = 30;
/** The streak of days within budget looks back at most this far. */
export const STREAK_LOOKBACK_DAYS = 365;
/** The first-week baseline is compared once this many days of history exist (two full, separate weeks). */
export const BASELINE_MIN_DAYS = 14;

/** What stops the feed next on a site, in watching time. */
export type NextStop =
  | { kind: 'break-in'; ms: number }
  | { kind: 'limit-in'; ms: number }
  | { kind: 'break-due' }
  | { kind: 'limit-reached'; reason: LimitReason }
  | { kind: 'limit-snoozed'; reason: LimitReason; until: number };

/** A scope's snoozes today: until when the current one lasts, and how many are left. */
export interface SnoozeToday {
  until: number | null;
  left: number;
  perDay: number;
}

export interface SiteToday {
  site: SiteId;
  name: string;
  /** Tracking is on for the site. */
  tracked: boolean;
  activeMs: number;
  videos: number;
  /** The site's own budget for today (weekday or weekend). */
  budget: Budget;
  session: Session | null;
  /**
   * The site's own limits and its session break; null when nothing is due at any amount of watching (no session
   * limit running, no daily time budget of the site's own).
   */
  next: NextStop | null;
  /** Snoozes of the site's own limits (the all-feeds limits have their own, in `Today.all`). */
  snooze: SnoozeToday;
}

export interface Today {
  date: string;
  dayType: DayType;
  /** All sites together: time counted once, videos summed; quiet hours and the all-feeds limits, and their snoozes. */
  all: {
    activeMs: number;
    videos: number;
    budget: Budget;
    session: Session | null;
    next: NextStop | null;
    snooze: SnoozeToday;
  };
  /** Every supported site, in registry order. */
  sites: SiteToday[];
}

export interface TrendDay {
  date: string;
  /** All sites together, counted once. */
  activeMs: number;
  videos: number;
  sites: Record<SiteId, { activeMs: number; videos: number }>;
}

export type Baseline =
  | { status: 'not-enough-data'; daysOfHistory: number }
  | {
      status: 'ready';
      /** Average daily time over the 7 days starting with the first day with any data. */
      firstWeekDailyMs: number;
      /** Average daily time over the last 7 complete days (yesterday and the 6 before). */
      lastWeekDailyMs: number;
      /** Relative change, e.g. -0.23 for 23 % less. */
      change: number;
    };

export interface Trends {
  /** The last 30 days, oldest first, ending today. */
  days: TrendDay[];
  /** Active milliseconds per local hour of day, summed over the last 30 days. */
  hours: number[];
  baseline: Baseline;
}

export interface BackOut {
  /** "I'm done": left the feed when a prompt asked. */
  left: number;
  /** Every answer to a prompt: left, continued, snoozed or overridden. */
  answered: number;
  /** left / answered; null before any answer. */
  rate: number | null;
}

export interface Streak {
  /** Consecutive days within every daily budget, ending today (if within so far) or else yesterday. */
  days: number;
  throughToday: boolean;
  /** Any daily time or video budget is set at all (on weekdays or weekends). */
  budgetsSet: boolean;
}

export interface Effect {
  /** Over the last 30 days. */
  promptsShown: Record<PromptKind, number>;
  backOut: BackOut;
  notInterested: { today: number; last30Days: number };
  streak: Streak;
}

export interface HealthIssue {
  site: SiteId;
  name: string;
  capability: Capability;
  reportedAt: number;
}

/** "Your browsers" (opt-in, lib/sync): today here and in the user's other browsers, apart and together. */
export interface BrowsersToday {
  thisBrowser: { name: string; activeMs: number; videos: number };
  others: OtherBrowserToday[];
  all: { activeMs: number; videos: number };
}

export interface Dashboard {
  now: number;
  timeZone: string;
  today: Today;
  trends: Trends;
  effect: Effect;
  /** Degraded adapters, in registry order. */
  health: HealthIssue[];
  /** When the pause in force ends; null when counting. */
  pausedUntil: number | null;
  /** Since when the background has not been able to save (the figures may be behind); null when it saves. */
  savingFailedSince: number | null;
  /** With "Your browsers" on: the figures above are all browsers together, and these tell them apart. */
  browsers?: BrowsersToday | null;
}

const MINUTE = 60_000;

function outcomes(day: DayRow): PromptOutcomes {
  return day.prompts ?? emptyOutcomes();
}

/** The budgets in force on a date (weekday or weekend), for each site and all sites together. */
export function budgetsOn(settings: Settings, date: string): { all: Budget; sites: Record<SiteId, Budget> } {
  const type = dayTypeOf(date);
  const sites = Object.fromEntries(SITE_IDS.map((id) => [id, settings.limits.sites[id][type]]));
  return { all: settings.limits.all[type], sites: sites as Record<SiteId, Budget> };
}

const hasDailyBudget = (budget: Budget) => budget.dailyMinutes !== null || budget.dailyVideos !== null;

/**
 * Whether a day kept every daily time and video budget set for it. A day with no daily budget set is not
 * "within" anything. Reaching a budget exactly still keeps it.
 */
export function dayWithinBudget(
  date: string,
  days: readonly DayRow[],
  total: TotalRow | undefined,
  settings: Settings,
): 'within' | 'over' | 'no-budget' {
  const budgets = budgetsOn(settings, date);
  const scopes: [Budget, { activeMs: number; videos: number }][] = [
    [budgets.all, { activeMs: total?.activeMs ?? 0, videos: days.reduce((sum, day) => sum + day.videos, 0) }],
    ...SITE_IDS.map((id): [Budget, { activeMs: number; videos: number }] => {
      const day = days.find((row) => row.site === id);
      return [budgets.sites[id], { activeMs: day?.activeMs ?? 0, videos: day?.videos ?? 0 }];
    }),
  ];
  if (!scopes.some(([budget]) => hasDailyBudget(budget))) return 'no-budget';
  const kept = scopes.every(
    ([budget, usage]) =>
      (budget.dailyMinutes === null || usage.activeMs <= budget.dailyMinutes * MINUTE) &&
      (budget.dailyVideos === null || usage.videos <= budget.dailyVideos),
  );
  return kept ? 'within' : 'over';
}

/**
 * Consecutive days within budget, ending today if today is still within, else ending yesterday. Days before
 * `since` (the first day with any data) are not counted; the current settings judge every day.
 */
export function streak(
  history: { days: readonly DayRow[]; totals: readonly TotalRow[] },
  settings: Settings,
  today: string,
  since: string,
): Streak {
  const budgetsSet = [settings.limits.all, ...SITE_IDS.map((id) => settings.limits.sites[id])].some(
    (limits) => hasDailyBudget(limits.weekday) || hasDailyBudget(limits.weekend),
  );
  const daysByDate = groupByDate(history.days);
  const totalsByDate = new Map(history.totals.map((row) => [row.date, row]));
  const within = (date: string) =>
    dayWithinBudget(date, daysByDate.get(date) ?? [], totalsByDate.get(date), settings) === 'within';
  const throughToday = within(today);
  let date = throughToday ? today : addDays(today, -1);
  let count = 0;
  while (date >= since && within(date)) {
    count += 1;
    date = addDays(date, -1);
  }
  return { days: count, throughToday, budgetsSet };
}

function groupByDate(days: readonly DayRow[]): Map<string, DayRow[]> {
  const byDate = new Map<string, DayRow[]>();
  for (const day of days) byDate.set(day.date, [...(byDate.get(day.date) ?? []), day]);
  return byDate;
}

/**
 * The last 7 complete days against the user's own first week (the 7 days from the first day with any data),
 * as average daily time. Today is left out: half a day would flatter the change.
 */
export function baselineChange(totals: readonly TotalRow[], today: string): Baseline {
  const first = totals
    .filter((row) => row.activeMs > 0)
    .reduce<string | null>((earliest, row) => (earliest === null || row.date < earliest ? row.date : earliest), null);
  const daysOfHistory = first === null ? 0 : Math.max(0, daysBetween(first, today));
  if (first === null || daysOfHistory < BASELINE_MIN_DAYS) return { status: 'not-enough-data', daysOfHistory };
  const average = (from: string, to: string) =>
    totals.filter((row) => row.date >= from && row.date <= to).reduce((sum, row) => sum + row.activeMs, 0) / 7;
  const firstWeekDailyMs = average(first, addDays(first, 6));
  const lastWeekDailyMs = average(addDays(today, -7), addDays(today, -1));
  return { status: 'ready', firstWeekDailyMs, lastWeekDailyMs, change: lastWeekDailyMs / firstWeekDailyMs - 1 };
}

/** How often a prompt led the user to leave, the way one sec reports it: left / every answer. */
export function backOutRate(days: readonly DayRow[]): BackOut {
  let left = 0;
  let answered = 0;
  for (const day of days) {
    const prompts = outcomes(day);
    left += prompts.left;
    answered += prompts.left + prompts.continued + prompts.snoozed + prompts.overrides;
  }
  return { left, answered, rate: answered === 0 ? null : left / answered };
}

export function promptsShown(days: readonly DayRow[]): Record<PromptKind, number> {
  const shown = emptyOutcomes().shown;
  for (const day of days) {
    for (const kind of Object.keys(shown) as PromptKind[]) shown[kind] += outcomes(day).shown[kind] ?? 0;
  }
  return shown;
}

/** Active time per local hour of day, summed over the rows given. */
export function hourPattern(rows: readonly { hourlyMs: readonly number[] }[]): number[] {
  const hours = new Array<number>(24).fill(0);
  for (const row of rows) {
    for (let hour = 0; hour < 24; hour++) hours[hour] = (hours[hour] ?? 0) + (row.hourlyMs[hour] ?? 0);
  }
  return hours;
}

/** One entry per date of the window, oldest first; days with no rows are zeros. */
export function trendDays(dates: readonly string[], days: readonly DayRow[], totals: readonly TotalRow[]): TrendDay[] {
  const daysByDate = groupByDate(days);
  const totalsByDate = new Map(totals.map((row) => [row.date, row]));
  return dates.map((date) => {
    const rows = daysByDate.get(date) ?? [];
    const sites = Object.fromEntries(
      SITE_IDS.map((id) => {
        const row = rows.find((day) => day.site === id);
        return [id, { activeMs: row?.activeMs ?? 0, videos: row?.videos ?? 0 }];
      }),
    ) as TrendDay['sites'];
    return {
      date,
      activeMs: totalsByDate.get(date)?.activeMs ?? 0,
      videos: rows.reduce((sum, row) => sum + row.videos, 0),
      sites,
    };
  });
}

/**
 * The input with only one scope's session length: the break the popup shows on a scope's card is that scope's own,
 * so the all-feeds break (the default one) is told once, on the all-feeds card, not under every site.
 */
function ownBreakOnly(input: DecisionInput, scope: PromptScope): DecisionInput {
  const type = dayTypeOf(localDate(input.now, input.timeZone));
  const settings = structuredClone(input.settings);
  if (scope === 'site') settings.limits.all[type].sessionMinutes = null;
  else settings.limits.sites[input.site][type].sessionMinutes = null;
  return { ...input, settings };
}

/**
 * What stops the feed next, from the same rules the background applies: for a site, its own limits and its own
 * session break; for all feeds, quiet hours, the all-feeds limits and the all-feeds session break (on the site of
 * `input`). Nudges and the intention check are left out: they do not stop the feed.
 */
export function nextStop(input: DecisionInput, scope: PromptScope): NextStop | null {
  const reason = limitReached(input, scope);
  if (reason) {
    const until = snoozedUntil(input, scope);
    return until === null ? { kind: 'limit-reached', reason } : { kind: 'limit-snoozed', reason, until };
  }
  const breakWait = sessionBreakWait(ownBreakOnly(input, scope));
  if (breakWait === 0) return { kind: 'break-due' };
  const toLimit = limitWait(input, scope);
  const wait = minPositive([breakWait, toLimit]);
  if (wait === null) return null;
  return toLimit !== null && wait >= toLimit ? { kind: 'limit-in', ms: wait } : { kind: 'break-in', ms: wait };
}

function snoozeToday(state: PromptState, settings: Settings, now: number): SnoozeToday {
  return {
    until: state.snoozedUntil > now ? state.snoozedUntil : null,
    left: snoozesLeft(state, settings),
    perDay: settings.snooze.perDay,
  };
}

/** Degraded adapters, in registry order and then by capability. */
export function healthIssues(rows: readonly SiteHealthRow[]): HealthIssue[] {
  return SITES.flatMap((site) =>
    rows
      .filter((row) => row.site === site.id && row.status === 'degraded')
      .sort((a, b) => a.capability.localeCompare(b.capability))
      .map((row) => ({ site: site.id, name: site.name, capability: row.capability, reportedAt: row.reportedAt })),
  );
}

/** Reads everything the popup shows: one read transaction, plus the prompt rules' own read for each site. */
export async function loadDashboard(
  db: Database,
  context: {
    now: number;
    timeZone: string;
    settings: Settings;
    pause: PauseState;
    storageFault?: StorageFault | null;
    /** "Your browsers" on: this browser's name and the others' totals today. */
    browsers?: { name: string; elsewhere: ElsewhereToday } | null;
  },
): Promise<Dashboard> {
  const { now, timeZone, settings } = context;
  const today = localDate(now, timeZone);
  const lookback = addDays(today, -STREAK_LOOKBACK_DAYS);
  const windowDates = datesEnding(today, TREND_DAYS);
  const windowStart = windowDates[0] ?? today;
  // The popup paints from the trend window alone (a year of rows costs more than the rest together); older rows
  // are read only for a streak that goes back further than the window.
  const tx = db.transaction(['days', 'totals', 'health'], 'readonly');
  const [days, totals, firstKeys, health] = await Promise.all([
    tx.objectStore('days').getAll(IDBKeyRange.bound([windowStart], [today, '\uffff'])),
    tx.objectStore('totals').getAll(IDBKeyRange.bound(windowStart, today)),
    tx.objectStore('totals').getAllKeys(undefined, 1),
    tx.objectStore('health').getAll(),
    tx.done,
  ]);
  const firstDate = firstKeys[0] ?? today;
  // The first week may lie further back than the window.
  const firstWeek =
    firstDate < windowStart ? await db.getAll('totals', IDBKeyRange.bound(firstDate, addDays(firstDate, 6))) : [];
  // The popup knows no tab's video: a daily-videos limit at its count reads as reached.
  const inputs = await Promise.all(
    SITES.map((site) =>
      readDecisionInput(db, {
        site: site.id,
        siteName: site.name,
        settings,
        now,
        timeZone,
        activeVideo: 'none',
        elsewhere: context.browsers?.elsewhere ?? null,
      }),
    ),
  );
  let dayStreak = streak({ days, totals }, settings, today, firstDate > windowStart ? firstDate : windowStart);
  const streakEnd = dayStreak.throughToday ? today : addDays(today, -1);
  if (dayStreak.budgetsSet && firstDate < windowStart && addDays(streakEnd, -dayStreak.days) < windowStart) {
    const since = firstDate > lookback ? firstDate : lookback;
    const before = addDays(windowStart, -1);
    const olderTx = db.transaction(['days', 'totals'], 'readonly');
    const [olderDays, olderTotals] = await Promise.all([
      olderTx.objectStore('days').getAll(IDBKeyRange.bound([since], [before, '\uffff'])),
      olderTx.objectStore('totals').getAll(IDBKeyRange.bound(since, before)),
      olderTx.done,
    ]);
    dayStreak = streak({ days: [...olderDays, ...days], totals: [...olderTotals, ...totals] }, settings, today, since);
  }

  const recentDays = days.filter((day) => day.date >= windowStart);
  const recentTotals = totals.filter((row) => row.date >= windowStart);
  const todayRows = days.filter((day) => day.date === today);
  const budgets = budgetsOn(settings, today);

  const sites = SITES.map((site, index): SiteToday => {
    const input = inputs[index] as DecisionInput;
    const tracked = settings.sites[site.id].enabled;
    const row = todayRows.find((day) => day.site === site.id);
    // With "Your browsers" on, a site's figures are all browsers', as its budget counts them.
    const usage = plus(
      { activeMs: row?.activeMs ?? 0, videos: row?.videos ?? 0 },
      context.browsers?.elsewhere.sites[site.id],
    );
    return {
      site: site.id,
      name: site.name,
      tracked,
      activeMs: usage.activeMs,
      videos: usage.videos,
      budget: budgets.sites[site.id],
      session: input.session.site,
      next: tracked ? nextStop(input, 'site') : null,
      snooze: snoozeToday(input.state.site, settings, now),
    };
  });
  // The all-feeds figures are the same in every site's input; the all-feeds break comes on the site being watched.
  const watching = inputs
    .filter((input) => input.session.site !== null && settings.sites[input.site].enabled)
    .sort((a, b) => (b.session.site?.startedAt ?? 0) - (a.session.site?.startedAt ?? 0))[0];
  const anyInput = watching ?? (inputs[0] as DecisionInput);
  const anyTracked = SITES.some((site) => settings.sites[site.id].enabled);
  const here = {
    activeMs: totals.find((row) => row.date === today)?.activeMs ?? 0,
    videos: todayRows.reduce((sum, day) => sum + day.videos, 0),
  };
  const all = plus(here, context.browsers?.elsewhere.all);

  return {
    now,
    timeZone,
    today: {
      date: today,
      dayType: dayTypeOf(today),
      all: {
        ...all,
        budget: budgets.all,
        session: anyInput.session.all,
        next: anyTracked ? nextStop(anyInput, 'all') : null,
        snooze: snoozeToday(anyInput.state.all, settings, now),
      },
      sites,
    },
    trends: {
      days: trendDays(windowDates, recentDays, recentTotals),
      hours: hourPattern(recentTotals),
      baseline: baselineChange([...firstWeek, ...totals], today),
    },
    effect: {
      promptsShown: promptsShown(recentDays),
      backOut: backOutRate(recentDays),
      notInterested: {
        today: todayRows.reduce((sum, day) => sum + day.notInterested, 0),
        last30Days: recentDays.reduce((sum, day) => sum + day.notInterested, 0),
      },
      streak: dayStreak,
    },
    health: healthIssues(health),
    pausedUntil: isPaused(context.pause, now) ? (context.pause.current?.until ?? null) : null,
    savingFailedSince: context.storageFault?.since ?? null,
    browsers: context.browsers
      ? { thisBrowser: { name: context.browsers.name, ...here }, others: context.browsers.elsewhere.browsers, all }
      : null,
  };
}
