import { seededRandom } from './assignment';
import type { StyleId } from './styles';

/** What one finished day of the experiment measured. */
export interface ExperimentDay {
  date: string;
  style: StyleId;
  /** All feeds together, counted once. */
  activeMs: number;
  sessions: number;
  /** Prompt answers that day, and how many of them were "I'm done". */
  prompts: { left: number; answered: number };
  /** "Was that worth it?" answers about sessions that started that day. */
  worth: { worth: number; answered: number };
}

export interface Share {
  part: number;
  of: number;
  /** part / of; null when `of` is 0. */
  share: number | null;
}

export interface StyleResult {
  style: StyleId;
  /** Finished days under the style: every figure below stands on these. */
  days: number;
  minutesPerDay: number | null;
  sessionsPerDay: number | null;
  /** Prompts after which the user left. */
  left: Share;
  worth: Share;
}

export type Verdict =
  /** Fewer than MIN_DAYS_EACH finished days for the two styles compared. */
  | 'too-early'
  /** The interval of the difference includes no difference at all: it could be chance. */
  | 'could-be-chance'
  /** Even the interval's least favourable end has the leader watching less. */
  | 'clear';

export interface Comparison {
  results: StyleResult[];
  /** The style with the fewest minutes a day (among styles with any finished day), and the next one. */
  leader: StyleId | null;
  runnerUp: StyleId | null;
  /** Leader minus runner-up in minutes a day, with a 95 % bootstrap interval; null until both have days. */
  difference: { minutesPerDay: number; low: number; high: number } | null;
  verdict: Verdict;
}

/** Each of the two styles compared needs this many finished days before the verdict says more than "too early". */
export const MIN_DAYS_EACH = 3;
export const BOOTSTRAP_RESAMPLES = 2000;

const MINUTE = 60_000;
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const share = (part: number, of: number): Share => ({ part, of, share: of === 0 ? null : part / of });

/** The value below which `fraction` of the sorted values lie (linear between neighbours). */
export function quantile(sorted: readonly number[], fraction: number): number {
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const lower = sorted[below] ?? 0;
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - below);
}

/**
 * A 95 % percentile bootstrap interval of mean(a) − mean(b): the days of each style are drawn again with
 * replacement, many times, and the middle 95 % of the differences is the interval. Seeded, so it is the same on
 * every open.
 */
export function bootstrapDifference(
  a: readonly number[],
  b: readonly number[],
  seed = 1,
  resamples = BOOTSTRAP_RESAMPLES,
): { difference: number; low: number; high: number } {
  const random = seededRandom(seed);
  const draw = (values: readonly number[]) =>
    mean(Array.from({ length: values.length }, () => values[Math.floor(random() * values.length)] as number));
  const differences = Array.from({ length: resamples }, () => draw(a) - draw(b)).sort((x, y) => x - y);
  return { difference: mean(a) - mean(b), low: quantile(differences, 0.025), high: quantile(differences, 0.975) };
}

export function styleResult(style: StyleId, days: readonly ExperimentDay[]): StyleResult {
  const own = days.filter((day) => day.style === style);
  const sum = (pick: (day: ExperimentDay) => number) => own.reduce((total, day) => total + pick(day), 0);
  return {
    style,
    days: own.length,
    minutesPerDay: own.length === 0 ? null : sum((day) => day.activeMs) / own.length / MINUTE,
    sessionsPerDay: own.length === 0 ? null : sum((day) => day.sessions) / own.length,
    left: share(
      sum((day) => day.prompts.left),
      sum((day) => day.prompts.answered),
    ),
    worth: share(
      sum((day) => day.worth.worth),
      sum((day) => day.worth.answered),
    ),
  };
}

/** The styles compared on minutes a day, with the verdict in plain terms (the page puts it in words). */
export function compareStyles(styles: readonly StyleId[], days: readonly ExperimentDay[], seed = 1): Comparison {
  const results = styles.map((style) => styleResult(style, days));
  const ranked = results
    .filter((result) => result.minutesPerDay !== null)
    .sort((a, b) => (a.minutesPerDay as number) - (b.minutesPerDay as number));
  const [leader, runnerUp] = ranked;
  if (!leader || !runnerUp) {
    return { results, leader: leader?.style ?? null, runnerUp: null, difference: null, verdict: 'too-early' };
  }
  const minutes = (style: StyleId) => days.filter((day) => day.style === style).map((day) => day.activeMs / MINUTE);
  const interval = bootstrapDifference(minutes(leader.style), minutes(runnerUp.style), seed);
  const enough = leader.days >= MIN_DAYS_EACH && runnerUp.days >= MIN_DAYS_EACH;
  return {
    results,
    leader: leader.style,
    runnerUp: runnerUp.style,
    difference: { minutesPerDay: interval.difference, low: interval.low, high: interval.high },
    verdict: !enough ? 'too-early' : interval.high < 0 ? 'clear' : 'could-be-chance',
  };
}
