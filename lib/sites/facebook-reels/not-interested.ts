import { findItemControl } from '../../not-interested/controls';
import { isShown } from '../../not-interested/dom';
import { MORE, matchesLabel, NEXT_CARD, NOT_INTERESTED, SHOW_LESS, UNDO } from '../../not-interested/labels';
import { type MenuFlowSite, runMenuFlow, shownNewestFirst } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';
import { queryAll } from '../dom';
import { selectors as S } from './selectors';

/**
 * Facebook Reels has no "Not interested": its closest equivalent is "Show less" (Meta, 2023), the recommendation
 * feedback of the reel's own "More" menu. "Not interested", if a build words it so, is accepted second. "Hide reel" /
 * "Hide ad" are refused: hiding removes the reel (and for an ad, hides the advertiser's ad), a stronger act than
 * telling the recommender "fewer like this", and its follow-up offers may hide a whole page. VERIFY LIVE: no public
 * code shows the reel menu; the button is `[role="button"][aria-label="More"]` near the reel's video (found by
 * structure), the menu a `[role="menu"]` of `[role="menuitem"]`s rendered in a layer at the end of <body>. On the
 * mobile site (m., mobile.) the same "More" opens a bottom sheet `[role="dialog"]` of `[role="button"]` rows (VERIFY
 * LIVE too).
 */
export const notInterestedSelectors = {
  button: '[role="button"]',
  menuItem: '[role="menuitem"]',
  toast: '[role="alert"], [role="status"]',
} as const;
const N = notInterestedSelectors;

/** The Reels player (on /reel/<id> and /reels/ only, where the adapter finds an active video). */
function playerScope(root: Document): Element | null {
  const main = root.querySelector(S.main);
  return main?.querySelector(S.reelsPagelet) ?? main;
}

export const facebookReelsMenu: MenuFlowSite = {
  moreButton: (root, card) =>
    findItemControl(card, {
      labels: MORE,
      popup: true,
      items: `${S.videoBox}, ${S.mobileUnit}`,
      scope: playerScope(root),
    }),
  // The mobile site's bottom sheet has plain buttons for rows.
  menuRows: (menu) => {
    const items = queryAll(menu, N.menuItem);
    return items.length > 0 ? items : queryAll(menu, N.button);
  },
  rowControl: (row) => row as HTMLElement,
  targets: [
    { item: 'show-less', labels: SHOW_LESS },
    { item: 'not-interested', labels: NOT_INTERESTED },
  ],
  closesOnSecondClick: true,
  undoControl(root) {
    for (const toast of shownNewestFirst(root, N.toast)) {
      const undo = queryAll<HTMLElement>(toast, N.button).find((button) => matchesLabel(button.textContent, UNDO));
      if (undo) return undo;
    }
    return null;
  },
};

export const facebookReelsNotInterested: SiteNotInterested = {
  supported: true,
  notInterested: (root, item, options) => runMenuFlow(facebookReelsMenu, root, item, options),
  goToNext(root, item) {
    if (!item) return false;
    const scope = playerScope(root);
    const next = scope
      ? queryAll<HTMLElement>(scope, N.button).find(
          (button) =>
            isShown(button) &&
            button.getAttribute('aria-disabled') !== 'true' &&
            matchesLabel(button.getAttribute('aria-label'), NEXT_CARD),
        )
      : undefined;
    if (!next) return false;
    next.click();
    return true;
  },
};
