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

/** A formatter made on first use: each `Intl` formatter costs a fraction of a millisecond or more to make. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** The formatters are made when first used: a screen that shows no date never pays for a date formatter. */
export function createFormat(locale: string, timeZone: string): Format {
  const count = once(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }));
  const share = once(() => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
  const change = once(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' }),
  );
  const duration = once(() => durationFormat(locale));
  const budget = once(() => budgetFormat(locale));
  const clock = once(() => new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit' }));
  // Dates are calendar days: formatted at noon UTC in UTC, so no time zone can move them to another day.
  const utc = (options: Intl.DateTimeFormatOptions) =>
    once(() => new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options }));
  const day = utc({ weekday: 'short', day: 'numeric', month: 'short' });
  const weekday = utc({ weekday: 'short' });
  const dayMonth = utc({ day: 'numeric', month: 'short' });
  const longDay = utc({ weekday: 'long', day: 'numeric', month: 'long' });
  const hour = utc({ hour: 'numeric', minute: '2-digit' });
  const noon = (date: string) => new Date(`${date}T12:00:00Z`);

  return {
    locale,
    timeZone,
    count: (value) => count().format(value),
    percent: (value, signed = false) => (signed ? change() : share()).format(value),
    duration: (ms) => duration()(ms),
    budget: (minutes) => budget()(minutes),
    clock: (time) => clock().format(time),
    day: (date) => day().format(noon(date)),
    weekday: (date) => weekday().format(noon(date)),
    dayMonth: (date) => dayMonth().format(noon(date)),
    longDay: (date) => longDay().format(noon(date)),
    hour: (value) => hour().format(Date.UTC(2000, 0, 1, value)),
  };
}

// Outside a provider (a component rendered alone): the UI language and the system's time zone, read when first used.
const FormatContext = createContext<Format | null>(null);
const fallbackFormat = once(() => createFormat(uiLocale(), currentTimeZone()));

export const FormatProvider = FormatContext.Provider;

export function useFormat(): Format {
  return useContext(FormatContext) ?? fallbackFormat();
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
