import { clickableOf, pressKey } from '../../not-interested/dom';
import { type LabelTable, matchesLabel, NOT_INTERESTED } from '../../not-interested/labels';
import { type MenuFlowSite, runMenuFlow, shownNewestFirst } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';
import { queryAll } from '../dom';
import { selectors as S } from './selectors';

/**
 * Instagram Reels' "Not interested" (VERIFY LIVE: no public code clicks it): the active reel's "More" icon (never the
 * left nav's "More", which is outside the reel) → a modal `div[role="dialog"]` of text buttons, created on open →
 * "Not interested" by its text. Nothing else identifies the item: classes are hashed, there are no test hooks.
 */
export const notInterestedSelectors = {
  /** Icons with an aria-label inside the reel; the label says which one is "More". */
  labelledIcon: 'svg[aria-label]',
  dialog: '[role="dialog"]',
  dialogButton: 'button, [role="button"]',
} as const;
const N = notInterestedSelectors;

/** The "More" icon's aria-label: en "More" / "More options" attested; the others unverified. */
const MORE: LabelTable = {
  en: ['More', 'More options'],
  es: ['Más', 'Más opciones'],
  fr: ['Plus', 'Plus d’options'],
  de: ['Mehr', 'Weitere Optionen'],
  pt: ['Mais', 'Mais opções'],
  it: ['Altro', 'Altre opzioni'],
  ja: ['その他', 'その他のオプション'],
  ko: ['더 보기', '옵션 더 보기'],
  'zh-Hans': ['更多', '更多选项'],
  'zh-Hant': ['更多', '更多選項'],
  ru: ['Ещё', 'Еще', 'Другие параметры'],
};

export const instagramReelsMenu: MenuFlowSite = {
  moreButton(reel) {
    const icon = queryAll(reel, N.labelledIcon).find((svg) => matchesLabel(svg.getAttribute('aria-label'), MORE));
    return clickableOf(icon);
  },
  openMenu: (root) =>
    shownNewestFirst(root, N.dialog).find((dialog) => dialog.querySelector(N.dialogButton) !== null) ?? null,
  menuRows: (menu) => queryAll(menu, N.dialogButton),
  targets: [{ item: 'not-interested', labels: NOT_INTERESTED }],
  // The dialog is modal: "More" cannot be clicked again while it is open; Escape closes it.
  closesOnSecondClick: false,
};

export const instagramReelsNotInterested: SiteNotInterested = {
  supported: true,
  notInterested: (root, item, options) => runMenuFlow(instagramReelsMenu, root, item, options),
  // Instagram's Reels tab moves one reel per ArrowDown (there is no next button).
  goToNext: (root, item) => item !== null && root.querySelector(S.reel) !== null && pressKey(root, 'ArrowDown'),
};
