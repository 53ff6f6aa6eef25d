import type { ImportSummary } from '@/lib/data/transfer';
import type { QuietHours } from '@/lib/settings/schema';
import { siteById } from '@/lib/sites/registry';
import type { SiteId } from '@/lib/sites/types';
import { type BudgetKey, type DayType, kindOf, type NumberKind, parseLimitPath } from './paths';

// Every user-visible word of the options page lives here, so it can move to browser i18n in one place.
// Dates, times and numbers follow the browser's locale (Intl with no locale given), as the issue asks.

const count = new Intl.NumberFormat(undefined);
const unit = (name: string) => new Intl.NumberFormat(undefined, { style: 'unit', unit: name, unitDisplay: 'short' });
const minutes = unit('minute');
const hours = unit('hour');
const seconds = unit('second');
const percent = new Intl.NumberFormat(undefined, { style: 'percent' });
const plural = new Intl.PluralRules(undefined);
const dateTime = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});
// Wall-clock values (23:00, a calendar date, a weekday) are formatted as if in UTC so no time zone shifts them.
const clockTime = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
const calendarDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const weekdayLong = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' });
const weekdayShort = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const list = new Intl.ListFormat(undefined, { style: 'short', type: 'conjunction' });
const longList = new Intl.ListFormat(undefined, { style: 'long', type: 'conjunction' });

// 4 January 2026 was a Sunday: day 0 of the week, as in the settings.
const weekdayDate = (day: number) => Date.UTC(2026, 0, 4 + day);
const clock = (time: string) => clockTime.format(Date.UTC(2026, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3))));

/** A setting's value in words, as a pending change shows it. */
function describeValue(path: string, value: unknown): string {
  const kind = kindOf(path);
  const words = strings.values;
  if (kind === 'quietHours') return strings.quiet.describe(value as QuietHours);
  if (kind === 'switch') return value ? words.on : words.off;
  if (value === null) return kind === 'nudgeEveryVideos' ? words.never : words.noLimit;
  const n = value as number;
  switch (kind as NumberKind) {
    case 'dailyMinutes':
    case 'sessionMinutes':
    case 'snoozeMinutes':
      return minutes.format(n);
    case 'dailyVideos':
      return words.videos(n);
    case 'nudgeAtPercent':
      return percent.format(n / 100);
    case 'nudgeEveryVideos':
      return words.everyVideos(n);
    case 'breathSeconds':
      return seconds.format(n);
    case 'snoozesPerDay':
      return words.perDay(n);
    case 'coolingOffHours':
      return hours.format(n);
  }
}

