import { i18n } from '#i18n';
import type { HealthIssue } from '@/lib/dashboard/queries';
import type { DayType } from '@/lib/limits/budgets';
import type { LimitReason, PromptKind } from '@/lib/limits/decide';
import { localName } from '../i18n';

// Every user-visible word of the popup, from the browser's i18n (locales/*.yml, under `popup`). Figures come in
// already formatted (components/popup/format.ts, in the UI language); the counts choose singular or plural.

export const strings = {
  get title() {
    return i18n.t('extension.name');
  },
  get loading() {
    return i18n.t('popup.loading');
  },
  get storageError() {
    return i18n.t('popup.storageError');
  },
  get storageErrorHint() {
    return i18n.t('popup.storageErrorHint');
  },
  errorDetails: (message: string) => i18n.t('popup.errorDetails', { message }),
  savingFailed: (time: string) => i18n.t('popup.savingFailed', { time }),
  get savingFailedHint() {
    return i18n.t('popup.savingFailedHint');
  },

  get today() {
    return i18n.t('popup.today');
  },
  dayType: (type: DayType) => (type === 'weekend' ? i18n.t('popup.weekendLimits') : i18n.t('popup.weekdayLimits')),
  get allFeeds() {
    return i18n.t('common.allFeeds');
  },
  /** A site's name as this language knows it. */
  siteName: (name: string) => localName(name),
  timeLabel: (name: string) => i18n.t('popup.timeLabel', { site: localName(name) }),
  videosLabel: (name: string) => i18n.t('popup.videosLabel', { site: localName(name) }),
  ofBudget: (used: string, budget: string) => i18n.t('popup.ofBudget', { used, budget }),
  left: (amount: string) => i18n.t('popup.left', { amount }),
  overBudget: (amount: string) => i18n.t('popup.overBudget', { amount }),
  get atBudget() {
    return i18n.t('popup.atBudget');
  },
  get noBudget() {
    return i18n.t('popup.noBudget');
  },
  get noneToday() {
    return i18n.t('popup.noneToday');
  },
  /** A site's time and videos on one line: "5 min · 3 videos". */
  figures: (time: string, videos: string) => i18n.t('popup.figures', { time, videos }),
  videos: (n: number, formatted: string) => i18n.t('popup.videos', n, { count: formatted }),
  videosOf: (formatted: string, budget: number, budgetFormatted: string) =>
    i18n.t('popup.videosOf', budget, { count: formatted, budget: budgetFormatted }),
  session: (duration: string, since: string) => i18n.t('popup.session', { duration, since }),
  get browsersHeading() {
    return i18n.t('popup.browsersHeading');
  },
  thisBrowser: (name: string) => i18n.t('popup.thisBrowser', { name }),
  otherBrowser: (name: string, time: string) => i18n.t('popup.otherBrowser', { name, time }),
  get allBrowsers() {
    return i18n.t('popup.allBrowsers');
  },
  get browsersNote() {
    return i18n.t('popup.browsersNote');
  },
  get noSession() {
    return i18n.t('popup.noSession');
  },
  get nothingYet() {
    return i18n.t('popup.nothingYet');
  },
  notUsedToday: (sites: string) => i18n.t('popup.notUsedToday', { sites }),
  notTracked: (sites: string) => i18n.t('popup.notTracked', { sites }),
  breakIn: (duration: string) => i18n.t('popup.breakIn', { duration }),
  limitIn: (duration: string) => i18n.t('popup.limitIn', { duration }),
  get breakDue() {
    return i18n.t('popup.breakDue');
  },
  limitReached: (reason: LimitReason) =>
    reason === 'quiet-hours' ? i18n.t('popup.quietHoursNow') : i18n.t('popup.limitReached'),
  snoozedUntil: (clock: string) => i18n.t('popup.snoozedUntil', { clock }),
  snoozesLeft: (n: number, formatted: string) => i18n.t('popup.snoozesLeft', n, { count: formatted }),
  pausedNote: (clock: string) => i18n.t('popup.pausedNote', { clock }),

  get trends() {
    return i18n.t('popup.trends');
  },
  get period() {
    return i18n.t('popup.period');
  },
  periodDays: (formatted: string) => i18n.t('popup.periodDays', { count: formatted }),
  get measure() {
    return i18n.t('popup.measure');
  },
  get measureTime() {
    return i18n.t('popup.measureTime');
  },
  get measureVideos() {
    return i18n.t('popup.measureVideos');
  },
  chartLabel: (measure: 'time' | 'videos', days: string, total: string, peakDay: string, peak: string) =>
    measure === 'time'
      ? i18n.t('popup.chartLabelTime', { days, total, peakDay, peak })
      : i18n.t('popup.chartLabelVideos', { days, total, peakDay, peak }),
  chartEmpty: (measure: 'time' | 'videos', days: string) =>
    measure === 'time' ? i18n.t('popup.chartEmptyTime', { days }) : i18n.t('popup.chartEmptyVideos', { days }),
  get showTable() {
    return i18n.t('popup.showTable');
  },
  get columnDay() {
    return i18n.t('popup.columnDay');
  },
  get columnAll() {
    return i18n.t('popup.columnAll');
  },
  get columnSites() {
    return i18n.t('popup.columnSites');
  },
  siteFigure: (name: string, figure: string) => i18n.t('popup.siteFigure', { site: localName(name), figure }),
  get none() {
    return i18n.t('popup.none');
  },
  get legend() {
    return i18n.t('popup.legend');
  },
  get hours() {
    return i18n.t('popup.hours');
  },
  hoursLabel: (from: string, to: string, total: string) => i18n.t('popup.hoursLabel', { from, to, total }),
  get hoursEmpty() {
    return i18n.t('popup.hoursEmpty');
  },
  get columnHour() {
    return i18n.t('popup.columnHour');
  },
  get columnTime() {
    return i18n.t('popup.columnTime');
  },
  get baseline() {
    return i18n.t('popup.baseline');
  },
  baselineChange: (change: string) => i18n.t('popup.baselineChange', { change }),
  baselineDetail: (last: string, first: string) => i18n.t('popup.baselineDetail', { last, first }),
  get baselineNotEnough() {
    return i18n.t('popup.baselineNotEnough');
  },

  get effect() {
    return i18n.t('popup.effect');
  },
  get promptsShown() {
    return i18n.t('popup.promptsShown');
  },
  promptKind: {
    get nudge() {
      return i18n.t('popup.promptKind.nudge');
    },
    get breathing() {
      return i18n.t('popup.promptKind.breathing');
    },
    get intention() {
      return i18n.t('popup.promptKind.intention');
    },
    get limit() {
      return i18n.t('popup.promptKind.limit');
    },
  } satisfies Record<PromptKind, string>,
  get backOut() {
    return i18n.t('popup.backOut');
  },
  backOutValue: (left: string, answered: string, rate: string) =>
    i18n.t('popup.backOutValue', { rate, left, answered }),
  get backOutNone() {
    return i18n.t('popup.backOutNone');
  },
  get notInterested() {
    return i18n.t('popup.notInterested');
  },
  notInterestedValue: (today: string, month: string) => i18n.t('popup.notInterestedValue', { today, month }),
  get streak() {
    return i18n.t('popup.streak');
  },
  streakDays: (n: number, formatted: string, throughToday: boolean) =>
    throughToday
      ? i18n.t('popup.streakDays', n, { count: formatted })
      : i18n.t('popup.streakDaysToYesterday', n, { count: formatted }),
  get streakNone() {
    return i18n.t('popup.streakNone');
  },
  get streakNoBudget() {
    return i18n.t('popup.streakNoBudget');
  },

  get health() {
    return i18n.t('popup.health');
  },
  healthIssue: (name: string, capability: HealthIssue['capability']): string => {
    const site = localName(name);
    switch (capability) {
      case 'tracking':
        return i18n.t('popup.healthTracking', { site });
      case 'not-interested':
        return i18n.t('popup.healthNotInterested', { site });
      case 'script':
        return i18n.t('popup.healthScript', { site });
    }
  },

  get actions() {
    return i18n.t('popup.actions');
  },
  get openOptions() {
    return i18n.t('popup.openOptions');
  },
  get pause() {
    return i18n.t('popup.pause');
  },
  pausedUntil: (clock: string) => i18n.t('popup.pausedUntil', { clock }),
  get resume() {
    return i18n.t('popup.resume');
  },
  get actionFailed() {
    return i18n.t('popup.actionFailed');
  },
};
