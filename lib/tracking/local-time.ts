/**
 * Local calendar arithmetic for any IANA time zone, without relying on the process time zone: days are split at
 * local midnight and hours at local hour boundaries, whatever DST does (23- and 25-hour days, 30-minute shifts).
 */

export interface LocalHour {
  /** Local calendar date, YYYY-MM-DD. */
  date: string;
  /** Local hour of day, 0–23. */
  hour: number;
}

export function localHour(time: number, timeZone: string): LocalHour {
  const clock = localClock(time, timeZone);
  return { date: clock.date, hour: Math.floor(clock.minuteOfDay / 60) };
}

export function localDate(time: number, timeZone: string): string {
  return localHour(time, timeZone).date;
}

// Every time zone offset and DST transition in use falls on a quarter hour of UTC.
const QUARTER_HOUR = 15 * 60 * 1000;

/** The first instant after `time` at which the local hour (or date) changes. */
export function nextLocalHourBoundary(time: number, timeZone: string): number {
  const here = localHour(time, timeZone);
  let candidate = Math.floor(time / QUARTER_HOUR) * QUARTER_HOUR + QUARTER_HOUR;
  for (;;) {
    const there = localHour(candidate, timeZone);
    if (there.hour !== here.hour || there.date !== here.date) return candidate;
    candidate += QUARTER_HOUR;
  }
}

export interface LocalHourShare extends LocalHour {
  ms: number;
}

/** Splits [start, end) into the local hours it falls in. */
export function splitByLocalHour(start: number, end: number, timeZone: string): LocalHourShare[] {
  const shares: LocalHourShare[] = [];
  let cursor = start;
  while (cursor < end) {
    const boundary = Math.min(end, nextLocalHourBoundary(cursor, timeZone));
    shares.push({ ...localHour(cursor, timeZone), ms: boundary - cursor });
    cursor = boundary;
  }
  return shares;
}

/** The system's IANA time zone, as the browser reports it. */
export function currentTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The first instant of a local calendar date (local midnight, or the first existing instant after it). */
export function startOfLocalDate(date: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  // Every offset in use lies within ±14 h of UTC: start early and walk forward by quarter hours.
  let candidate = Date.UTC(year, month - 1, day) - 15 * 3_600_000;
  while (localDate(candidate, timeZone) < date) candidate += QUARTER_HOUR;
  return candidate;
}

const clockFormatters = new Map<string, Intl.DateTimeFormat>();

export interface LocalClock {
  date: string;
  /** 0 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minuteOfDay: number;
}

/** The last answer: the popup and the rules ask for the same instant many times in a row (31 times per popup open). */
let last: { time: number; timeZone: string; clock: LocalClock } | null = null;

/** The local date, day of the week and time of day at `time`. */
export function localClock(time: number, timeZone: string): LocalClock {
  if (last?.time === time && last.timeZone === timeZone) return { ...last.clock };
  let format = clockFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
    });
    clockFormatters.set(timeZone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(time)) parts[part.type] = part.value;
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? '');
  const clock = {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    weekday,
    minuteOfDay: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
  };
  last = { time, timeZone, clock };
  return { ...clock };
}
