import { i18n } from '#i18n';
import { hoursAndMinutes, localName, perLocale } from '../i18n';
import type { IntentionAnswer, PromptFigures, PromptReason } from './types';

// Every user-visible word of the prompts, from the browser's i18n (locales/*.yml, under `prompts`), with figures
// formatted for the UI language. The prompts run in content scripts, where browser.i18n.getMessage works too.

const format = perLocale((locale) => {
  const unit = (name: 'second' | 'minute' | 'hour', unitDisplay: 'short' | 'long') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay });
  return {
    count: new Intl.NumberFormat(locale),
    shortMinutes: unit('minute', 'short'),
    shortHours: unit('hour', 'short'),
    shortSeconds: unit('second', 'short'),
    longMinutes: unit('minute', 'long'),
    longSeconds: unit('second', 'long'),
  };
});

/** Whole minutes, rounded down so a budget never reads as used up before it is. */
function duration(seconds: number): string {
  const { shortSeconds, shortMinutes, shortHours } = format();
  // Under a minute (a short trial limit, a fresh session), seconds say more than "0 min".
  if (seconds < 60) return shortSeconds.format(Math.max(0, Math.round(seconds)));
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 60) return shortMinutes.format(minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? shortHours.format(hours) : hoursAndMinutes(shortHours.format(hours), shortMinutes.format(rest));
}

const count = (n: number) => format().count.format(n);

function videos(n: number): string {
  return i18n.t('prompts.videos', n, { count: count(n) });
}

/**
 * The sentence lib/limits/decide.ts asks for (its OVERRIDE_PHRASE; a test checks they agree). The prompt shows, and
 * expects, its translation, so nobody has to type a sentence in a language they did not choose.
 */
export const SOURCE_OVERRIDE_PHRASE = 'I choose to keep watching';

export const strings = {
  get done() {
    return i18n.t('prompts.done');
  },
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
  timeValue: (seconds: number, budgetMinutes: number | null) =>
    budgetMinutes === null
      ? duration(seconds)
      : i18n.t('prompts.ofBudget', { used: duration(seconds), budget: duration(budgetMinutes * 60) }),
  videosValue: (watched: number, budget: number | null) =>
    budget === null
      ? videos(watched)
      : i18n.t('prompts.videosOf', budget, { watched: count(watched), count: count(budget) }),
  sessionValue: (seconds: number) => duration(seconds),

  nudgeHeading: (reason: PromptReason, figures: PromptFigures): string => {
    const site = localName(figures.siteName);
    switch (reason) {
      case 'approaching-time':
        return i18n.t('prompts.nudgeHeading.approachingTime', { site });
      case 'approaching-videos':
        return i18n.t('prompts.nudgeHeading.approachingVideos', { site });
      case 'video-count':
        return i18n.t('prompts.nudgeHeading.videoCount', { videos: videos(figures.todayVideos), site });
      default:
        return i18n.t('prompts.nudgeHeading.other', { site });
    }
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
    switch (reason) {
      case 'daily-time':
        return i18n.t('prompts.limitHeading.dailyTime', { site });
      case 'daily-videos':
        return i18n.t('prompts.limitHeading.dailyVideos', { site });
      case 'quiet-hours':
        return i18n.t('prompts.limitHeading.quietHours', { site });
      default:
        return i18n.t('prompts.limitHeading.other', { site });
    }
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
