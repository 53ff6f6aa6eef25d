import type { Settings } from '../settings/schema';

/**
 * The styles an experiment can compare: each an overlay on the prompt settings, applied for the day it is assigned
 * (the stored settings are not changed; the limits the user set stay as they are). A style needs only a row here
 * and its words in the locales (`experiment.style.<key>`, `experiment.why.<key>`, keyed in
 * components/insights/ExperimentSection.tsx): "slow down and grey out" joins
 * once the friction settings exist, as an overlay on them.
 */
export const STYLE_IDS = ['cover-at-limit', 'nudges-only', 'ask-first'] as const;
export type StyleId = (typeof STYLE_IDS)[number];

export interface Style {
  id: StyleId;
  /** What the style sets in the prompt settings for the day. */
  prompts: Partial<Settings['prompts']>;
}

export const STYLES: Record<StyleId, Style> = {
  // No early cards: a breathing pause at the session break, and the cover at a limit.
  'cover-at-limit': { id: 'cover-at-limit', prompts: { nudge: false, breathing: true, intention: false } },
  // Small cards only: before a limit and at the break (a limit the user set still covers the feed when reached).
  'nudges-only': { id: 'nudges-only', prompts: { nudge: true, breathing: false, intention: false } },
  // What did you come for, at the start of each session; then the cards and the pause.
  'ask-first': { id: 'ask-first', prompts: { nudge: true, breathing: true, intention: true } },
};

/** The settings with a style's overlay on the prompts. */
export function applyStyle(settings: Settings, style: StyleId): Settings {
  return { ...settings, prompts: { ...settings.prompts, ...STYLES[style].prompts } };
}
