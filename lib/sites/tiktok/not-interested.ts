import { clickableOf, isShown, pressKey } from '../../not-interested/dom';
import { type LabelTable, matchesLabel, NOT_INTERESTED } from '../../not-interested/labels';
import { type MenuFlowSite, runMenuFlow } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';
import { queryAll } from '../dom';
import { selectors as S } from './selectors';

/**
 * TikTok's "Not interested": the active item's `more-menu-icon` → the one reused `TUXPopover` (it only gains the
 * `--open` class) → `more-menu-popover_not-interested`. `data-e2e` hooks are stable for years; the label is only a
 * fallback. Sources: yvvw/browser-scripts tiktok.user.ts, the mjb "Not interested" hotkey script (2026-09).
 */
export const notInterestedSelectors = {
  moreButton: '[data-e2e="more-menu-icon"]',
  openPopover: '.TUXPopover-popover--open',
  menuRow: '[data-e2e^="more-menu-popover_"], .TUXMenuItem, [role="menuitem"]',
  notInterested: '[data-e2e="more-menu-popover_not-interested"]',
  /** Browse mode (single video / modal): its own next arrow. */
  nextArrow: 'button[data-e2e="arrow-right"]',
  /** The feed's navigation buttons carry only a localised aria-label. */
  labelledButton: 'button[aria-label]',
} as const;
const N = notInterestedSelectors;

/** The feed's "next" button label (en attested; the others unverified). */
const NEXT_VIDEO: LabelTable = {
  en: ['Go to next video'],
  es: ['Ir al siguiente video', 'Ir al vídeo siguiente'],
  fr: ['Aller à la vidéo suivante'],
  de: ['Zum nächsten Video'],
  pt: ['Ir para o próximo vídeo'],
  ja: ['次の動画へ'],
  ko: ['다음 동영상으로 이동'],
  'zh-Hans': ['转到下一个视频'],
  ru: ['Перейти к следующему видео'],
};

export const tiktokMenu: MenuFlowSite = {
  // The button has moved between the action bar and the media card's top overlay: search the whole item.
  moreButton: (item) => clickableOf(item.querySelector(N.moreButton)),
  openMenu: (root) => root.querySelector(N.openPopover),
  menuRows: (menu) => queryAll(menu, N.menuRow),
  targets: [{ item: 'not-interested', selector: N.notInterested, labels: NOT_INTERESTED }],
  closesOnSecondClick: true,
};

export const tiktokNotInterested: SiteNotInterested = {
  supported: true,
  notInterested: (root, item, options) => runMenuFlow(tiktokMenu, root, item, options),
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
