import { i18n } from '#i18n';
import type { StyleId } from '@/lib/experiment/styles';

/** The locale keys of each experiment style (a message name allows no hyphen). */
const KEY: Record<StyleId, 'coverAtLimit' | 'nudgesOnly' | 'askFirst' | 'slowAndGrey'> = {
  'cover-at-limit': 'coverAtLimit',
  'nudges-only': 'nudgesOnly',
  'ask-first': 'askFirst',
  'slow-and-grey': 'slowAndGrey',
};

const known = (style: string): style is StyleId => Object.hasOwn(KEY, style);

/** A style's name in the UI language; null for a style this version does not know. */
export function styleName(style: string): string | null {
  return known(style) ? i18n.t(`experiment.style.${KEY[style]}`) : null;
}

export function styleWhy(style: StyleId): string {
  return i18n.t(`experiment.why.${KEY[style]}`);
}
