import { addDays, daysBetween } from '../dashboard/dates';
import type { StyleId } from './styles';

/** An experiment lasts this many days, one style a day. */
export const EXPERIMENT_DAYS = 14;
export const MIN_STYLES = 2;
export const MAX_STYLES = 3;

/** A small seeded generator (mulberry32): the same seed gives the same numbers on every machine and every start. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/**
 * One style per day, at random and balanced: the days come in blocks holding each style once, in a shuffled order,
 * so every style gets the same number of days (±1 when the styles do not divide the days) and no style waits long.
 * A pure function of the seed: the same seed gives the same days, across restarts and in tests.
 */
export function assignStyles(styles: readonly StyleId[], seed: number, days = EXPERIMENT_DAYS): StyleId[] {
  if (styles.length === 0) return [];
  const random = seededRandom(seed);
  const assigned: StyleId[] = [];
  while (assigned.length < days) assigned.push(...shuffled(styles, random));
  return assigned.slice(0, days);
}

export interface DayAssignment {
  date: string;
  style: StyleId;
}

/** The dated assignments of an experiment starting on `startDate`. */
export function assignmentDates(startDate: string, styles: readonly StyleId[], seed: number): DayAssignment[] {
  return assignStyles(styles, seed).map((style, index) => ({ date: addDays(startDate, index), style }));
}

/** The style of a date, or null outside the experiment's days. */
export function styleOn(assignments: readonly DayAssignment[], date: string): StyleId | null {
  return assignments.find((day) => day.date === date)?.style ?? null;
}

/** Day number (1-based) of a date within the experiment, or null outside it. */
export function dayNumber(startDate: string, date: string): number | null {
  const index = daysBetween(startDate, date);
  return index >= 0 && index < EXPERIMENT_DAYS ? index + 1 : null;
}
