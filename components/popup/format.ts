import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { currentTimeZone } from '@/lib/tracking/local-time';
import { budgetFormat, durationFormat, uiLocale } from '../i18n';

/**
 * Numbers, durations, dates and clock times in the UI language and the user's time zone. The words around them
 * live in strings.ts; this only turns figures into text.
 */
export interface Format {
  locale: string;
  timeZone: string;
  /** A whole number: 1,234. */
  count(value: number): string;
  /** A share: 42 %. With `signed`, a change: +12 % or −23 %. */
  percent(share: number, signed?: boolean): string;
  /** Watching time, the one way every screen writes it (components/i18n.ts `durationFormat`). */
  duration(ms: number): string;
  /** A daily time budget, in minutes: "30 min", "1 hr" (a trial budget under a minute: "0.5 min"). */
  budget(minutes: number): string;
  /** Clock time of an instant: 14:05 (or 2:05 PM). */
  clock(time: number): string;
  /** A local date, short: Tue 2 Jun. */
  day(date: string): string;
  /** Day of the week of a local date, short: Tue. */
  weekday(date: string): string;
  /** Day and month of a local date, short: 2 Jun. */
  dayMonth(date: string): string;
  /** A local date, long: Tuesday 2 June. */
  longDay(date: string): string;
  /** Start of an hour of the day: 21:00 (or 9 PM). */
  hour(hour: number): string;
}

export function createFormat(locale: string, timeZone: string): Format {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const change = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const duration = durationFormat(locale);
  const clock = new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' });
  // Dates are calendar days: formatted at noon UTC in UTC, so no time zone can move them to another day.
  const day = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' });
  const weekday = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'short' });
  const dayMonth = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' });
  const longDay = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long' });
  const hour = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', hour: 'numeric', minute: '2-digit' });
  const noon = (date: string) => new Date(`${date}T12:00:00Z`);

  return {
    locale,
    timeZone,
    count: (value) => count.format(value),
    percent: (value, signed = false) => (signed ? change : share).format(value),
    duration,
    budget: budgetFormat(locale),
    clock: (time) => clock.format(time),
    day: (date) => day.format(noon(date)),
    weekday: (date) => weekday.format(noon(date)),
    dayMonth: (date) => dayMonth.format(noon(date)),
    longDay: (date) => longDay.format(noon(date)),
    hour: (value) => hour.format(Date.UTC(2000, 0, 1, value)),
  };
}

const FormatContext = createContext<Format>(createFormat(uiLocale(), currentTimeZone()));

export const FormatProvider = FormatContext.Provider;

export function useFormat(): Format {
  return useContext(FormatContext);
}

/**
 * Where an axis label goes so it stays inside the chart: centred under its bar, except near either edge, where it
 * starts (or ends) at the edge instead of being cut off.
 */
export function axisLabelAt(x: number, width: number, edge = 24): { x: number; anchor: 'start' | 'middle' | 'end' } {
  if (x < edge) return { x: 0, anchor: 'start' };
  if (x > width - edge) return { x: width, anchor: 'end' };
  return { x, anchor: 'middle' };
}
