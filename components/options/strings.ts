import { i18n } from '#i18n';
import type { ImportSummary } from '@/lib/data/transfer';
import type { OverBudgetStyle, QuietHours } from '@/lib/settings/schema';
import { siteById } from '@/lib/sites/catalog';
import type { SiteId } from '@/lib/sites/types';
import { localName, perLocale, uiLocale } from '../i18n';
import { type BudgetKey, type DayType, kindOf, type NumberKind, parseLimitPath } from './paths';

// Every user-visible word of the options page, from the browser's i18n (locales/*.yml, under `options`). Dates,
// times and numbers are formatted with Intl in the UI language.

const format = perLocale((locale) => {
  const unit = (name: string) => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' });
  return {
    count: new Intl.NumberFormat(locale),
    minutes: unit('minute'),
    hours: unit('hour'),
    seconds: unit('second'),
    percent: new Intl.NumberFormat(locale, { style: 'percent' }),
    dateTime: new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      hour: 'numeric',
      minute: '2-digit',
    }),
    // Wall-clock values (23:00, a calendar date, a weekday) are formatted as if in UTC so no time zone shifts them.
    clockTime: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
    calendarDate: new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
    weekdayLong: new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }),
    weekdayShort: new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }),
    list: new Intl.ListFormat(locale, { style: 'short', type: 'conjunction' }),
    longList: new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }),
  };
});

const count = (n: number) => format().count.format(n);

/** Chinese sentences follow each other without a space. */
const sentenceGap = () => (uiLocale().startsWith('zh') ? '' : ' ');

/** What an import restored besides the days: the "worth it" answers and the experiment, when the file had them. */
function restored(summary: ImportSummary): string[] {
  const lines: string[] = [];
  const answers = summary.answers;
  if (answers && answers.inFile > 0) {
    lines.push(
      answers.taken === answers.inFile
        ? i18n.t('options.data.answersAll', { count: count(answers.taken) })
        : i18n.t('options.data.answersSome', { taken: count(answers.taken), inFile: count(answers.inFile) }),
    );
  }
  if (summary.experiment === 'restored') lines.push(i18n.t('options.data.experimentRestored'));
  if (summary.experiment === 'kept') lines.push(i18n.t('options.data.experimentKept'));
  return lines;
}
const minutes = (n: number) => format().minutes.format(n);
const hours = (n: number) => format().hours.format(n);
const dateTime = (time: number) => format().dateTime.format(time);
const calendarDate = (date: string) => format().calendarDate.format(Date.parse(date));

// 4 January 2026 was a Sunday: day 0 of the week, as in the settings.
const weekdayDate = (day: number) => Date.UTC(2026, 0, 4 + day);
const clock = (time: string) =>
  format().clockTime.format(Date.UTC(2026, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3))));

/** The range each number field accepts, as the errors say it. */
const RANGES: Record<NumberKind, [number, number]> = {
  dailyMinutes: [0, 1440],
  dailyVideos: [0, 10_000],
  sessionMinutes: [1, 600],
  nudgeAtPercent: [50, 95],
  nudgeEveryVideos: [5, 500],
  breathSeconds: [3, 60],
  snoozeMinutes: [1, 60],
  snoozesPerDay: [0, 10],
  coolingOffHours: [0, 168],
  coverAfterMinutes: [1, 120],
  slowSwipeSeconds: [1, 30],
};
const range = (kind: NumberKind) => {
  const [min, max] = RANGES[kind];
  return { min: count(min), max: count(max) };
};

