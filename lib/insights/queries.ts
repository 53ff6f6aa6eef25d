import { addDays, datesEnding } from '../dashboard/dates';
import {
  type BackOut,
  type Baseline,
  backOutRate,
  baselineChange,
  hourPattern,
  promptsShown,
  TREND_DAYS,
  type TrendDay,
  trendDays,
} from '../dashboard/queries';
import type { Database, DayRow, TotalRow, WorthRow } from '../db/database';
import { type Comparison, compareStyles, type ExperimentDay } from '../experiment/compare';
import type { Experiment } from '../experiment/state';
import type { PromptKind } from '../limits/decide';
import { type KindOutcomes, OUTCOME_KINDS, type OutcomeKind } from '../limits/outcomes';
import { SITE_IDS, type SiteId } from '../sites/types';
import { localDate, startOfLocalDate } from '../tracking/local-time';
import { countAnswers, type WorthShare } from '../worth/answers';

/**
 * What the insights page shows: more than the popup (it may load more), read from IndexedDB in one transaction and
 * turned into figures by pure functions.
 */

export interface SitePeriod {
  site: SiteId;
  activeMs: number;
  videos: number;
  sessions: number;
}

export interface Period {
  days: number;
  /** All feeds together, counted once. */
  activeMs: number;
  videos: number;
  sites: SitePeriod[];
}

/** What followed the prompts over the last 30 days. */
export interface PromptsFollowed {
  shown: Record<PromptKind, number>;
  left: number;
  continued: number;
  snoozed: number;
  overrides: number;
  backOut: BackOut;
  /** The card after a shared clip and each kind of friction: how often, what followed, the watching under it. */
  kinds: Record<OutcomeKind, KindOutcomes>;
}

export interface ExperimentInsights {
  experiment: Experiment;
  /** The day of the experiment today (1–14), or null when it is over or stopped. */
  dayToday: number | null;
  /** Finished days (before today) with their measures. */
  days: ExperimentDay[];
  comparison: Comparison;
}

export interface Insights {
  today: string;
  last7: Period;
  last30: Period;
  /** The last 30 days, oldest first. */
  trend: TrendDay[];
  hours: number[];
  baseline: Baseline;
  prompts: PromptsFollowed;
  worth: WorthShare;
  experiment: ExperimentInsights | null;
}

export function period(dates: readonly string[], days: readonly DayRow[], totals: readonly TotalRow[]): Period {
  const inside = new Set(dates);
  const own = days.filter((day) => inside.has(day.date));
  return {
    days: dates.length,
    activeMs: totals.filter((row) => inside.has(row.date)).reduce((sum, row) => sum + row.activeMs, 0),
    videos: own.reduce((sum, day) => sum + day.videos, 0),
    sites: SITE_IDS.map((site) => {
      const rows = own.filter((day) => day.site === site);
      return {
        site,
        activeMs: rows.reduce((sum, day) => sum + day.activeMs, 0),
        videos: rows.reduce((sum, day) => sum + day.videos, 0),
        sessions: rows.reduce((sum, day) => sum + day.sessions, 0),
      };
    }),
  };
}

export function promptsFollowed(days: readonly DayRow[]): PromptsFollowed {
  const sum = (pick: (day: DayRow) => number) => days.reduce((total, day) => total + (day.prompts ? pick(day) : 0), 0);
  return {
    shown: promptsShown(days),
    left: sum((day) => day.prompts.left),
    continued: sum((day) => day.prompts.continued),
    snoozed: sum((day) => day.prompts.snoozed),
    overrides: sum((day) => day.prompts.overrides),
    backOut: backOutRate(days),
    kinds: Object.fromEntries(
      OUTCOME_KINDS.map((kind) => {
        const of = (pick: (outcomes: KindOutcomes) => number) =>
          sum((day) => {
            const outcomes = day.prompts.kinds?.[kind];
            return outcomes ? pick(outcomes) : 0;
          });
        return [
          kind,
          {
            shown: of((o) => o.shown),
            left: of((o) => o.left),
            continued: of((o) => o.continued),
            watchedMs: of((o) => o.watchedMs),
          },
        ];
      }),
    ) as Record<OutcomeKind, KindOutcomes>,
  };
}

