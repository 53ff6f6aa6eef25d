import { isShown } from '../../not-interested/dom';
import { type LabelTable, matchesLabel, NOT_INTERESTED, SHOW_LESS, UNDO } from '../../not-interested/labels';
import { type MenuFlowSite, runMenuFlow, shownNewestFirst } from '../../not-interested/menu-flow';
import type { SiteNotInterested } from '../../not-interested/types';
import { queryAll } from '../dom';
import { selectors as S } from './selectors';

/**
 * Facebook Reels has no "Not interested": its closest equivalent is "Show less" (Meta, 2023), the recommendation
 * feedback of the reel's own "More" menu. "Not interested", if a build words it so, is accepted second. "Hide reel" /
 * "Hide ad" are refused: hiding removes the reel (and for an ad, hides the advertiser's ad), a stronger act than
 * telling the recommender "fewer like this", and its follow-up offers may hide a whole page. VERIFY LIVE: no public
 * code shows the reel menu; the button is `[role="button"][aria-label="More"]` in the card, the menu a
 * `[role="menu"]` of `[role="menuitem"]`s rendered in a layer at the end of <body>.
 */
export const notInterestedSelectors = {
  button: '[role="button"]',
  menu: '[role="menu"]',
  menuItem: '[role="menuitem"]',
  toast: '[role="alert"], [role="status"]',
} as const;
const N = notInterestedSelectors;

/** The card's "More" button label (all unverified; vi as the fixture words it). */
const MORE: LabelTable = {
  en: ['More', 'More options'],
  es: ['Más', 'Más opciones'],
  fr: ['Plus', 'Plus d’options'],
  de: ['Mehr', 'Weitere Optionen'],
  pt: ['Mais', 'Mais opções'],
  it: ['Altro'],
  ja: ['その他'],
  ko: ['더 보기'],
  'zh-Hans': ['更多'],
  'zh-Hant': ['更多'],
  ru: ['Ещё', 'Еще'],
  vi: ['Xem thêm'],
};

/** "Next Card": en (both casings, one normalised entry) and vi attested; the rest unverified. */
const NEXT_CARD: LabelTable = {
  en: ['Next Card'],
  es: ['Tarjeta siguiente'],
  fr: ['Carte suivante'],
  de: ['Nächste Karte'],
  pt: ['Próximo cartão'],
  it: ['Scheda successiva'],
  ja: ['次のカード'],
  ko: ['다음 카드'],
  'zh-Hans': ['下一张卡片'],
  'zh-Hant': ['下一張卡片'],
  ru: ['Следующая карточка'],
  vi: ['Thẻ tiếp theo'],
};

/** The Reels player (on /reel/<id> and /reels/ only, where the adapter finds an active video). */
function playerScope(root: Document): Element | null {
  const main = root.querySelector(S.main);
  return main?.querySelector(S.reelsPagelet) ?? main;
}

function moreButton(card: Element): HTMLElement | null {
  const buttons = queryAll<HTMLElement>(card, N.button).filter(isShown);
  const labelled = buttons.filter((button) => matchesLabel(button.getAttribute('aria-label'), MORE));
  const menuButtons = buttons.filter((button) => button.getAttribute('aria-haspopup') === 'menu');
  // A labelled button that opens a menu, else the only one that opens a menu, else the only labelled one.
  return (
    labelled.find((button) => menuButtons.includes(button)) ??
    (menuButtons.length === 1 ? menuButtons[0] : undefined) ??
    (labelled.length === 1 ? labelled[0] : undefined) ??
    null
  );
}

export const facebookReelsMenu: MenuFlowSite = {
  moreButton,
  openMenu: (root) => shownNewestFirst(root, N.menu).find((menu) => menu.querySelector(N.menuItem) !== null) ?? null,
  menuRows: (menu) => queryAll(menu, N.menuItem),
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
