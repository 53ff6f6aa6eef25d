import type { FeedItem } from '../sites/site';
import { click, clickableOf, iconPaths, isShown, normalisePath, pressKey, waitFor } from './dom';
import { type LabelTable, matchesAnyLabel } from './labels';
import { rowTexts, shownMenus } from './menus';
import {
  DEFAULT_STEP_TIMEOUT_MS,
  type NotInterestedFailure,
  type NotInterestedItem,
  type NotInterestedOptions,
  type NotInterestedResult,
} from './types';

/** One item the flow may click, and how to recognise it, strongest evidence first. */
export interface MenuTarget {
  item: NotInterestedItem;
  /** 1. A stable attribute (e.g. TikTok's `data-e2e`), searched in the whole open menu. */
  selector?: string;
  /** 2. The `d` of the item's icon path (language-independent). */
  iconPaths?: readonly string[];
  /** 3. The item's text, per language. */
  labels: LabelTable;
}

/**
 * A site's "more" menu, as data plus small finders. Everything is read from `root` and the active item; nothing is
 * clicked but the item's own "more" control and a positively identified target.
 */
export interface MenuFlowSite {
  /** The active item's own "more" control (never one outside its region): see {@link findItemControl}. */
  moreButton(root: Document, item: FeedItem): HTMLElement | null;
  /** The site's own menu hosts, beyond the roles every menu has (e.g. YouTube's reused dropdown). */
  menuHosts?: string;
  /** The menu's entries (each read for attributes, icon and texts, then clicked); a menu without any is not open. */
  menuRows(menu: Element): Element[];
  /** What to click in a row; default its first button/menuitem/option descendant, else the row. */
  rowControl?(row: Element): HTMLElement | null;
  /** In preference order: the first target found by any means wins over every later one. */
  targets: readonly MenuTarget[];
  /** A second click on the "more" button closes the menu (tried only if Escape did not). */
  closesOnSecondClick: boolean;
  /** The menu's own "Cancel" (a mobile bottom sheet), pressed to close it when Escape did not. */
  cancelControl?(menu: Element): HTMLElement | null;
  /** The site's Undo control after a successful click, while its toast is shown. */
  undoControl?(root: Document): HTMLElement | null;
}

const ROW_CONTROL = 'button, [role="menuitem"], [role="option"], tp-yt-paper-item';
/** How long an open menu may take to fill in the wanted item before it counts as missing. */
const ITEM_SETTLE_MS = 300;
/** How long to wait for a menu to close after Escape, before trying a second click. */
const CLOSE_WAIT_MS = 500;

function fail(reason: NotInterestedFailure): NotInterestedResult {
  return { ok: false, reason };
}

function hostOf(root: Document): Node | null {
  return root.body ?? root.documentElement;
}

/** The site's menus shown now (with at least one row), outermost, newest layer last. */
export function openMenus(site: MenuFlowSite, root: Document): Element[] {
  return shownMenus(root, (menu) => site.menuRows(menu), site.menuHosts);
}

/** aria-expanded of the "more" button: true/false when it says, null when it does not. */
function expanded(button: Element): boolean | null {
  const value = button.getAttribute('aria-expanded');
  return value === null ? null : value === 'true';
}

interface Found {
  item: NotInterestedItem;
  control: HTMLElement;
}

/**
 * The best target in an open menu: for each target in order, by attribute, then by icon, then by label (any of the
 * row's texts). An icon match is refused when one of the row's texts names another target (YouTube reuses the
 * circle-slash icon).
 */
