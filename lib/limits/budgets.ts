import type { Budget, Settings } from '../settings/schema';
import type { SiteId } from '../sites/types';
import { localDate } from '../tracking/local-time';

/** Which budgets apply when: the one weekday/weekend split, shared by the prompt rules and the popup. */

export type DayType = 'weekday' | 'weekend';

/** Saturday and Sunday of a local date written YYYY-MM-DD are the weekend. */
export function dayTypeOf(date: string): DayType {
  // A date names a day, not an instant: read it on the UTC calendar, which has no DST.
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6 ? 'weekend' : 'weekday';
}

/** The smallest value above zero, or null when there is none. */
export function minPositive(values: readonly (number | null)[]): number | null {
  const positive = values.filter((value): value is number => value !== null && value > 0);
  return positive.length > 0 ? Math.min(...positive) : null;
}

export interface BudgetsToday {
  dayType: DayType;
  site: Budget;
  all: Budget;
}

/** The site's and all feeds' budgets in force at `now` (weekday or weekend by the local date). */
export function budgetsAt(settings: Settings, site: SiteId, now: number, timeZone: string): BudgetsToday {
  const dayType = dayTypeOf(localDate(now, timeZone));
  return { dayType, site: settings.limits.sites[site][dayType], all: settings.limits.all[dayType] };
}

/** The session (break) length in force on the site at `now`: the shorter of the site's and all feeds' set. */
export function sessionMinutesAt(settings: Settings, site: SiteId, now: number, timeZone: string): number | null {
  const budgets = budgetsAt(settings, site, now, timeZone);
  return minPositive([budgets.site.sessionMinutes, budgets.all.sessionMinutes]);
}
