import type { IntentionAnswer, PromptFigures, PromptReason } from './types';

// Every user-visible word of the prompts lives here, so it can move to browser i18n in one place.
// The locale goes with the language of these strings; when they move to i18n it should follow the UI language.
const LOCALE = 'en';

const count = new Intl.NumberFormat(LOCALE);
const shortMinutes = new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
const shortHours = new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'hour', unitDisplay: 'short' });
const shortSeconds = new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'second', unitDisplay: 'short' });
const longMinutes = new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'minute', unitDisplay: 'long' });
const longSeconds = new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'second', unitDisplay: 'long' });
const plural = new Intl.PluralRules(LOCALE);

/** Whole minutes, rounded down so a budget never reads as used up before it is. */
function duration(seconds: number): string {
  // Under a minute (a short trial limit, a fresh session), seconds say more than "0 min".
  if (seconds < 60) return shortSeconds.format(Math.max(0, Math.round(seconds)));
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  if (minutes < 60) return shortMinutes.format(minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? shortHours.format(hours) : `${shortHours.format(hours)} ${shortMinutes.format(rest)}`;
}

function videos(n: number): string {
  return `${count.format(n)} ${plural.select(n) === 'one' ? 'video' : 'videos'}`;
}

export const strings = {
  done: 'I’m done',
  continue: 'Continue',
  continueIn: (seconds: number) => `Continue in ${longSeconds.format(seconds)}`,
  close: 'Close',

  support: 'Feeling low or stuck? Talking to someone you trust can help.',
  resources: 'Support and resources',

  figuresLabel: 'Today so far',
  timeToday: 'Time today',
  videosToday: 'Videos today',
  thisSession: 'This session',
  timeValue: (seconds: number, budgetMinutes: number | null) =>
    budgetMinutes === null ? duration(seconds) : `${duration(seconds)} of ${duration(budgetMinutes * 60)}`,
  videosValue: (watched: number, budget: number | null) =>
    budget === null ? videos(watched) : `${count.format(watched)} of ${videos(budget)}`,
  sessionValue: (seconds: number) => duration(seconds),

  nudgeHeading: (reason: PromptReason, figures: PromptFigures): string => {
    switch (reason) {
      case 'approaching-time':
        return `Nearly at your time for ${figures.siteName} today`;
      case 'approaching-videos':
        return `Nearly at your videos for ${figures.siteName} today`;
      case 'video-count':
        return `${videos(figures.todayVideos)} on ${figures.siteName} today`;
      default:
        return `A quick check-in on ${figures.siteName}`;
    }
  },
  nudgeText: 'Just so you know where you are. What comes next is up to you.',

  breathingHeading: 'Time for a short pause',
  breathingText: (figures: PromptFigures) =>
    `You’ve been watching ${figures.siteName} for ${duration(figures.sessionSeconds)} in one go. Take one slow breath, then choose what’s next.`,
  breatheIn: 'Breathe in…',
  breatheOut: 'Breathe out…',
  breathOver: 'Ready when you are.',

  intentionHeading: 'What did you come for?',
  intentionText: (figures: PromptFigures) =>
    `A quick check-in before you keep watching ${figures.siteName}. There’s no wrong answer.`,
  intentionChoices: {
    'something-specific': 'Something specific',
    'short-break': 'A short break',
    'just-browsing': 'Just browsing',
  } satisfies Record<IntentionAnswer, string>,
  intentionHint: 'Pick one to continue.',

  limitHeading: (reason: PromptReason, figures: PromptFigures): string => {
    switch (reason) {
      case 'daily-time':
        return `You’ve reached today’s time on ${figures.siteName}`;
      case 'daily-videos':
        return `You’ve reached today’s videos on ${figures.siteName}`;
      case 'quiet-hours':
        return `It’s quiet hours for ${figures.siteName}`;
      default:
        return `You’ve reached a limit you set for ${figures.siteName}`;
    }
  },
  limitText: (reason: PromptReason): string =>
    reason === 'quiet-hours'
      ? 'You chose to keep this time free of the feed. Stopping now keeps that choice.'
      : 'This is the limit you chose for today. Stopping now keeps that choice.',
  snooze: (minutes: number) => `Snooze ${longMinutes.format(minutes)}`,
  snoozesLeft: (n: number) => `${count.format(n)} ${plural.select(n) === 'one' ? 'snooze' : 'snoozes'} left today`,
  noSnoozesLeft: 'No snoozes left today.',
  phraseInstruction: 'To keep watching anyway, type this sentence:',
  phraseLabel: 'Type the sentence to continue',
  continueAnyway: 'Continue anyway',
};