export function findMenuTarget(site: MenuFlowSite, menu: Element): Found | null {
  const rows = site.menuRows(menu).map((row) => ({ row, texts: rowTexts(row), icons: iconPaths(row) }));
  const control = (row: Element) => (site.rowControl ? site.rowControl(row) : defaultRowControl(row));
  const found = (item: NotInterestedItem, row: Element | null | undefined): Found | null => {
    const target = row ? control(row) : null;
    return target ? { item, control: target } : null;
  };
  for (const target of site.targets) {
    if (target.selector) {
      const hit = found(target.item, menu.querySelector(target.selector));
      if (hit) return hit;
    }
    if (target.iconPaths && target.iconPaths.length > 0) {
      const wanted = new Set(target.iconPaths.map(normalisePath));
      const others = site.targets.filter((other) => other.item !== target.item);
      const row = rows.find(
        (candidate) =>
          candidate.icons.some((d) => wanted.has(d)) &&
          !others.some((other) => matchesAnyLabel(candidate.texts, other.labels)),
      );
      const hit = found(target.item, row?.row);
      if (hit) return hit;
    }
    const row = rows.find((candidate) => matchesAnyLabel(candidate.texts, target.labels));
    const hit = found(target.item, row?.row);
    if (hit) return hit;
  }
  return null;
}

function defaultRowControl(row: Element): HTMLElement | null {
  return clickableOf(row.querySelector(ROW_CONTROL) ?? row);
}

/** Whether `menu` still counts as open: connected, shown and holding rows. */
function stillOpen(site: MenuFlowSite, menu: Element): boolean {
  return isShown(menu) && site.menuRows(menu).length > 0;
}

/**
 * Closes `menus`: Escape first (it also cancels a late open on most sites), then, if `button` is given and a menu
 * is still shown while the button does not say it is closed, a second click on it where the site toggles.
 */
async function closeMenus(
  site: MenuFlowSite,
  root: Document,
  menus: readonly Element[],
  button: HTMLElement | null,
  timeoutMs: number,
): Promise<void> {
  const anyOpen = () => menus.some((menu) => stillOpen(site, menu));
  if (!anyOpen()) return;
  pressKey(root, 'Escape');
  const wait = Math.min(timeoutMs, CLOSE_WAIT_MS);
  const closed = await waitFor(root, hostOf(root), () => (anyOpen() ? null : true), wait);
  if (closed.status === 'found') return;
  const cancels = site.cancelControl
    ? menus.filter((menu) => stillOpen(site, menu)).map((menu) => site.cancelControl?.(menu) ?? null)
    : [];
  if (cancels.length > 0 && cancels.every((cancel) => cancel !== null && click(cancel))) {
    const cancelled = await waitFor(root, hostOf(root), () => (anyOpen() ? null : true), wait);
    if (cancelled.status === 'found') return;
  }
  if (!button || !site.closesOnSecondClick || !button.isConnected) return;
  if (expanded(button) === false) return;
  click(button);
  await waitFor(root, hostOf(root), () => (anyOpen() ? null : true), wait);
}

/**
 * After a timeout or abort the menu may still come (the click was taken, the page is slow): watch a while longer and
 * close what appears if it opens for our button. Runs detached; bounded by `graceMs` (and the signal, when given).
 */
function closeLateMenu(
  site: MenuFlowSite,
  appeared: () => Element | null,
  root: Document,
  button: HTMLElement,
  graceMs: number,
  timeoutMs: number,
  signal?: AbortSignal,
): void {
  const late = () => (expanded(button) !== false ? appeared() : null);
  void waitFor(root, hostOf(root), late, graceMs, signal)
    .then((result) =>
      result.status === 'found' ? closeMenus(site, root, [result.value], button, timeoutMs) : undefined,
    )
    .catch(() => undefined);
}

/** Clicks the site's Undo if its toast is still shown. */
function undoWith(site: MenuFlowSite, root: Document): (() => boolean) | undefined {
  if (!site.undoControl) return undefined;
  return () => {
    try {
      const control = site.undoControl?.(root) ?? null;
      return control !== null && click(control);
    } catch {
      return false;
    }
  };
}