export const strings = {
  values: {
    on: 'on',
    off: 'off',
    never: 'never',
    noLimit: 'no limit',
    videos: (n: number) => `${count.format(n)} ${plural.select(n) === 'one' ? 'video' : 'videos'}`,
    everyVideos: (n: number) => `every ${strings.values.videos(n)}`,
    perDay: (n: number) => `${count.format(n)} a day`,
    records: (n: number) => `${count.format(n)} daily ${plural.select(n) === 'one' ? 'record' : 'records'}`,
  },

  pageTitle: 'Mindful Feed settings',
  pageIntro: 'Your limits, prompts and data. Everything Mindful Feed counts stays in this browser.',
  loading: 'Loading your settings…',
  loadFailed: (reason: string) => `Could not read your settings: ${reason}`,
  sectionsLabel: 'Sections',
  pendingSummary: (n: number) =>
    n === 1
      ? 'One looser change is waiting for the cooling-off delay. It is marked “Pending” below.'
      : `${count.format(n)} looser changes are waiting for the cooling-off delay. They are marked “Pending” below.`,

  scopeName: (scope: 'all' | SiteId) => (scope === 'all' ? 'All sites together' : siteById(scope).name),
  dayLabels: { weekday: 'Weekdays', weekend: 'Weekends' } satisfies Record<DayType, string>,
  dayHints: { weekday: 'Monday to Friday', weekend: 'Saturday and Sunday' } satisfies Record<DayType, string>,
  budgetLabels: {
    dailyMinutes: 'Time a day (minutes)',
    dailyVideos: 'Videos a day',
    sessionMinutes: 'Break after (minutes in one go)',
  } satisfies Record<BudgetKey, string>,
  otherNames: {
    quietHours: 'quiet hours',
    'quietHours.enabled': 'quiet hours',
    'prompts.nudge': 'the nudge card',
    'prompts.nudgeAtPercent': 'when the nudge shows',
    'prompts.nudgeEveryVideos': 'the nudge every so many videos',
    'prompts.breathing': 'the breathing pause',
    'prompts.breathSeconds': 'the length of the breath',
    'prompts.intention': 'the intention check',
    'snooze.minutes': 'the snooze length',
    'snooze.perDay': 'snoozes a day',
    coolingOffHours: 'the cooling-off delay',
  } as Record<string, string>,
  /** The words that tell one field from the others with the same label, read before it by screen readers. */
  fieldContext: (path: string): string => {
    const limit = parseLimitPath(path);
    return limit ? `${strings.scopeName(limit.scope)}, ${strings.dayLabels[limit.day].toLowerCase()}: ` : '';
  },
  /** A setting's name in a sentence. */
  fieldName: (path: string): string => {
    const limit = parseLimitPath(path);
    if (limit) {
      const { scope, day, key } = limit;
      return `${strings.scopeName(scope)}, ${strings.dayLabels[day].toLowerCase()}, ${strings.budgetLabels[key]}`;
    }
    const site = /^sites\.([^.]+)\.enabled$/.exec(path)?.[1];
    if (site) return siteById(site as SiteId).name;
    return strings.otherNames[path] ?? path;
  },
  /** What to enter, with the range the page accepts. */
  errors: {
    dailyMinutes: `Enter whole minutes between 1 and ${count.format(1440)}, or leave empty for no limit.`,
    dailyVideos: `Enter a whole number of videos between 1 and ${count.format(10_000)}, or leave empty for no limit.`,
    sessionMinutes: `Enter whole minutes between 1 and ${count.format(600)}, or leave empty for no break.`,
    nudgeAtPercent: `Enter a whole percentage between ${count.format(50)} and ${count.format(95)}.`,
    nudgeEveryVideos: `Enter a whole number of videos between ${count.format(5)} and ${count.format(500)}, or leave empty for never.`,
    breathSeconds: `Enter whole seconds between ${count.format(3)} and ${count.format(60)}.`,
    snoozeMinutes: `Enter whole minutes between ${count.format(1)} and ${count.format(60)}.`,
    snoozesPerDay: `Enter a whole number between ${count.format(0)} and ${count.format(10)}.`,
    coolingOffHours: `Enter whole hours between ${count.format(0)} and ${count.format(168)} (one week).`,
    clock: 'Enter a time of day as hours and minutes, for example 23:00.',
    days: 'Tick at least one night, or turn quiet hours off.',
  } satisfies Record<NumberKind | 'clock' | 'days', string>,
  formInvalid: 'These settings do not fit together; nothing was saved.',
  invalid: (n: number) =>
    `Nothing saved: ${count.format(n)} ${plural.select(n) === 'one' ? 'field needs' : 'fields need'} fixing.`,
  noChanges: 'Nothing to save: these are already your settings.',
  savedApplied: 'Saved. In force now.',
  savedPending: (changes: number, delayHours: number) =>
    changes === 1
      ? `Saved. The looser change waits ${hours.format(delayHours)} (your cooling-off delay) and is marked “Pending”.`
      : `Saved. The looser changes wait ${hours.format(delayHours)} (your cooling-off delay) and are marked “Pending”.`,
  savedBoth: (delayHours: number) =>
    `Saved. Stricter changes are in force now; looser ones wait ${hours.format(delayHours)} (your cooling-off delay) and are marked “Pending”.`,
  saveFailed: (reason: string) => `Could not save: ${reason}`,
  pending: (path: string, value: unknown, effectiveAt: number) =>
    `Pending: ${describeValue(path, value)} from ${dateTime.format(effectiveAt)}`,
  withdraw: 'Withdraw',
  withdrawLabel: (path: string) => `Withdraw the pending change to ${strings.fieldName(path)}`,
  withdrawn: (path: string) => `Withdrawn: ${strings.fieldName(path)} stays as it is.`,

  limits: {
    heading: 'Limits',
    intro:
      'Leave a field empty for no limit. A stricter limit applies at once; a looser one waits for your cooling-off delay.',
    save: 'Save limits',
  },

  sites: {
    heading: 'Sites',
    intro:
      'Mindful Feed counts watching time and shows prompts only on the feeds turned on here. Turning one off loosens your commitment, so it waits for the cooling-off delay.',
    legend: 'Feeds to count and guard',
    save: 'Save sites',
  },

  quiet: {
    heading: 'Quiet hours',
    intro: 'A time, usually at night, when the feeds stay covered from the first minute.',
    enabled: 'Use quiet hours',
    start: 'Starts at',
    end: 'Ends at',
    days: 'Nights it starts',
    daysNote:
      'Tick the nights the quiet period starts on. For 23:00 to 07:00 on school nights, tick Sunday to Thursday: the quiet hours that start on Sunday night end on Monday morning.',
    dayName: (day: number) => weekdayLong.format(weekdayDate(day)),
    describe: (quiet: QuietHours): string => {
      if (!quiet.enabled || quiet.days.length === 0) return 'off';
      const days = [...quiet.days].sort((a, b) => a - b).map((day) => weekdayShort.format(weekdayDate(day)));
      return `${clock(quiet.start)}–${clock(quiet.end)}, starting ${list.format(days)}`;
    },
    save: 'Save quiet hours',
  },

  prompts: {
    heading: 'Prompts',
    intro: 'How Mindful Feed interrupts the feed. Every prompt has an easy way out.',
    nudge: 'Nudge card',
    nudgeOn: 'Show nudge cards',
    nudgeHint: 'A small card in the corner that does not stop the feed.',
    nudgeAtPercent: 'Show it when a daily budget is this far used (%)',
    nudgeEveryVideos: 'Also show it every so many videos (empty: never)',
    breathing: 'Breathing pause',
    breathingOn: 'Pause for a breath when a session runs long',
    breathingHint:
      'When a session runs long, the video pauses for one guided breath. “I’m done” is the first choice; “Continue” waits for the breath.',
    breathSeconds: 'Length of the breath (seconds)',
    intention: 'Intention check',
    intentionOn: 'Ask what I came for at the start of a session',
    intentionHint:
      'Asks what you came for at the start of a session. Off by default: a message on its own changes little, and the pauses and limits are what help. Turn it on if asking yourself helps you.',
    save: 'Save prompts',
  },

  snooze: {
    heading: 'Snoozes and cooling-off',
    intro:
      'When a limit is reached you can snooze it a few times a day. After that, continuing means typing a short sentence.',
    minutes: 'Snooze length (minutes)',
    perDay: 'Snoozes a day',
    coolingOff: 'Cooling-off delay (hours)',
    coolingOffHint:
      'How long a looser setting waits before it applies, so a limit is not undone on impulse. Shortening the delay waits too.',
    save: 'Save snoozes and cooling-off',
  },

  shortcut: {
    heading: '“Not interested” shortcut',
    intro:
      'One key presses the site’s own “Not interested” on the video you are watching, so its recommendations learn from it.',
    inPage: 'In the feed',
    inPageNote: '(ignored while you type)',
    browser: 'Browser shortcut',
    reading: 'Reading…',
    notSet: 'Not set',
    unreadable: 'Could not be read',
    change: 'Change browser shortcuts',
    changeFailed: (reason: string) => `Could not open the shortcut settings: ${reason}`,
    firefox: 'To change it in Firefox, open about:addons, choose the gear button, then Manage Extension Shortcuts.',
  },

  data: {
    heading: 'Your data',
    intro:
      'Everything Mindful Feed counts stays in this browser; nothing is sent anywhere. Export it to keep a copy or to open it in a spreadsheet.',
    exportHeading: 'Export',
    exportJson: 'Export data (JSON)',
    exportCsv: 'Export daily rows (CSV)',
    exported: (name: string) => `Exported ${name}.`,
    exportFailed: (reason: string) => `Could not export: ${reason}`,

    importHeading: 'Import',
    importIntro: 'Bring back a Mindful Feed export. Settings in the file are not applied: set them above.',
    fileLabel: 'Export file to import',
    fileReading: 'Reading the file…',
    fileReady: (days: number, from: string | null, to: string | null, exportedAt: string) =>
      from && to
        ? `Ready to import ${strings.values.records(days)}, ${calendarDate.format(Date.parse(from))} to ${calendarDate.format(Date.parse(to))}, exported ${dateTime.format(Date.parse(exportedAt))}.`
        : `Ready to import: this file, exported ${dateTime.format(Date.parse(exportedAt))}, has no daily records.`,
    modeLegend: 'How to import',
    merge: 'Merge with the data here',
    mergeHint: 'A day already here keeps whichever record has more watching time; nothing is counted twice.',
    replace: 'Replace all data here',
    replaceHint: 'The days here are deleted first.',
    importButton: 'Import',
    noFile: 'Choose a Mindful Feed export file first.',
    badFile: (problem: string) => `Nothing was imported. ${problem}`,
    replaceQuestion: (fileDays: number, hereDays: number) =>
      `Replace the ${strings.values.records(hereDays)} here with the file’s ${strings.values.records(fileDays)}? What is here now will be deleted. This cannot be undone.`,
    replaceConfirm: 'Replace all data',
    cancel: 'Cancel',
    cancelled: 'Cancelled. Nothing was changed.',
    merged: (summary: ImportSummary) =>
      `Merged: ${strings.values.records(summary.added)} added, ${count.format(summary.updated)} updated where the file had more time, ${count.format(summary.kept)} kept as they were.`,
    replaced: (summary: ImportSummary) =>
      `Replaced: your data is now the file’s ${strings.values.records(summary.added)} (${strings.values.records(summary.removed)} deleted).`,
    importFailed: (reason: string) => `Nothing was imported: ${reason}`,

    deleteHeading: 'Delete',
    deleteIntro: 'Deletes everything Mindful Feed has counted in this browser.',
    deleteButton: 'Delete all data…',
    deleteQuestion:
      'Delete everything Mindful Feed has counted in this browser? This cannot be undone; export first if you want a copy.',
    resetToo: 'Also reset my settings to the defaults',
    resetHint: 'Looser defaults wait for the cooling-off delay, like any other change.',
    deleteConfirm: 'Delete all data',
    deleted: 'All data deleted. Your settings are kept.',
    deletedAndReset:
      'All data deleted, and your settings are going back to the defaults (looser ones after the cooling-off delay).',
    deleteFailed: (reason: string) => `Nothing was deleted: ${reason}`,
  },

  support: 'Feeling low or stuck? Talking to someone you trust can help.',
  resources: 'Support and resources',

  welcome: {
    heading: 'Welcome to Mindful Feed',
    intro: 'Mindful Feed helps you keep short-video feeds on your own terms.',
    countedHeading: 'What is counted',
    countedTime: (siteNames: string[]) =>
      `Watching time on the ${longList.format(siteNames)} feeds: only while the tab is visible, its window is focused, and a video plays or you are active.`,
    countedVideos: 'Videos watched: each one once, across tabs and windows.',
    privateHeading: 'Nothing leaves your device',
    private:
      'No account, no analytics, no network requests of its own. Your data stays in this browser, and you can export or delete it at any time.',
    budgetLegend: 'A daily budget for all feeds together',
    budgetHint:
      'The same on weekdays and weekends. You can set each site and each kind of day separately in the settings.',
    budgetOption: (value: number | null) => (value === null ? 'No limit for now' : minutes.format(value)),
    save: 'Save and go to settings',
    saved: (value: number | null) =>
      value === null
        ? 'No daily budget for now. You can set one at any time under Limits.'
        : `Your daily budget of ${minutes.format(value)} for all feeds together is set. You can change it under Limits.`,
    savedPending: (value: number | null, delayHours: number) =>
      `Your new daily budget (${value === null ? 'no limit' : minutes.format(value)}) is looser than the one you had, so it takes effect after your cooling-off delay of ${hours.format(delayHours)}. It is marked “Pending” under Limits.`,
  },
};
