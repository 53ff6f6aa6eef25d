import { isShown } from '../../not-interested/dom';
import {
  DONT_RECOMMEND_CHANNEL,
  type LabelTable,
  matchesLabel,
  NOT_INTERESTED,
  UNDO,
} from '../../not-interested/labels';
import { type MenuFlowSite, runMenuFlow } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';
import { queryAll } from '../dom';
import { selectors as S } from './selectors';

/**
 * YouTube Shorts' "Not interested": the active renderer's "More actions" (`#right-controls` in the newest layout,
 * `#menu-button` before) → the reused `tp-yt-iron-dropdown` in `ytd-popup-container` (open = no `aria-hidden`, no
 * `display: none`; the last menu's items stay inside it while closed) holding either the 2025+ view-model list or the
 * legacy paper listbox → "Not interested", else "Don't recommend this channel".
 * Sources: insin/control-panel-for-youtube observePopups(), tommyktech/YouTubeNotInterestedButton, garbhj V4.
 */
export const notInterestedSelectors = {
  /** Where the "More actions" button sits, newest layout first; each holds only that button on the fixtures. */
  moreContainers: ['#right-controls', '#menu-button'],
  popupHost: 'ytd-popup-container',
  dropdown: 'ytd-popup-container tp-yt-iron-dropdown',
  /** View-model rows (2025+) and legacy rows. */
  menuRow: 'yt-list-item-view-model, ytd-menu-service-item-renderer',
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

/** The "More actions" aria-label, used only to choose among several buttons in one container. */
const MORE_ACTIONS: LabelTable = {
  en: ['More actions'],
  es: ['Más acciones'],
  fr: ['Autres actions'],
  de: ['Weitere Aktionen'],
  pt: ['Mais ações'],
  it: ['Altre azioni'],
  ja: ['その他の操作'],
  ko: ['추가 작업'],
  'zh-Hans': ['更多操作'],
  'zh-Hant': ['更多動作'],
  ru: ['Другие действия'],
};

function moreButton(renderer: Element): HTMLElement | null {
  for (const container of N.moreContainers) {
    const buttons = queryAll<HTMLElement>(renderer, `${container} button`);
    const labelled = buttons.find((button) => matchesLabel(button.getAttribute('aria-label'), MORE_ACTIONS));
    if (labelled) return labelled;
    if (buttons.length === 1) return buttons[0] ?? null;
  }
  return null;
}

export const youtubeShortsMenu: MenuFlowSite = {
  moreButton,
  // Only an open dropdown counts: a closed one still holds the previous menu's items.
  openMenu: (root) => queryAll(root, N.dropdown).find(isShown) ?? null,
  menuRows: (menu) => queryAll(menu, N.menuRow),
  menuHost: (root) => root.querySelector(N.popupHost),
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