/** A setting's value in words, as a pending change shows it. */
function describeValue(path: string, value: unknown): string {
  const kind = kindOf(path);
  const words = strings.values;
  if (kind === 'quietHours') return strings.quiet.describe(value as QuietHours);
  if (kind === 'switch') return value ? words.on : words.off;
  if (kind === 'overBudget') return words.overBudget(value as OverBudgetStyle);
  if (value === null) {
    if (kind === 'slowSwipeSeconds') return words.noWait;
    return kind === 'nudgeEveryVideos' ? words.never : words.noLimit;
  }
  const n = value as number;
  if (n === 0 && (kind === 'dailyMinutes' || kind === 'dailyVideos')) return words.noneToday;
  switch (kind as NumberKind) {
    case 'dailyMinutes':
    case 'sessionMinutes':
    case 'snoozeMinutes':
      return minutes(n);
    case 'dailyVideos':
      return words.videos(n);
    case 'nudgeAtPercent':
      return format().percent.format(n / 100);
    case 'nudgeEveryVideos':
      return words.everyVideos(n);
    case 'breathSeconds':
    case 'slowSwipeSeconds':
      return format().seconds.format(n);
    case 'coverAfterMinutes':
      return minutes(n);
    case 'snoozesPerDay':
      return words.perDay(n);
    case 'coolingOffHours':
      return hours(n);
  }
}

const dayInSentence = (day: DayType) =>
  day === 'weekend' ? i18n.t('options.dayInSentence.weekend') : i18n.t('options.dayInSentence.weekday');

