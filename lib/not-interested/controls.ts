import type { FeedItem } from '../sites/site';
import { clickableOf, isShown } from './dom';
import { type LabelTable, matchesAnyLabel, normaliseLabel } from './labels';

/**
 * Finds an item's own control (its "More") by structure, not by one ancestor selector: sites rename classes and move
 * wrappers every few weeks, but the control stays near the video it belongs to. From the item's <video>, the walk
 * goes up one ancestor at a time while the ancestor holds no other feed video and no other feed item, never above
 * the feed's root; the control is told by the evidence below, and among candidates the one in the smallest ancestor,
 * then the nearest to the video, wins. Nothing outside that region is ever returned (the sidebar's "More", another
 * item's "More").
 */
export interface ControlEvidence {
  /** Site hooks naming the control itself (e.g. TikTok's `[data-e2e="more-menu-icon"]`): the strongest evidence. */
  hooks?: readonly string[];
  /** The control's accessible name: its aria-label, title, or its icon's aria-label or <title>; else its text. */
  labels: LabelTable;
  /**
   * Weakest: accept a control that says it opens a menu (`aria-haspopup`) and has no name at all (or only "…"),
   * when it is the only such control in the region.
   */
  popup?: boolean;
  /** The site's feed items: an ancestor that holds another one belongs to more than this item, and ends the walk. */
  items?: string;
  /** The feed's root: the walk never goes above it. Without one it stops below <body>. */
  scope?: Element | null;
}

const CONTROL = 'button, [role="button"], [aria-haspopup]:not([aria-haspopup="false"])';
const POPUP_KINDS = new Set(['true', 'menu', 'dialog', 'listbox']);
/** A name that says nothing but "more": the dots of an icon button. */
const DOTS = /^[.…⋯⋮·•∙\s]+$/u;

/** Where the walk starts: the item's video, unless the site has it outside the item for now (mid-swipe). */
function anchorOf(item: FeedItem): Element {
  return item.video && item.element.contains(item.video) ? item.video : item.element;
}

/** The ancestors of the item's video the walk may look in, smallest first. */
function regionOf(item: FeedItem, evidence: ControlEvidence): Element[] {
  const { element } = item;
  const anchor = anchorOf(item);
  const root = element.ownerDocument;
  const levels: Element[] = [];
  for (let node = anchor === element ? element : anchor.parentElement; node; node = node.parentElement) {
    if (node === root.body || node === root.documentElement) break;
    if (evidence.scope && !evidence.scope.contains(node)) break;
    // The adapter's item holds its own controls and no other item's video; above it, the walk checks.
    if (!element.contains(node) && holdsAnotherItem(node, item, evidence.items)) break;
    levels.push(node);
    if (node === evidence.scope) break;
  }
  return levels;
}

function holdsAnotherItem(node: Element, item: FeedItem, items: string | undefined): boolean {
  const ours = (other: Element) => other === item.video || item.element.contains(other) || other.contains(item.element);
  for (const video of node.querySelectorAll('video')) if (!ours(video)) return true;
  if (items) for (const other of node.querySelectorAll(items)) if (!ours(other)) return true;
  return false;
}

/** The names a control goes by for a screen reader: its own labels, and those of the icon inside it. */
export function iconNames(control: Element): string[] {
  const names = [control.getAttribute('aria-label'), control.getAttribute('title')];
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    for (const id of labelledBy.split(/\s+/)) names.push(control.ownerDocument.getElementById(id)?.textContent ?? null);
  }
  for (const icon of control.querySelectorAll('svg, img, [role="img"]')) {
    names.push(icon.getAttribute('aria-label'), icon.getAttribute('alt'));
    for (const title of icon.querySelectorAll('title')) names.push(title.textContent);
  }
  return names.filter((name): name is string => normaliseLabel(name).length > 0);
}

interface Candidate {
  control: HTMLElement;
  /** Index in the region's levels of the smallest ancestor holding it. */
  level: number;
  popup: boolean;
}

type Tier = 'hook' | 'name' | 'text' | 'popup';

function isEnabled(control: Element): boolean {
  return control.getAttribute('aria-disabled') !== 'true' && !(control as Partial<HTMLButtonElement>).disabled;
}

function opensPopup(control: Element): boolean {
  return POPUP_KINDS.has(control.getAttribute('aria-haspopup') ?? '');
}

