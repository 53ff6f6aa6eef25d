import type { FeedItem } from '../sites/site';
import { click, clickableOf, iconPaths, isShown, normalisePath, pressKey, waitFor } from './dom';
import { type LabelTable, matchesLabel, normaliseLabel } from './labels';
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
 * A site's "more" menu, as data plus small finders. Everything is read from `root`/`url`; nothing is clicked but the
 * "more" button and a positively identified target.
 */
export interface MenuFlowSite {
  /** The "more" control inside the active item (never one outside it). */
  moreButton(item: Element): HTMLElement | null;
  /** The menu while it is shown (a reused popover while open, or a freshly created dialog), else null. */
  openMenu(root: Document): Element | null;
  /** The menu's entries (each read for attributes, icon and text, then clicked). */
  menuRows(menu: Element): Element[];
  /** The smallest subtree where the menu appears and toggles; default the body. */
  menuHost?(root: Document): Node | null;
  /** What to click in a row; default its first button/menuitem/option descendant, else the row. */
  rowControl?(row: Element): HTMLElement | null;
  /** In preference order: the first target found by any means wins over every later one. */
  targets: readonly MenuTarget[];
  /** A second click on the "more" button closes the menu (tried only if Escape did not). */
  closesOnSecondClick: boolean;
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

function hostOf(site: MenuFlowSite, root: Document): Node | null {
  return site.menuHost?.(root) ?? root.body ?? root.documentElement;
}

/** The menu when it is shown with at least one entry (a menu still filling in is not open yet). */
function filledMenu(site: MenuFlowSite, root: Document): Element | null {
  const menu = site.openMenu(root);
  return menu && site.menuRows(menu).length > 0 ? menu : null;
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
 * The best target in an open menu: for each target in order, by attribute, then by icon, then by label. An icon
 * match is refused when the row's text names another target (YouTube reuses the circle-slash icon).
 */
export function findMenuTarget(site: MenuFlowSite, menu: Element): Found | null {
  const rows = site.menuRows(menu).map((row) => ({
    row,
    label: normaliseLabel(row.textContent),
    icons: iconPaths(row),
  }));
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
          !others.some((other) => matchesLabel(candidate.label, other.labels)),
      );
      const hit = found(target.item, row?.row);
      if (hit) return hit;
    }
    const row = rows.find((candidate) => matchesLabel(candidate.label, target.labels));
    const hit = found(target.item, row?.row);
    if (hit) return hit;
  }
  return null;
}

function defaultRowControl(row: Element): HTMLElement | null {
  return clickableOf(row.querySelector(ROW_CONTROL) ?? row);
}

/**
 * Closes the menu: Escape first (it also cancels a late open on most sites), then, if `button` is given and the menu
 * is still shown and is ours (or cannot say whose it is), a second click on it where the site toggles.
 */
async function closeMenu(
  site: MenuFlowSite,
  root: Document,
  button: HTMLElement | null,
  timeoutMs: number,
): Promise<void> {
  pressKey(root, 'Escape');
  const wait = Math.min(timeoutMs, CLOSE_WAIT_MS);
  const closed = await waitFor(root, hostOf(site, root), () => (site.openMenu(root) ? null : true), wait);
  if (closed.status === 'found' || !button || !site.closesOnSecondClick || !button.isConnected) return;
  if (expanded(button) === false) return;
  click(button);
  await waitFor(root, hostOf(site, root), () => (site.openMenu(root) ? null : true), wait);
}

/**
 * After a timeout or abort the menu may still come (the click was taken, the page is slow): watch a while longer and
 * close it if it opens for our button. Runs detached; bounded by `graceMs` (and the signal, when given).
 */
function closeLateMenu(
  site: MenuFlowSite,
  root: Document,
  button: HTMLElement,
  graceMs: number,
  timeoutMs: number,
  signal?: AbortSignal,
): void {
  const late = () => (site.openMenu(root) && expanded(button) !== false ? true : null);
  void waitFor(root, hostOf(site, root), late, graceMs, signal)
    .then((result) => (result.status === 'found' ? closeMenu(site, root, button, timeoutMs) : undefined))
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
 * The generic flow: the active item's "more" button → wait for the (possibly reused) menu → the first target
 * positively identified → click it. Any failure after the menu was opened closes it again and clicks nothing else.
 * Never advances the feed, never throws.
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
  let menuOpened = false;
  try {
    if (signal?.aborted) return fail('aborted');
    const videoId = active?.id;
    if (!active || !videoId) return fail('no-active-video');
    button = site.moreButton(active.element);
    if (!button) return fail('menu-not-found');

    // A menu already shown is reused only when our button says it is its own (e.g. TikTok's aria-expanded).
    // Another one is closed with Escape only (a click on our button could open ours and the next close it again);
    // if it stays, nothing is clicked: its items may belong to another video.
    const shown = filledMenu(site, root);
    const reuse = shown !== null && expanded(button) === true;
    if (shown && !reuse) {
      await closeMenu(site, root, null, timeoutMs);
      if (site.openMenu(root)) return fail('menu-not-found');
    }
    menuOpened = true;
    if (!reuse) {
      if (!click(button)) return fail('menu-not-found');
      const opened = await waitFor(root, hostOf(site, root), () => filledMenu(site, root), timeoutMs, signal);
      if (opened.status !== 'found') {
        await closeMenu(site, root, button, timeoutMs);
        // On abort the watch still runs (bounded by the grace): a menu for the old video must not stay open.
        const aborted = opened.status === 'aborted';
        closeLateMenu(site, root, button, graceMs, timeoutMs, aborted ? undefined : signal);
        return fail(aborted ? 'aborted' : 'timeout');
      }
    }

    const settle = Math.min(timeoutMs, ITEM_SETTLE_MS);
    const lookup = () => {
      const menu = filledMenu(site, root);
      return menu ? findMenuTarget(site, menu) : null;
    };
    const found = await waitFor(root, hostOf(site, root), lookup, settle, signal);
    if (found.status !== 'found') {
      await closeMenu(site, root, button, timeoutMs);
      return fail(found.status === 'aborted' ? 'aborted' : 'item-not-found');
    }
    if (!click(found.value.control)) {
      await closeMenu(site, root, button, timeoutMs);
      return fail('item-not-found');
    }
    const undo = undoWith(site, root);
    return { ok: true, videoId, item: found.value.item, ...(undo ? { undo } : {}) };
  } catch {
    if (menuOpened && button) await closeMenu(site, root, button, timeoutMs).catch(() => undefined);
    return fail('error');
  }
}

/** A flow for a site without any such action: answers at once and touches nothing. */
export async function unsupportedFlow(): Promise<NotInterestedResult> {
  return fail('unsupported');
}

/** Helper for site configs: the shown elements matching `selector`, last (newest layer) first. */
export function shownNewestFirst(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector)).filter(isShown).reverse();
}
