import { i18n } from '#i18n';
import { budgetFormat, durationFormat, localName, perLocale } from '../i18n';
import type { IntentionAnswer, PromptFigures, PromptReason } from './types';

// Every user-visible word of the prompts, from the browser's i18n (locales/*.yml, under `prompts`), with figures
// formatted for the UI language. The prompts run in content scripts, where browser.i18n.getMessage works too.

const format = perLocale((locale) => {
  const unit = (name: 'second' | 'minute', unitDisplay: 'short' | 'long') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay });
  return {
    count: new Intl.NumberFormat(locale),
    duration: durationFormat(locale),
    budget: budgetFormat(locale),
    longMinutes: unit('minute', 'long'),
    longSeconds: unit('second', 'long'),
    clock: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }),
  };
});

/** Watching time, written as every screen writes it (whole minutes, "under 1 min" for a few seconds). */
const duration = (seconds: number) => format().duration(seconds * 1000);
const budgetMinutesText = (minutes: number) => format().budget(minutes);

const count = (n: number) => format().count.format(n);

function videos(n: number): string {
  return i18n.t('prompts.videos', n, { count: count(n) });
}

/**
 * The sentence lib/limits/decide.ts asks for (its OVERRIDE_PHRASE; a test checks they agree). The prompt shows, and
 * expects, its translation, so nobody has to type a sentence in a language they did not choose.
 */
/** The figures are all feeds' together (lib/limits/decide.ts names that scope "All feeds"), not one site's. */
const isAllFeeds = (figures: PromptFigures) => figures.siteName === ALL_FEEDS;
export const ALL_FEEDS = 'All feeds';

export const SOURCE_OVERRIDE_PHRASE = 'I choose to keep watching';