function matchesTier(control: Element, tier: Tier, evidence: ControlEvidence): boolean {
  switch (tier) {
    case 'name':
      return matchesAnyLabel(iconNames(control), evidence.labels);
    case 'text':
      return matchesAnyLabel([control.textContent], evidence.labels);
    case 'popup': {
      if (!evidence.popup || !opensPopup(control)) return false;
      const names = [...iconNames(control), control.textContent ?? ''].map(normaliseLabel).filter(Boolean);
      return names.every((name) => DOTS.test(name));
    }
    default:
      return false;
  }
}

/** Every control of the region with `tier`'s evidence, each with the smallest level holding it. */
function candidates(levels: Element[], tier: Tier, evidence: ControlEvidence): Candidate[] {
  const region = levels.at(-1);
  if (!region) return [];
  const found = new Set<HTMLElement>();
  if (tier === 'hook') {
    for (const hook of evidence.hooks ?? []) {
      for (const match of region.querySelectorAll(hook)) {
        const control = clickableOf(match);
        if (control && region.contains(control)) found.add(control);
      }
    }
  } else {
    for (const control of region.querySelectorAll<HTMLElement>(CONTROL)) {
      if (matchesTier(control, tier, evidence)) found.add(control);
    }
  }
  // A control inside another one is the one to press (a labelled wrapper around the real button).
  const innermost = [...found].filter(
    (control) => ![...found].some((other) => other !== control && control.contains(other)),
  );
  return innermost
    .filter((control) => isShown(control) && isEnabled(control))
    .map((control) => ({
      control,
      level: levels.findIndex((level) => level.contains(control)),
      popup: opensPopup(control),
    }));
}

function depth(node: Node): number {
  let count = 0;
  for (let parent = node.parentNode; parent; parent = parent.parentNode) count += 1;
  return count;
}

/** Steps through the tree from `a` to `b` (up to their common ancestor and down). */
function treeDistance(a: Node, b: Node): number {
  const ancestors = new Set<Node>();
  for (let node: Node | null = a; node; node = node.parentNode) ancestors.add(node);
  let common: Node | null = b;
  while (common && !ancestors.has(common)) common = common.parentNode;
  if (!common) return Number.POSITIVE_INFINITY;
  return depth(a) + depth(b) - 2 * depth(common);
}

function box(element: Element): DOMRect | null {
  try {
    const rect = element.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0 ? rect : null;
  } catch {
    return null;
  }
}

/** The gap between two boxes (0 when they touch or overlap). */
function gap(a: DOMRect, b: DOMRect): number {
  const dx = Math.max(0, a.left - b.right, b.left - a.right);
  const dy = Math.max(0, a.top - b.bottom, b.top - a.bottom);
  return Math.hypot(dx, dy);
}

/** The nearest to `anchor`: on screen where the page has layout, else through the tree; ties go to document order. */
function nearest(anchor: Element, controls: HTMLElement[]): HTMLElement | null {
  const anchorBox = box(anchor);
  const boxes = controls.map(box);
  const geometry = anchorBox !== null && boxes.every((candidate) => candidate !== null);
  let best: HTMLElement | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  controls.forEach((control, index) => {
    const controlBox = boxes[index];
    const distance = geometry && anchorBox && controlBox ? gap(anchorBox, controlBox) : treeDistance(anchor, control);
    if (distance < bestDistance) {
      best = control;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * The item's control: site hooks first, then a matching icon name, then matching visible text, then (if allowed) the
 * region's only unnamed popup control. Within the strongest evidence found: the smallest ancestor, then a control
 * that opens a popup, then the nearest to the video. Null when nothing in the region is positively identified.
 */
export function findItemControl(item: FeedItem, evidence: ControlEvidence): HTMLElement | null {
  try {
    const levels = regionOf(item, evidence);
    const anchor = anchorOf(item);
    for (const tier of ['hook', 'name', 'text', 'popup'] as const) {
      const found = candidates(levels, tier, evidence);
      if (found.length === 0) continue;
      if (tier === 'popup') return found.length === 1 ? (found[0]?.control ?? null) : null;
      const smallest = Math.min(...found.map((candidate) => candidate.level));
      const inSmallest = found.filter((candidate) => candidate.level === smallest);
      const popups = inSmallest.filter((candidate) => candidate.popup);
      return nearest(
        anchor,
        (popups.length > 0 ? popups : inSmallest).map((candidate) => candidate.control),
      );
    }
    return null;
  } catch {
    return null;
  }
}
