import { findItemControl } from '../../not-interested/controls';
import { isShown } from '../../not-interested/dom';
import { DONT_RECOMMEND_CHANNEL, MORE_ACTIONS, matchesLabel, NOT_INTERESTED, UNDO } from '../../not-interested/labels';
import { type MenuFlowSite, runMenuFlow } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';
import { queryAll } from '../dom';
import { selectors as S } from './selectors';

/**
 * YouTube Shorts' "Not interested": the active renderer's "More actions" (`#right-controls` in the newest layout,
 * `#menu-button` before; found by structure from the video) → the reused `tp-yt-iron-dropdown` in
 * `ytd-popup-container` (open = no `aria-hidden`, no `display: none`; the last menu's items stay inside it while
 * closed) holding either the 2025+ view-model list or the legacy paper listbox → "Not interested", else "Don't
 * recommend this channel".
 * On m.youtube.com the short's "More actions" fills a bottom sheet, `ytm-app > bottom-sheet-container` (wider screens:
 * `body > #menu`), with `ytm-menu-item` or `yt-list-item-view-model` rows told by their text, and a Cancel row.
 * Sources: insin/control-panel-for-youtube observePopups() and its mobile menus, tommyktech/YouTubeNotInterestedButton,
 * garbhj V4, amitbl/blocktube (ytm-menu-*-renderer).
 */
export const notInterestedSelectors = {
  /** Where the "More actions" button sits, newest layout first: YouTube's ids, kept through every redesign. */
  moreButton: ['#right-controls button', '#menu-button button'],
  /** Every hydrated short: the walk from the video to its "More actions" stops at an ancestor holding another. */
  renderer: 'ytd-reel-video-renderer',
  dropdown: 'tp-yt-iron-dropdown',
  /**
   * Mobile: the bottom sheet (filled while open, emptied when closed), or the wider screens' menu, and their lists of
   * rows wherever they are rendered.
   */
  mobileSheet: 'ytm-app > bottom-sheet-container, body > #menu, .bottom-sheet-media-menu-item, .menu-content',
  /** View-model rows (2025+) and legacy rows; on mobile `ytm-menu-item` and the `ytm-menu-*-renderer`s. */
  menuRow:
    'yt-list-item-view-model, ytd-menu-service-item-renderer, ytm-menu-item, ytm-menu-service-item-renderer, ytm-menu-navigation-item-renderer',
  /** The mobile sheet's Cancel row (a row, but no item of the menu). */
  cancel: '.menu-cancel-button',
  toast: 'ytd-popup-container tp-yt-paper-toast, ytd-popup-container notification-multi-action-renderer',
  toastButton: '.ytNotificationMultiActionRendererButtonContainer button, #buttons button, button',
  nextButton: '#navigation-button-down button',
} as const;
const N = notInterestedSelectors;

/**
 * Icons (language-independent). The circle-slash is "Not interested" (tommyktech) but garbhj saw it on "Don't
 * recommend" in the Shorts menu: the engine refuses an icon match whose text names the other item.
 */
const CIRCLE_SLASH =
  'M12 1C5.925 1 1 5.925 1 12s4.925 11 11 11 11-4.925 11-11S18.075 1 12 1Zm0 2a9 9 0 018.246 12.605L4.755 6.661A8.99 8.99 0 0112 3ZM3.754 8.393l15.491 8.944A9 9 0 013.754 8.393Z';
const CIRCLE_MINUS =
  'M12 1C5.925 1 1 5.925 1 12s4.925 11 11 11 11-4.925 11-11S18.075 1 12 1Zm0 2a9 9 0 110 18 9 9 0 010-18Zm4 8H8a1 1 0 000 2h8a1 1 0 000-2Z';

export const youtubeShortsMenu: MenuFlowSite = {
  moreButton: (_root, item) =>
    findItemControl(item, {
      hooks: N.moreButton,
      labels: MORE_ACTIONS,
      popup: true,
      // Mobile shorts have no renderer: each holds its own action bar.
      items: `${N.renderer}, ${S.actionBar}`,
      scope: item.element.closest(S.shorts) ?? item.element.closest(S.mobileApp),
    }),
  // Only a shown dropdown counts as open: a closed one still holds the previous menu's items.
  menuHosts: `${N.dropdown}, ${N.mobileSheet}`,
  menuRows: (menu) => queryAll(menu, N.menuRow).filter((row) => !row.querySelector(N.cancel)),
  cancelControl: (menu) => menu.querySelector<HTMLElement>(N.cancel),
  targets: [
    { item: 'not-interested', iconPaths: [CIRCLE_SLASH], labels: NOT_INTERESTED },
    { item: 'dont-recommend-channel', iconPaths: [CIRCLE_MINUS], labels: DONT_RECOMMEND_CHANNEL },
  ],
  closesOnSecondClick: true,
  undoControl(root) {
    for (const toast of queryAll(root, N.toast).filter(isShown)) {
      const undo = queryAll<HTMLElement>(toast, N.toastButton).find((button) => matchesLabel(button.textContent, UNDO));
      if (undo) return undo;
    }
    return null;
  },
};

export const youtubeShortsNotInterested: SiteNotInterested = {
  supported: true,
  notInterested: (root, item, options) => runMenuFlow(youtubeShortsMenu, root, item, options),
  goToNext(root, item) {
    if (!item) return false;
    const next = root.querySelector<HTMLButtonElement>(`${S.shorts} ${N.nextButton}`);
    if (!next || next.disabled || !isShown(next)) return false;
    next.click();
    return true;
  },
};