/**
 * The generic flow: the active item's "more" control → wait for the menu that appears (anywhere in the document: a
 * portal, or a reused popover un-hidden) → the first target positively identified in it → click it. A menu already
 * open is reused only when our button says it is its own; any other is closed first, and if it stays, nothing is
 * clicked (its items may belong to another video). Any failure after the menu was opened closes it again and clicks
 * nothing else. Never advances the feed, never throws.
 */
export async function runMenuFlow(
  site: MenuFlowSite,
  root: Document,
  active: FeedItem | null,
  options: NotInterestedOptions = {},
): Promise<NotInterestedResult> {
  const { signal } = options;
  const timeoutMs = Math.max(0, options.stepTimeoutMs ?? DEFAULT_STEP_TIMEOUT_MS);
  const graceMs = Math.max(0, options.lateMenuGraceMs ?? timeoutMs * 2);
  let button: HTMLElement | null = null;
  let menu: Element | null = null;
  let appeared: () => Element | null = () => null;
  try {
    if (signal?.aborted) return fail('aborted');
    const videoId = active?.id;
    if (!active || !videoId) return fail('no-active-video');
    button = site.moreButton(root, active);
    if (!button) return fail('menu-not-found');

    const already = openMenus(site, root);
    const reused = already.length > 0 && expanded(button) === true ? (already.at(-1) ?? null) : null;
    if (already.length > 0 && !reused) {
      // Closed with Escape only: a click on our button could open ours and the next close it again.
      await closeMenus(site, root, already, null, timeoutMs);
      if (already.some((other) => stillOpen(site, other))) return fail('menu-not-found');
    }
    // A menu that appeared after the click: shown with rows, and not one that was open before it.
    const before = new Set(reused ? already : []);
    appeared = () =>
      openMenus(site, root)
        .filter((candidate) => !before.has(candidate))
        .at(-1) ?? null;

    if (reused) {
      menu = reused;
    } else {
      if (!click(button)) return fail('menu-not-found');
      const opened = await waitFor(root, hostOf(root), appeared, timeoutMs, signal);
      if (opened.status !== 'found') {
        // Escape cancels a late open on most sites; one that still comes is closed by the late watch.
        pressKey(root, 'Escape');
        // On abort the watch still runs (bounded by the grace): a menu for the old video must not stay open.
        const aborted = opened.status === 'aborted';
        closeLateMenu(site, appeared, root, button, graceMs, timeoutMs, aborted ? undefined : signal);
        return fail(aborted ? 'aborted' : 'timeout');
      }
      menu = opened.value;
    }

    const settle = Math.min(timeoutMs, ITEM_SETTLE_MS);
    const lookup = () => {
      if (menu && !stillOpen(site, menu)) menu = appeared();
      return menu ? findMenuTarget(site, menu) : null;
    };
    const found = await waitFor(root, hostOf(root), lookup, settle, signal);
    if (found.status !== 'found') {
      if (menu) await closeMenus(site, root, [menu], button, timeoutMs);
      return fail(found.status === 'aborted' ? 'aborted' : 'item-not-found');
    }
    if (!click(found.value.control)) {
      if (menu) await closeMenus(site, root, [menu], button, timeoutMs);
      return fail('item-not-found');
    }
    const undo = undoWith(site, root);
    return { ok: true, videoId, item: found.value.item, ...(undo ? { undo } : {}) };
  } catch {
    const open = menu ?? appeared();
    if (open && button) await closeMenus(site, root, [open], button, timeoutMs).catch(() => undefined);
    return fail('error');
  }
}

/** A flow for a site without any such action: answers at once and touches nothing. */
export async function unsupportedFlow(): Promise<NotInterestedResult> {
  return fail('unsupported');
}

/** The same, for a layout of the site that has no such action (the site's other layout has one). */
export async function unsupportedLayoutFlow(): Promise<NotInterestedResult> {
  return fail('unsupported-layout');
}

/** Helper for site configs: the shown elements matching `selector`, last (newest layer) first. */
export function shownNewestFirst(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter(isShown).reverse();
}
