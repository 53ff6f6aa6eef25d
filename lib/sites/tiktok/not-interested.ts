import { findItemControl } from '../../not-interested/controls';
import { isShown, pressKey } from '../../not-interested/dom';
import { MORE, matchesLabel, NEXT_VIDEO, NOT_INTERESTED } from '../../not-interested/labels';
import { type MenuFlowSite, runMenuFlow, unsupportedLayoutFlow } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';
import { queryAll } from '../dom';
import { selectors as S } from './selectors';

/**
 * TikTok's "Not interested": the active item's `more-menu-icon` → the one reused `TUXPopover` (it only gains the
 * `--open` class, so "open" is what the page shows) → `more-menu-popover_not-interested`. `data-e2e` hooks are
 * stable for years; the labels are only a fallback. Sources: yvvw/browser-scripts tiktok.user.ts, the mjb "Not
 * interested" hotkey script (2026-09).
 * The mobile layout (served to phones) has no such item: its only menu is the share sheet (share targets, Report), as
 * TikTok's mobile web bundles show. There the flow answers 'unsupported-layout' and touches nothing.
 */
export const notInterestedSelectors = {
  moreButton: '[data-e2e="more-menu-icon"]',
  popover: '.TUXPopover-popover',
  /** The feed's root: the walk from the video to its "more" never looks above it. */
  feedRoot: 'main, [data-e2e="browse-video"]',
  menuRow: '[data-e2e^="more-menu-popover_"], .TUXMenuItem, [role="menuitem"]',
  notInterested: '[data-e2e="more-menu-popover_not-interested"]',
  /** Browse mode (single video / modal): its own next arrow. */
  nextArrow: 'button[data-e2e="arrow-right"]',
  /** The feed's navigation buttons carry only a localised aria-label. */
  labelledButton: 'button[aria-label]',
} as const;
const N = notInterestedSelectors;

export const tiktokMenu: MenuFlowSite = {
  // The button has moved between the action bar and the media card's top overlay: found by structure from the video.
  moreButton: (_root, item) =>
    findItemControl(item, {
      hooks: [N.moreButton],
      labels: MORE,
      popup: true,
      items: S.feedItem,
      scope: item.element.closest(N.feedRoot),
    }),
  menuHosts: N.popover,
  menuRows: (menu) => queryAll(menu, N.menuRow),
  targets: [{ item: 'not-interested', selector: N.notInterested, labels: NOT_INTERESTED }],
  closesOnSecondClick: true,
};

export const tiktokNotInterested: SiteNotInterested = {
  supported: true,
  notInterested: (root, item, options) =>
    item?.element.matches(S.mobileSlide) ? unsupportedLayoutFlow() : runMenuFlow(tiktokMenu, root, item, options),
  goToNext(root, item) {
    if (!item) return false;
    if (root.querySelector(S.browseVideo)) {
      const arrow = root.querySelector<HTMLButtonElement>(N.nextArrow);
      if (!arrow || arrow.disabled || !isShown(arrow)) return false;
      arrow.click();
      return true;
    }
    if (!root.querySelector(S.feedItem)) return false;
    const next = queryAll<HTMLButtonElement>(root, N.labelledButton).find(
      (button) => !button.disabled && isShown(button) && matchesLabel(button.getAttribute('aria-label'), NEXT_VIDEO),
    );
    if (next) {
      next.click();
      return true;
    }
    // The For You feed also moves on ArrowDown.
    return pressKey(root, 'ArrowDown');
  },
};
