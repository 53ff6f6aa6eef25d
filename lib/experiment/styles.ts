import type { Friction, Settings } from '../settings/schema';

/**
 * The styles an experiment can compare: each an overlay on the prompt settings and, where it says what happens over
 * a budget, on the friction settings; applied for the day it is assigned (the stored settings are not changed; the
 * limits the user set stay as they are). A style needs only a row here and its words in the locales
 * (`experiment.style.<key>`, `experiment.why.<key>`, keyed in components/styleNames.ts).
 */
export const STYLE_IDS = ['cover-at-limit', 'nudges-only', 'ask-first', 'slow-and-grey'] as const;
export type StyleId = (typeof STYLE_IDS)[number];

/** The wait before each next video when a style slows the feed and the user set none (the settings' default). */
export const STYLE_SLOW_SWIPE_SECONDS = 3;

export interface Style {
  id: StyleId;
  /** What the style sets in the prompt settings for the day. */
  prompts: Partial<Settings['prompts']>;
  /** What the style sets in the friction settings for the day, from the user's own. */
  friction?: (yours: Friction) => Partial<Friction>;
}

export const STYLES: Record<StyleId, Style> = {
  // No early cards: a breathing pause at the session break, and the cover at a limit.
  'cover-at-limit': {
    id: 'cover-at-limit',
    prompts: { nudge: false, breathing: true, intention: false },
    friction: () => ({ overBudget: 'cover' }),
  },
  // Small cards only: before a limit and at the break (a limit the user set still covers the feed when reached).
  'nudges-only': {
    id: 'nudges-only',
    prompts: { nudge: true, breathing: false, intention: false },
    friction: () => ({ overBudget: 'cover' }),
  },
  // What did you come for, at the start of each session; then the cards and the pause.
  'ask-first': { id: 'ask-first', prompts: { nudge: true, breathing: true, intention: true } },
  // The prompts as the user set them; over a budget the feed goes grey and each next video waits, instead of the cover.
  'slow-and-grey': {
    id: 'slow-and-grey',
    prompts: {},
    friction: (yours) => ({
      overBudget: 'slow-down',
      greyscale: true,
      slowSwipeSeconds: yours.slowSwipeSeconds ?? STYLE_SLOW_SWIPE_SECONDS,
    }),
  },
};

/** The settings with a style's overlay on the prompts and the friction. */
export function applyStyle(settings: Settings, style: StyleId): Settings {
  const { prompts, friction } = STYLES[style];
  return {
    ...settings,
    prompts: { ...settings.prompts, ...prompts },
    friction: { ...settings.friction, ...friction?.(settings.friction) },
  };
}