export const strings = {
  values: {
    get on() {
      return i18n.t('options.values.on');
    },
    get off() {
      return i18n.t('options.values.off');
    },
    get never() {
      return i18n.t('options.values.never');
    },
    get noLimit() {
      return i18n.t('options.values.noLimit');
    },
    get noneToday() {
      return i18n.t('options.values.noneToday');
    },
    get noWait() {
      return i18n.t('options.values.noWait');
    },
    overBudget: (style: OverBudgetStyle) =>
      ({
        cover: i18n.t('options.values.overBudget.cover'),
        'slow-down': i18n.t('options.values.overBudget.slowDown'),
        'slow-down-then-cover': i18n.t('options.values.overBudget.slowDownThenCover'),
      })[style],
    videos: (n: number) => i18n.t('options.values.videos', n, { count: count(n) }),
    everyVideos: (n: number) => i18n.t('options.values.everyVideos', n, { count: count(n) }),
    perDay: (n: number) => i18n.t('options.values.perDay', { count: count(n) }),
    records: (n: number) => i18n.t('options.values.records', n, { count: count(n) }),
  },

  get documentTitle() {
    return i18n.t('options.documentTitle');
  },
  get pageTitle() {
    return i18n.t('options.pageTitle');
  },
  get pageIntro() {
    return i18n.t('options.pageIntro');
  },
  get loading() {
    return i18n.t('options.loading');
  },
  loadFailed: (reason: string) => i18n.t('options.loadFailed', { reason }),
  get sectionsLabel() {
    return i18n.t('options.sectionsLabel');
  },
  /** The table of contents' short names, by section id. */
  toc: {
    get limits() {
      return i18n.t('options.toc.limits');
    },
    get 'quiet-hours'() {
      return i18n.t('options.toc.quietHours');
    },
    get prompts() {
      return i18n.t('options.toc.prompts');
    },
    get snoozes() {
      return i18n.t('options.toc.snoozes');
    },
    get sites() {
      return i18n.t('options.toc.sites');
    },
    get shortcut() {
      return i18n.t('options.toc.shortcut');
    },
    get browsers() {
      return i18n.t('options.toc.browsers');
    },
    get data() {
      return i18n.t('options.toc.data');
    },
  },
  get save() {
    return i18n.t('options.save');
  },
  unsaved: (n: number) => i18n.t('options.unsaved', n, { count: count(n) }),
  pendingSummary: (n: number) => i18n.t('options.pendingSummary', n, { count: count(n) }),

  scopeName: (scope: 'all' | SiteId) =>
    scope === 'all' ? i18n.t('options.allSites') : localName(siteById(scope).name),
  dayLabels: {
    get weekday() {
      return i18n.t('options.dayLabels.weekday');
    },
    get weekend() {
      return i18n.t('options.dayLabels.weekend');
    },
  } satisfies Record<DayType, string>,
  /** "(Monday to Friday)", with the language's own brackets. */
  inParentheses: (text: string) => i18n.t('options.inParentheses', { text }),
  dayHints: {
    get weekday() {
      return i18n.t('options.dayHints.weekday');
    },
    get weekend() {
      return i18n.t('options.dayHints.weekend');
    },
  } satisfies Record<DayType, string>,
  budgetLabels: {
    get dailyMinutes() {
      return i18n.t('options.budgetLabels.dailyMinutes');
    },
    get dailyVideos() {
      return i18n.t('options.budgetLabels.dailyVideos');
    },
    get sessionMinutes() {
      return i18n.t('options.budgetLabels.sessionMinutes');
    },
  } satisfies Record<BudgetKey, string>,
  otherNames: {
    get quietHours() {
      return i18n.t('options.otherNames.quietHours');
    },
    get 'quietHours.enabled'() {
      return i18n.t('options.otherNames.quietHours');
    },
    get 'prompts.nudge'() {
      return i18n.t('options.otherNames.nudge');
    },
    get 'prompts.nudgeAtPercent'() {
      return i18n.t('options.otherNames.nudgeAtPercent');
    },
    get 'prompts.nudgeEveryVideos'() {
      return i18n.t('options.otherNames.nudgeEveryVideos');
    },
    get 'prompts.breathing'() {
      return i18n.t('options.otherNames.breathing');
    },
    get 'prompts.breathSeconds'() {
      return i18n.t('options.otherNames.breathSeconds');
    },
    get 'prompts.intention'() {
      return i18n.t('options.otherNames.intention');
    },
    get 'snooze.minutes'() {
      return i18n.t('options.otherNames.snoozeMinutes');
    },
    get 'snooze.perDay'() {
      return i18n.t('options.otherNames.snoozesPerDay');
    },
    get coolingOffHours() {
      return i18n.t('options.otherNames.coolingOffHours');
    },
    get 'sharedClips.playAfterLimit'() {
      return i18n.t('options.otherNames.playAfterLimit');
    },
    get 'friction.overBudget'() {
      return i18n.t('options.otherNames.overBudget');
    },
    get 'friction.coverAfterMinutes'() {
      return i18n.t('options.otherNames.coverAfterMinutes');
    },
    get 'friction.greyscale'() {
      return i18n.t('options.otherNames.greyscale');
    },
    get 'friction.slowSwipeSeconds'() {
      return i18n.t('options.otherNames.slowSwipeSeconds');
    },
    get 'friction.onLadder'() {
      return i18n.t('options.otherNames.onLadder');
    },
  } as Record<string, string>,
  /** The words that tell one field from the others with the same label, read before it by screen readers. */
  fieldContext: (path: string): string => {
    const limit = parseLimitPath(path);
    return limit
      ? `${i18n.t('options.fieldContext', { scope: strings.scopeName(limit.scope), day: dayInSentence(limit.day) })} `
      : '';
  },
  /** A setting's name in a sentence. */
  fieldName: (path: string): string => {
    const limit = parseLimitPath(path);
    if (limit) {
      const { scope, day, key } = limit;
      return i18n.t('options.fieldName', {
        scope: strings.scopeName(scope),
        day: dayInSentence(day),
        setting: strings.budgetLabels[key],
      });
    }
    const site = /^sites\.([^.]+)\.enabled$/.exec(path)?.[1];
    if (site) return localName(siteById(site as SiteId).name);
    return strings.otherNames[path] ?? path;
  },
  /** What to enter, with the range the page accepts. */
  errors: {
    get dailyMinutes() {
      return i18n.t('options.errors.dailyMinutes', range('dailyMinutes'));
    },
    get dailyVideos() {
      return i18n.t('options.errors.dailyVideos', range('dailyVideos'));
    },
    get sessionMinutes() {
      return i18n.t('options.errors.sessionMinutes', range('sessionMinutes'));
    },
    get nudgeAtPercent() {
      return i18n.t('options.errors.nudgeAtPercent', range('nudgeAtPercent'));
    },
    get nudgeEveryVideos() {
      return i18n.t('options.errors.nudgeEveryVideos', range('nudgeEveryVideos'));
    },
    get breathSeconds() {
      return i18n.t('options.errors.breathSeconds', range('breathSeconds'));
    },
    get snoozeMinutes() {
      return i18n.t('options.errors.snoozeMinutes', range('snoozeMinutes'));
    },
    get snoozesPerDay() {
      return i18n.t('options.errors.snoozesPerDay', range('snoozesPerDay'));
    },
    get coolingOffHours() {
      return i18n.t('options.errors.coolingOffHours', range('coolingOffHours'));
    },
    get coverAfterMinutes() {
      return i18n.t('options.errors.coverAfterMinutes', range('coverAfterMinutes'));
    },
    get slowSwipeSeconds() {
      return i18n.t('options.errors.slowSwipeSeconds', range('slowSwipeSeconds'));
    },
    get clock() {
      return i18n.t('options.errors.clock', { example: clock('23:00') });
    },
    get days() {
      return i18n.t('options.errors.days');
    },
  } satisfies Record<NumberKind | 'clock' | 'days', string>,
  get formInvalid() {
    return i18n.t('options.formInvalid');
  },
  invalid: (n: number) => i18n.t('options.invalid', n, { count: count(n) }),
  get noChanges() {
    return i18n.t('options.noChanges');
  },
  get savedApplied() {
    return i18n.t('options.savedApplied');
  },
  savedPending: (changes: number, delayHours: number) =>
    i18n.t('options.savedPending', changes, { delay: hours(delayHours) }),
  savedBoth: (delayHours: number) => i18n.t('options.savedBoth', { delay: hours(delayHours) }),
  saveFailed: (reason: string) => i18n.t('options.saveFailed', { reason }),
  pending: (path: string, value: unknown, effectiveAt: number) =>
    i18n.t('options.pending', { value: describeValue(path, value), date: dateTime(effectiveAt) }),
  get withdraw() {
    return i18n.t('options.withdraw');
  },
  withdrawLabel: (path: string) => i18n.t('options.withdrawLabel', { setting: strings.fieldName(path) }),
  withdrawn: (path: string) => i18n.t('options.withdrawn', { setting: strings.fieldName(path) }),

  limits: {
    get heading() {
      return i18n.t('options.limits.heading');
    },
    get intro() {
      return i18n.t('options.limits.intro');
    },
    get sitesHeading() {
      return i18n.t('options.limits.sitesHeading');
    },
    get sitesIntro() {
      return i18n.t('options.limits.sitesIntro');
    },
    get addSite() {
      return i18n.t('options.limits.addSite');
    },
    get whichSite() {
      return i18n.t('options.limits.whichSite');
    },
  },

  sites: {
    get heading() {
      return i18n.t('options.sites.heading');
    },
    get intro() {
      return i18n.t('options.sites.intro');
    },
    get legend() {
      return i18n.t('options.sites.legend');
    },
    /** A feed's name as this language knows it. */
    name: (name: string) => localName(name),
  },

  quiet: {
    get heading() {
      return i18n.t('options.quiet.heading');
    },
    get intro() {
      return i18n.t('options.quiet.intro');
    },
    get enabled() {
      return i18n.t('options.quiet.enabled');
    },
    get start() {
      return i18n.t('options.quiet.start');
    },
    get end() {
      return i18n.t('options.quiet.end');
    },
    get days() {
      return i18n.t('options.quiet.days');
    },
    /** With the example's times in the person's own clock format, as the time fields show them. */
    get daysNote() {
      return i18n.t('options.quiet.daysNote', { start: clock('23:00'), end: clock('07:00') });
    },
    dayName: (day: number) => format().weekdayLong.format(weekdayDate(day)),
    describe: (quiet: QuietHours): string => {
      if (!quiet.enabled || quiet.days.length === 0) return strings.values.off;
      const days = [...quiet.days].sort((a, b) => a - b).map((day) => format().weekdayShort.format(weekdayDate(day)));
      return i18n.t('options.quiet.describe', {
        start: clock(quiet.start),
        end: clock(quiet.end),
        days: format().list.format(days),
      });
    },
  },

  prompts: {
    get heading() {
      return i18n.t('options.prompts.heading');
    },
    get intro() {
      return i18n.t('options.prompts.intro');
    },
    get nudge() {
      return i18n.t('options.prompts.nudge');
    },
    get nudgeOn() {
      return i18n.t('options.prompts.nudgeOn');
    },
    get nudgeHint() {
      return i18n.t('options.prompts.nudgeHint');
    },
    get nudgeAtPercent() {
      return i18n.t('options.prompts.nudgeAtPercent');
    },
    get nudgeEveryVideos() {
      return i18n.t('options.prompts.nudgeEveryVideos');
    },
    get breathing() {
      return i18n.t('options.prompts.breathing');
    },
    get breathingOn() {
      return i18n.t('options.prompts.breathingOn');
    },
    get breathingHint() {
      return i18n.t('options.prompts.breathingHint');
    },
    get breathSeconds() {
      return i18n.t('options.prompts.breathSeconds');
    },
    get intention() {
      return i18n.t('options.prompts.intention');
    },
    get intentionOn() {
      return i18n.t('options.prompts.intentionOn');
    },
    get intentionHint() {
      return i18n.t('options.prompts.intentionHint');
    },
    get more() {
      return i18n.t('options.prompts.more');
    },
    get sharedClips() {
      return i18n.t('options.prompts.sharedClips');
    },
    get sharedClipsOn() {
      return i18n.t('options.prompts.sharedClipsOn');
    },
    get sharedClipsHint() {
      return i18n.t('options.prompts.sharedClipsHint');
    },
    get overBudget() {
      return i18n.t('options.prompts.overBudget');
    },
    get overBudgetHint() {
      return i18n.t('options.prompts.overBudgetHint');
    },
    get overBudgetChoice() {
      return i18n.t('options.prompts.overBudgetChoice');
    },
    get overBudgetCover() {
      return i18n.t('options.prompts.overBudgetCover');
    },
    get overBudgetSlowDown() {
      return i18n.t('options.prompts.overBudgetSlowDown');
    },
    get overBudgetSlowDownThenCover() {
      return i18n.t('options.prompts.overBudgetSlowDownThenCover');
    },
    get coverAfterMinutes() {
      return i18n.t('options.prompts.coverAfterMinutes');
    },
    get greyscale() {
      return i18n.t('options.prompts.greyscale');
    },
    get slowSwipeSeconds() {
      return i18n.t('options.prompts.slowSwipeSeconds');
    },
    get onLadder() {
      return i18n.t('options.prompts.onLadder');
    },
  },

  snooze: {
    get heading() {
      return i18n.t('options.snooze.heading');
    },
    get intro() {
      return i18n.t('options.snooze.intro');
    },
    get minutes() {
      return i18n.t('options.snooze.minutes');
    },
    get perDay() {
      return i18n.t('options.snooze.perDay');
    },
    get coolingOff() {
      return i18n.t('options.snooze.coolingOff');
    },
    get coolingOffHint() {
      return i18n.t('options.snooze.coolingOffHint');
    },
  },

  shortcut: {
    get heading() {
      return i18n.t('options.shortcut.heading');
    },
    get intro() {
      return i18n.t('options.shortcut.intro');
    },
    get inPage() {
      return i18n.t('options.shortcut.inPage');
    },
    get inPageNote() {
      return i18n.t('options.shortcut.inPageNote');
    },
    get browser() {
      return i18n.t('options.shortcut.browser');
    },
    get reading() {
      return i18n.t('options.shortcut.reading');
    },
    get notSet() {
      return i18n.t('options.shortcut.notSet');
    },
    get unreadable() {
      return i18n.t('options.shortcut.unreadable');
    },
    get change() {
      return i18n.t('options.shortcut.change');
    },
    changeFailed: (reason: string) => i18n.t('options.shortcut.changeFailed', { reason }),
    get firefox() {
      return i18n.t('options.shortcut.firefox');
    },
  },

  browsers: {
    get heading() {
      return i18n.t('options.browsers.heading');
    },
    get option() {
      return i18n.t('options.browsers.option');
    },
    get privacy() {
      return i18n.t('options.browsers.privacy');
    },
    get privacySummary() {
      return i18n.t('options.browsers.privacySummary');
    },
    get syncNote() {
      return i18n.t('options.browsers.syncNote');
    },
    get staysOnDevice() {
      return i18n.t('options.browsers.staysOnDevice');
    },
    get name() {
      return i18n.t('options.browsers.name');
    },
    get nameHint() {
      return i18n.t('options.browsers.nameHint');
    },
    get rename() {
      return i18n.t('options.browsers.rename');
    },
    get turnedOn() {
      return i18n.t('options.browsers.turnedOn');
    },
    get turnedOff() {
      return i18n.t('options.browsers.turnedOff');
    },
    get turnedOffPending() {
      return i18n.t('options.browsers.turnedOffPending');
    },
    get notShared() {
      return i18n.t('options.browsers.notShared');
    },
    get failedQuota() {
      return i18n.t('options.browsers.failedQuota');
    },
    get failedRate() {
      return i18n.t('options.browsers.failedRate');
    },
    get failedOther() {
      return i18n.t('options.browsers.failedOther');
    },
    get reading() {
      return i18n.t('options.browsers.reading');
    },
    renamed: (name: string) => i18n.t('options.browsers.renamed', { name }),
    sharedAt: (time: string) => i18n.t('options.browsers.sharedAt', { time }),
    failed: (time: string, reason: string) => i18n.t('options.browsers.failed', { time, reason }),
    changeFailed: (reason: string) => i18n.t('options.browsers.changeFailed', { reason }),
  },

  data: {
    get heading() {
      return i18n.t('options.data.heading');
    },
    get intro() {
      return i18n.t('options.data.intro');
    },
    get exportHeading() {
      return i18n.t('options.data.exportHeading');
    },
    get exportJson() {
      return i18n.t('options.data.exportJson');
    },
    get exportCsv() {
      return i18n.t('options.data.exportCsv');
    },
    exported: (name: string) => i18n.t('options.data.exported', { file: name }),
    exportFailed: (reason: string) => i18n.t('options.data.exportFailed', { reason }),

    get importHeading() {
      return i18n.t('options.data.importHeading');
    },
    get importIntro() {
      return i18n.t('options.data.importIntro');
    },
    get fileLabel() {
      return i18n.t('options.data.fileLabel');
    },
    get fileReading() {
      return i18n.t('options.data.fileReading');
    },
    fileReady: (days: number, from: string | null, to: string | null, exportedAt: string) =>
      from && to
        ? i18n.t('options.data.fileReady', {
            records: strings.values.records(days),
            from: calendarDate(from),
            to: calendarDate(to),
            exportedAt: dateTime(Date.parse(exportedAt)),
          })
        : i18n.t('options.data.fileEmpty', { exportedAt: dateTime(Date.parse(exportedAt)) }),
    get modeLegend() {
      return i18n.t('options.data.modeLegend');
    },
    get merge() {
      return i18n.t('options.data.merge');
    },
    get mergeHint() {
      return i18n.t('options.data.mergeHint');
    },
    get replace() {
      return i18n.t('options.data.replace');
    },
    get replaceHint() {
      return i18n.t('options.data.replaceHint');
    },
    get importButton() {
      return i18n.t('options.data.importButton');
    },
    get noFile() {
      return i18n.t('options.data.noFile');
    },
    badFile: (problem: string) => i18n.t('options.data.badFile', { problem }),
    replaceQuestion: (fileDays: number, hereDays: number) =>
      i18n.t('options.data.replaceQuestion', {
        here: strings.values.records(hereDays),
        file: strings.values.records(fileDays),
      }),
    get replaceConfirm() {
      return i18n.t('options.data.replaceConfirm');
    },
    get cancel() {
      return i18n.t('options.data.cancel');
    },
    get cancelled() {
      return i18n.t('options.data.cancelled');
    },
    merged: (summary: ImportSummary) =>
      [
        i18n.t('options.data.merged', {
          added: strings.values.records(summary.added),
          updated: count(summary.updated),
          kept: count(summary.kept),
        }),
        ...restored(summary),
      ].join(sentenceGap()),
    replaced: (summary: ImportSummary) =>
      [
        i18n.t('options.data.replaced', {
          added: strings.values.records(summary.added),
          removed: strings.values.records(summary.removed),
        }),
        ...restored(summary),
      ].join(sentenceGap()),
    importFailed: (reason: string) => i18n.t('options.data.importFailed', { reason }),

    get deleteHeading() {
      return i18n.t('options.data.deleteHeading');
    },
    get deleteIntro() {
      return i18n.t('options.data.deleteIntro');
    },
    get deleteButton() {
      return i18n.t('options.data.deleteButton');
    },
    get deleteQuestion() {
      return i18n.t('options.data.deleteQuestion');
    },
    get resetToo() {
      return i18n.t('options.data.resetToo');
    },
    get resetHint() {
      return i18n.t('options.data.resetHint');
    },
    get deleteConfirm() {
      return i18n.t('options.data.deleteConfirm');
    },
    get deleted() {
      return i18n.t('options.data.deleted');
    },
    get deletedAndReset() {
      return i18n.t('options.data.deletedAndReset');
    },
    deleteFailed: (reason: string) => i18n.t('options.data.deleteFailed', { reason }),
  },

  get support() {
    return i18n.t('common.support');
  },
  get resources() {
    return i18n.t('common.resources');
  },

  welcome: {
    get heading() {
      return i18n.t('options.welcome.heading');
    },
    get intro() {
      return i18n.t('options.welcome.intro');
    },
    get seeHeading() {
      return i18n.t('options.welcome.seeHeading');
    },
    get seePrompts() {
      return i18n.t('options.welcome.seePrompts');
    },
    seeNotInterested: (key: string) => i18n.t('options.welcome.seeNotInterested', { key }),
    get seePopup() {
      return i18n.t('options.welcome.seePopup');
    },
    get countedHeading() {
      return i18n.t('options.welcome.countedHeading');
    },
    countedTime: (siteNames: string[]) =>
      i18n.t('options.welcome.countedTime', { sites: format().longList.format(siteNames.map(localName)) }),
    get countedVideos() {
      return i18n.t('options.welcome.countedVideos');
    },
    get private() {
      return i18n.t('options.welcome.private');
    },
    get budgetLegend() {
      return i18n.t('options.welcome.budgetLegend');
    },
    get budgetHint() {
      return i18n.t('options.welcome.budgetHint');
    },
    get timeLegend() {
      return i18n.t('options.welcome.timeLegend');
    },
    get videosLegend() {
      return i18n.t('options.welcome.videosLegend');
    },
    timeOption: (value: number | null) => (value === null ? i18n.t('options.welcome.noTimeOption') : minutes(value)),
    videosOption: (value: number | null) =>
      value === null ? i18n.t('options.welcome.noVideosOption') : strings.values.videos(value),
    get done() {
      return i18n.t('options.welcome.done');
    },
    get settingsLink() {
      return i18n.t('options.welcome.settingsLink');
    },
    get allSet() {
      return i18n.t('options.welcome.allSet');
    },
    /** "60 min a day and 20 videos a day", or what was chosen of them. */
    budgets: (time: number | null | undefined, videos: number | null | undefined): string => {
      const parts: string[] = [];
      if (time !== undefined) {
        parts.push(
          time === null
            ? i18n.t('options.welcome.noTimeLimit')
            : i18n.t('options.welcome.minutesADay', { duration: minutes(time) }),
        );
      }
      if (videos !== undefined) {
        parts.push(
          videos === null
            ? i18n.t('options.welcome.noVideoLimit')
            : i18n.t('options.welcome.videosADay', videos, { count: count(videos) }),
        );
      }
      return format().longList.format(parts);
    },
    get savedNone() {
      return i18n.t('options.welcome.savedNone');
    },
    saved: (budgets: string) => i18n.t('options.welcome.saved', { budgets }),
    savedPending: (budgets: string, delayHours: number) =>
      i18n.t('options.welcome.savedPending', { budgets, delay: hours(delayHours) }),
    get closeHint() {
      return i18n.t('options.welcome.closeHint');
    },
    get goToSettings() {
      return i18n.t('options.welcome.goToSettings');
    },
  },
};
