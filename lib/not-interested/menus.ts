import { isShown } from './dom';

/**
 * Menus are found by what appeared: whatever a site renders its menu as (a portal at the end of <body>, a reused
 * popover that only un-hides), it carries one of these roles, or is a popover or <dialog>. Sites add their own hosts
 * where the role sits deeper (YouTube's `tp-yt-iron-dropdown`).
 */
export const MENU_ROLES = '[role="menu"], [role="dialog"], [role="alertdialog"], [role="listbox"], [popover], dialog';

/** The shown menus of the page that hold at least one row, outermost only, in document order (newest layer last). */
export function shownMenus(root: Document, rows: (menu: Element) => Element[], hosts?: string): Element[] {
  const selector = hosts ? `${MENU_ROLES}, ${hosts}` : MENU_ROLES;
  const shown = Array.from(root.querySelectorAll(selector)).filter((menu) => isShown(menu) && rows(menu).length > 0);
  return shown.filter((menu) => !shown.some((other) => other !== menu && other.contains(menu)));
}

const MAX_TEXTS = 200;

/**
 * Every text a row can be told by: its accessible name (its own or its control's aria-label, title), its whole
 * text, each line of text in it and each leaf element's text. A description under the title ("Hide this reel. You'll
 * see fewer…") is just one more text: it neither matches nor stops the title from matching.
 */
export function rowTexts(row: Element): string[] {
  const texts: string[] = [];
  const add = (text: string | null | undefined) => {
    if (text && texts.length < MAX_TEXTS) texts.push(text);
  };
  add(row.getAttribute('aria-label'));
  add(row.getAttribute('title'));
  add(row.textContent);
  const visit = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (texts.length >= MAX_TEXTS) return;
      if (child.nodeType === 3) add(child.nodeValue);
      else if (child.nodeType === 1) {
        const element = child as Element;
        add(element.getAttribute('aria-label'));
        if (element.childElementCount === 0) add(element.textContent);
        visit(element);
      }
    }
  };
  visit(row);
  return texts;
}
