import { findItemControl } from '../../not-interested/controls';
import { pressKey } from '../../not-interested/dom';
import { MORE, NOT_INTERESTED } from '../../not-interested/labels';
import { type MenuFlowSite, runMenuFlow } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';
import { queryAll } from '../dom';
import { selectors as S } from './selectors';

/**
 * Instagram Reels' "Not interested" (VERIFY LIVE: no public code clicks it): the active reel's "More" icon, found by
 * structure from its video (never the left nav's "More", which is outside main) → a modal `div[role="dialog"]` of
 * text buttons, created on open in a portal at the end of <body> → "Not interested" by its text. Nothing else
 * identifies the item: classes are hashed, there are no test hooks. The mobile layout (phones, same hosts) works the
 * same way, its menu a bottom sheet `div[role="dialog"]` (VERIFY LIVE too).
 */
export const notInterestedSelectors = {
  /** Each reel of the Reels tab: the walk from a video stops at an ancestor holding another one. */
  reel: 'div[role="presentation"]',
  dialogButton: 'button, [role="button"]',
  audioLink: 'a[href*="/reels/audio/"]',
} as const;
const N = notInterestedSelectors;

export const instagramReelsMenu: MenuFlowSite = {
  moreButton: (_root, reel) =>
    findItemControl(reel, {
      labels: MORE,
      popup: true,
      // Mobile reels have no role: each one's audio link marks it.
      items: `${N.reel}, ${N.audioLink}`,
      scope: reel.element.closest(S.main),
    }),
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