export const strings = {
  /** The one line on the first prompt of a day whose experiment style changed. */
  styleNote: (style: string, day: number, days: number) =>
    i18n.t('experiment.note', { style, day: count(day), days: count(days) }),
  get clipHeading() {
    return i18n.t('prompts.clipHeading');
  },
  get clipText() {
    return i18n.t('prompts.clipText');
  },
  get clipBack() {
    return i18n.t('prompts.clipBack');
  },
  get clipKeepWatching() {
    return i18n.t('prompts.clipKeepWatching');
  },
  get slowLabel() {
    return i18n.t('prompts.slowLabel');
  },
  slowCountdown: (seconds: number) =>
    i18n.t('prompts.slowCountdown', { seconds: format().longSeconds.format(seconds) }),
  get done() {
    return i18n.t('prompts.done');
  },
  get doneHint() {
    return i18n.t('prompts.doneHint');
  },
  /** The toast after a snooze: "Snoozed until 7:39 AM", in the person's own clock format. */
  snoozedUntil: (until: number) => i18n.t('prompts.snoozedUntil', { clock: format().clock.format(until) }),
  get continue() {
    return i18n.t('prompts.continue');
  },
  continueIn: (seconds: number) => i18n.t('prompts.continueIn', { seconds: format().longSeconds.format(seconds) }),
  get close() {
    return i18n.t('prompts.close');
  },

  get support() {
    return i18n.t('common.support');
  },
  get resources() {
    return i18n.t('common.resources');
  },

  get figuresLabel() {
    return i18n.t('prompts.figuresLabel');
  },
  get timeToday() {
    return i18n.t('prompts.timeToday');
  },
  get videosToday() {
    return i18n.t('prompts.videosToday');
  },
  get thisSession() {
    return i18n.t('prompts.thisSession');
  },
  timeValue: (seconds: number, budgetMinutes: number | null) => {
    if (budgetMinutes === null) return duration(seconds);
    if (budgetMinutes === 0) return i18n.t('prompts.ofNone', { used: duration(seconds) });
    return i18n.t('prompts.ofBudget', { used: duration(seconds), budget: budgetMinutesText(budgetMinutes) });
  },
  videosValue: (watched: number, budget: number | null) => {
    if (budget === null) return videos(watched);
    if (budget === 0) return i18n.t('prompts.ofNone', { used: videos(watched) });
    return i18n.t('prompts.videosOf', budget, { watched: count(watched), count: count(budget) });
  },
  sessionValue: (seconds: number) => duration(seconds),

  nudgeHeading: (reason: PromptReason, figures: PromptFigures): string => {
    const site = localName(figures.siteName);
    const all = isAllFeeds(figures);
    const { budgetMinutes, budgetVideos } = figures;
    if (reason === 'approaching-time' && budgetMinutes !== null) {
      const budget = budgetMinutesText(budgetMinutes);
      return all
        ? i18n.t('prompts.nudgeHeading.approachingTime', { budget })
        : i18n.t('prompts.nudgeHeading.approachingTimeOn', { budget, site });
    }
    if (reason === 'approaching-videos' && budgetVideos !== null) {
      const counted = count(budgetVideos);
      return all
        ? i18n.t('prompts.nudgeHeading.approachingVideos', budgetVideos, { count: counted })
        : i18n.t('prompts.nudgeHeading.approachingVideosOn', budgetVideos, { count: counted, site });
    }
    if (reason === 'video-count' && !all) {
      return i18n.t('prompts.nudgeHeading.videoCount', { videos: videos(figures.todayVideos), site });
    }
    return all ? i18n.t('prompts.nudgeHeading.otherAll') : i18n.t('prompts.nudgeHeading.other', { site });
  },
  get nudgeText() {
    return i18n.t('prompts.nudgeText');
  },

  get breathingHeading() {
    return i18n.t('prompts.breathingHeading');
  },
  breathingText: (figures: PromptFigures) =>
    i18n.t('prompts.breathingText', { site: localName(figures.siteName), duration: duration(figures.sessionSeconds) }),
  get breatheIn() {
    return i18n.t('prompts.breatheIn');
  },
  get breatheOut() {
    return i18n.t('prompts.breatheOut');
  },
  get breathOver() {
    return i18n.t('prompts.breathOver');
  },

  get intentionHeading() {
    return i18n.t('prompts.intentionHeading');
  },
  intentionText: (figures: PromptFigures) => i18n.t('prompts.intentionText', { site: localName(figures.siteName) }),
  intentionChoices: {
    get 'something-specific'() {
      return i18n.t('prompts.intentionChoices.somethingSpecific');
    },
    get 'short-break'() {
      return i18n.t('prompts.intentionChoices.shortBreak');
    },
    get 'just-browsing'() {
      return i18n.t('prompts.intentionChoices.justBrowsing');
    },
  } satisfies Record<IntentionAnswer, string>,
  get intentionHint() {
    return i18n.t('prompts.intentionHint');
  },

  limitHeading: (reason: PromptReason, figures: PromptFigures): string => {
    const site = localName(figures.siteName);
    const all = isAllFeeds(figures);
    const { budgetMinutes, budgetVideos } = figures;
    if (reason === 'daily-time' && budgetMinutes === 0) {
      return all ? i18n.t('prompts.limitHeading.noTime') : i18n.t('prompts.limitHeading.noTimeOn', { site });
    }
    if (reason === 'daily-time' && budgetMinutes !== null) {
      const budget = budgetMinutesText(budgetMinutes);
      return all
        ? i18n.t('prompts.limitHeading.dailyTime', { budget })
        : i18n.t('prompts.limitHeading.dailyTimeOn', { budget, site });
    }
    if (reason === 'daily-videos' && budgetVideos === 0) {
      return all ? i18n.t('prompts.limitHeading.noVideos') : i18n.t('prompts.limitHeading.noVideosOn', { site });
    }
    if (reason === 'daily-videos' && budgetVideos !== null) {
      const counted = count(budgetVideos);
      return all
        ? i18n.t('prompts.limitHeading.dailyVideos', budgetVideos, { count: counted })
        : i18n.t('prompts.limitHeading.dailyVideosOn', budgetVideos, { count: counted, site });
    }
    if (reason === 'quiet-hours') {
      return all ? i18n.t('prompts.limitHeading.quietHoursAll') : i18n.t('prompts.limitHeading.quietHours', { site });
    }
    return all ? i18n.t('prompts.limitHeading.otherAll') : i18n.t('prompts.limitHeading.other', { site });
  },
  limitText: (reason: PromptReason): string =>
    reason === 'quiet-hours' ? i18n.t('prompts.limitText.quietHours') : i18n.t('prompts.limitText.other'),
  snooze: (minutes: number) => i18n.t('prompts.snooze', { duration: format().longMinutes.format(minutes) }),
  snoozesLeft: (n: number) => i18n.t('prompts.snoozesLeft', n, { count: count(n) }),
  get noSnoozesLeft() {
    return i18n.t('prompts.noSnoozesLeft');
  },
  get phraseInstruction() {
    return i18n.t('prompts.phraseInstruction');
  },
  get phraseLabel() {
    return i18n.t('prompts.phraseLabel');
  },
  /** The sentence to type: the translation of the usual one, any other as it came. */
  overridePhrase: (phrase: string) => (phrase === SOURCE_OVERRIDE_PHRASE ? i18n.t('prompts.overridePhrase') : phrase),
  get continueAnyway() {
    return i18n.t('prompts.continueAnyway');
  },
};