/** The measures of each finished day of the experiment (days before today, within its 14 and before it stopped). */
export function experimentDays(
  experiment: Experiment,
  rows: { days: readonly DayRow[]; totals: readonly TotalRow[]; worth: readonly WorthRow[] },
  today: string,
  timeZone: string,
): ExperimentDay[] {
  const stoppedOn = experiment.stoppedAt === null ? null : localDate(experiment.stoppedAt, timeZone);
  return experiment.assignments
    .filter((day) => day.date < today && (stoppedOn === null || day.date < stoppedOn))
    .map(({ date, style }) => {
      const own = rows.days.filter((day) => day.date === date);
      const prompts = backOutRate(own);
      const worth = countAnswers(
        rows.worth.filter((row) => localDate(row.sessionStart, timeZone) === date).map((row) => row.answer),
      );
      return {
        date,
        style,
        activeMs: rows.totals.find((row) => row.date === date)?.activeMs ?? 0,
        sessions: own.reduce((sum, day) => sum + day.sessions, 0),
        prompts: { left: prompts.left, answered: prompts.answered },
        worth: { worth: worth.worth, answered: worth.answered },
      };
    });
}

export async function loadInsights(
  db: Database,
  context: { now: number; timeZone: string; experiment: Experiment | null },
): Promise<Insights> {
  const { now, timeZone, experiment } = context;
  const today = localDate(now, timeZone);
  const windowDates = datesEnding(today, TREND_DAYS);
  const windowStart = windowDates[0] ?? today;
  // The experiment may have started before the window; its days are read with the window's.
  const from = experiment && experiment.startDate < windowStart ? experiment.startDate : windowStart;
  const since = startOfLocalDate(from, timeZone);
  const tx = db.transaction(['days', 'totals', 'worthIt'], 'readonly');
  const [days, totals, firstKeys, worth] = await Promise.all([
    tx.objectStore('days').getAll(IDBKeyRange.bound([from], [today, '\uffff'])),
    tx.objectStore('totals').getAll(IDBKeyRange.bound(from, today)),
    tx.objectStore('totals').getAllKeys(undefined, 1),
    tx.objectStore('worthIt').getAll(IDBKeyRange.lowerBound(since)),
    tx.done,
  ]);
  const firstDate = firstKeys[0] ?? today;
  const firstWeek =
    firstDate < from ? await db.getAll('totals', IDBKeyRange.bound(firstDate, addDays(firstDate, 6))) : [];
  const recentDays = days.filter((day) => day.date >= windowStart);
  const recentTotals = totals.filter((row) => row.date >= windowStart);
  const windowSince = startOfLocalDate(windowStart, timeZone);

  let experimentInsights: ExperimentInsights | null = null;
  if (experiment) {
    const measured = experimentDays(experiment, { days, totals, worth }, today, timeZone);
    const index = experiment.assignments.findIndex((day) => day.date === today);
    experimentInsights = {
      experiment,
      dayToday: index >= 0 && experiment.stoppedAt === null && experiment.adopted === null ? index + 1 : null,
      days: measured,
      comparison: compareStyles(experiment.styles, measured, experiment.seed),
    };
  }

  return {
    today,
    last7: period(datesEnding(today, 7), recentDays, recentTotals),
    last30: period(windowDates, recentDays, recentTotals),
    trend: trendDays(windowDates, recentDays, recentTotals),
    hours: hourPattern(recentTotals),
    baseline: baselineChange([...firstWeek, ...totals], today),
    prompts: promptsFollowed(recentDays),
    worth: countAnswers(worth.filter((row) => row.sessionStart >= windowSince).map((row) => row.answer)),
    experiment: experimentInsights,
  };
}
