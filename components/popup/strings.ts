import type { DayType } from '@/lib/dashboard/dates';
import type { LimitReason } from '@/lib/dashboard/queries';
import type { Capability } from '@/lib/db/database';
import type { PromptKind } from '@/lib/limits/decide';

// Every user-visible word of the popup lives here, so it can move to browser i18n in one place. Figures come in
// already formatted (components/popup/format.ts, in the user's locale); the words choose singular or plural.
const plural = new Intl.PluralRules('en');
const one = (n: number) => plural.select(n) === 'one';

export const strings = {
  title: 'Mindful Feed',
  loading: 'Loading your figures…',
  storageError: 'Mindful Feed can’t read its data on this device, so there are no figures to show.',
  storageErrorHint: 'Try closing this window and opening it again. If it keeps happening, restart the browser.',
  errorDetails: (message: string) => `Details: ${message}`,

  today: 'Today',
  dayType: (type: DayType) => (type === 'weekend' ? 'Weekend limits' : 'Weekday limits'),
  allFeeds: 'All feeds',
  timeLabel: (name: string) => `${name}: time today`,
  videosLabel: (name: string) => `${name}: videos today`,
  ofBudget: (used: string, budget: string) => `${used} of ${budget}`,
  left: (amount: string) => `${amount} left`,
  overBudget: (amount: string) => `over budget by ${amount}`,
  atBudget: 'budget reached',
  noBudget: 'no daily limit',
  videos: (n: number, formatted: string) => `${formatted} ${one(n) ? 'video' : 'videos'}`,
  videosOf: (formatted: string, budget: number, budgetFormatted: string) =>
    `${formatted} of ${budgetFormatted} ${one(budget) ? 'video' : 'videos'}`,
  session: (duration: string, since: string) => `This session: ${duration}, since ${since}`,
  noSession: 'Not watching right now.',
  nothingYet: 'Nothing watched yet today.',
  notTracked: 'Not tracked',
  breakIn: (duration: string) => `Break in ${duration} of watching`,
  limitIn: (duration: string) => `Limit in ${duration} of watching`,
  breakDue: 'Break due now',
  limitReached: (reason: LimitReason) => (reason === 'quiet-hours' ? 'Quiet hours now' : 'Limit reached'),
  snoozedUntil: (clock: string) => `Snoozed until ${clock}`,
  snoozesLeft: (n: number, formatted: string) => `${formatted} ${one(n) ? 'snooze' : 'snoozes'} left today`,
  pausedNote: (clock: string) => `Counting is paused until ${clock}: time watched now is not added.`,

  trends: 'Trends',
  period: 'Period',
  periodDays: (formatted: string) => `${formatted} days`,
  measure: 'Show',
  measureTime: 'Time',
  measureVideos: 'Videos',
  chartLabel: (measure: 'time' | 'videos', days: string, total: string, peakDay: string, peak: string) =>
    `${measure === 'time' ? 'Watching time' : 'Videos watched'} per day over the last ${days} days, by site: ${total} in all; most on ${peakDay}, ${peak}.`,
  chartEmpty: (measure: 'time' | 'videos', days: string) =>
    `${measure === 'time' ? 'Watching time' : 'Videos watched'} per day over the last ${days} days: none yet.`,
  showTable: 'Show as a table',
  columnDay: 'Day',
  columnAll: 'All feeds',
  columnSites: 'By site',
  siteFigure: (name: string, figure: string) => `${name} ${figure}`,
  none: '—',
  legend: 'Sites',
  hours: 'Time of day',
  hoursLabel: (from: string, to: string, total: string) =>
    `Watching time by hour of day over the last 30 days: most between ${from} and ${to}, ${total}.`,
  hoursEmpty: 'Watching time by hour of day over the last 30 days: none yet.',
  columnHour: 'Hour',
  columnTime: 'Time',
  baseline: 'Compared with your first week',
  baselineChange: (change: string) => `${change} vs your first week`,
  baselineDetail: (last: string, first: string) =>
    `${last} a day over the last 7 days, ${first} a day in your first week.`,
  baselineNotEnough: 'Not enough data yet: this needs two weeks of history.',

  effect: 'Effect',
  promptsShown: 'Prompts shown, last 30 days',
  promptKind: {
    nudge: 'Nudges',
    breathing: 'Breathing pauses',
    intention: 'Intention checks',
    limit: 'Limits',
  } satisfies Record<PromptKind, string>,
  backOut: 'Backed out',
  backOutValue: (left: string, answered: string, rate: string) =>
    `${rate}: you chose “I’m done” ${left} of ${answered} times a prompt asked`,
  backOutNone: 'No answers to prompts yet',
  notInterested: '“Not interested” used',
  notInterestedValue: (today: string, month: string) => `${today} today, ${month} in the last 30 days`,
  streak: 'Days within budget',
  streakDays: (n: number, formatted: string, throughToday: boolean) =>
    `${formatted} ${one(n) ? 'day' : 'days'} in a row${throughToday ? '' : ', up to yesterday'}`,
  streakNone: 'None in a row yet',
  streakNoBudget: 'Set a daily time or video limit in the options to count these days.',

  health: 'Needs attention',
  healthIssue: (name: string, capability: Capability): string => {
    switch (capability) {
      case 'tracking':
        return `${name}: Mindful Feed can’t find the video on this page layout; it counts by page activity only until an update.`;
      case 'not-interested':
        return `${name}: the one-key “Not interested” couldn’t find the site’s own menu item last time. The site’s menu still works by hand until an update.`;
      case 'script':
        return `${name}: Mindful Feed had trouble starting on this site, so its figures may be incomplete until an update.`;
    }
  },

  actions: 'Quick actions',
  openOptions: 'Open options',
  pause: 'Pause tracking for an hour',
  pausedUntil: (clock: string) => `Paused until ${clock}`,
  resume: 'Resume',
  actionFailed: 'That didn’t work. Please try again.',
};
