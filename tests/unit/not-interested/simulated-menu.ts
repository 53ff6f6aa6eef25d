import { normaliseLabel } from '../../../lib/not-interested/labels';
import type { SiteId } from '../../../lib/sites/types';
import { openFixturePage } from './fixture-page';

/**
 * A site's "More" menu on a static snapshot, where the fixture's own script does not run: the markup is the one the
 * live fixture renders (captured once from the fixture page in happy-dom, the same page the other tests drive), and
 * it opens, closes and takes clicks the way the fixture does — a reused host that un-hides (TikTok, YouTube) or a
 * layer created at the end of <body> and removed again (Instagram, Facebook). Every click in the document is
 * recorded, so a test can tell a right click from a wrong one.
 */
export interface MenuSpec {
  /**
   * The live fixture page to capture the menu from (as a phone: its mobile layout); the active item's "More" there;
   * the open menu's root there.
   */
  capture: { href: string; open: string; menu: string; phone?: boolean };
  /** 'reused': `place` is the host already in the page; 'created': `place` is the layer the menu is appended to. */
  mode: 'reused' | 'created';
  place: string;
  /** The menu's rows (in the captured markup). */
  rows: string;
  /** The row the flow must click: "Not interested" or the site's closest equivalent. */
  target: string | ((row: Element) => boolean);
  /** A second click on a "More" while the menu is open closes it (false: a modal dialog ignores it). */
  toggles: boolean;
}

/** The captured markup of each spec's open menu, by spec. */
const captured = new Map<MenuSpec, string>();

export async function captureMenu(siteId: SiteId, spec: MenuSpec): Promise<string> {
  const known = captured.get(spec);
  if (known) return known;
  const page = await openFixturePage(siteId, spec.capture.href, { phone: spec.capture.phone ?? false });
  try {
    const more = page.document.querySelector(spec.capture.open);
    const control = more?.closest<HTMLElement>('button, [role="button"]') ?? (more as HTMLElement | null);
    if (!control) throw new Error(`${siteId}: no "More" at ${spec.capture.open}`);
    control.click();
    const start = Date.now();
    let menu: Element | null = null;
    while (!menu && Date.now() - start < 2000) {
      menu = page.document.querySelector(spec.capture.menu);
      if (!menu || menu.querySelectorAll(spec.rows).length === 0) menu = null;
      if (!menu) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (!menu) throw new Error(`${siteId}: the fixture's menu did not open (${spec.capture.menu})`);
    const html = menu.outerHTML;
    captured.set(spec, html);
    return html;
  } finally {
    await page.close();
  }
}

export type Click =
  | { kind: 'more'; owner: string }
  | { kind: 'row'; owner: string; row: Element }
  | { kind: 'other'; element: Element };

export class SimulatedMenu {
  /** Every click in the document, in order. */
  readonly clicks: Click[] = [];
  /** The menu's outermost element (the reused host's open state, or the created layer). */
  readonly template: Element;
  readonly rows: Element[];
  readonly target: Element;
  private mode: MenuSpec['mode'];
  private place: Element;
  private openFor: { owner: string; control: Element } | null = null;
  private closedAttributes: [string, string][] | null = null;
  private filled = false;

  /**
   * @param owners Every "More" control the page has, by whose it is ('item:2', 'page:0', 'decoy:…'): a click on
   * one opens the menu for that owner. Controls added later (decoys) are registered in the same map.
   */
  constructor(
    readonly doc: Document,
    readonly spec: MenuSpec,
    html: string,
    readonly owners: Map<Element, string>,
  ) {
    const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
    this.template = doc.importNode(parsed.body.firstElementChild as Element, true);
    this.rows = Array.from(this.template.querySelectorAll(spec.rows));
    const isTarget =
      typeof spec.target === 'string'
        ? (row: Element) => normaliseLabel(row.textContent) === normaliseLabel(spec.target as string)
        : spec.target;
    const target = this.rows.find(isTarget);
    if (!target) throw new Error('the captured menu has no target row');
    this.target = target;
    this.mode = spec.mode;
    const place = doc.querySelector(spec.place);
    if (!place) throw new Error(`no ${spec.place} in the page`);
    this.place = place;
    doc.addEventListener('click', (event) => this.onClick(event), true);
    doc.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape') this.close();
    });
  }

  /** The menu is rendered in `layer` instead (created there on open and removed on close): a portal. */
  renderInto(layer: Element): void {
    this.mode = 'created';
    this.place = layer;
  }

  isOpen(): boolean {
    return this.openFor !== null;
  }

  /** Who the menu is open for now, if it is. */
  owner(): string | null {
    return this.openFor?.owner ?? null;
  }

  /** Where the rows are while open: the reused host (its rows moved in on the first open), or the created layer. */
  private menuRoot(): Element {
    return this.mode === 'reused' ? this.place : this.template;
  }

  private onClick(event: Event): void {
    const element = event.target as Element;
    const open = this.openFor;
    if (open && this.menuRoot().contains(element)) {
      const row = this.rows.find((candidate) => candidate.contains(element));
      if (row) {
        this.clicks.push({ kind: 'row', owner: open.owner, row });
        this.close();
        return;
      }
    }
    for (const [control, owner] of this.owners) {
      if (control === element || control.contains(element)) {
        this.clicks.push({ kind: 'more', owner });
        this.toggle(owner, control);
        return;
      }
    }
    this.clicks.push({ kind: 'other', element });
  }

  private toggle(owner: string, control: Element): void {
    if (this.openFor) {
      if (!this.spec.toggles) return;
      const same = this.openFor.control === control;
      this.close();
      if (same) return;
    }
    this.open(owner, control);
  }

  private open(owner: string, control: Element): void {
    if (this.mode === 'reused') {
      this.closedAttributes = Array.from(this.place.attributes, (attribute) => [attribute.name, attribute.value]);
      setAttributes(
        this.place,
        Array.from(this.template.attributes, (attribute) => [attribute.name, attribute.value]),
      );
      if (!this.filled) this.place.replaceChildren(...Array.from(this.template.childNodes));
      this.filled = true;
    } else {
      this.place.append(this.template);
    }
    if (control.hasAttribute('aria-expanded')) control.setAttribute('aria-expanded', 'true');
    this.openFor = { owner, control };
  }

  close(): void {
    const open = this.openFor;
    if (!open) return;
    if (this.mode === 'reused') setAttributes(this.place, this.closedAttributes ?? []);
    else this.template.remove();
    if (open.control.hasAttribute('aria-expanded')) open.control.setAttribute('aria-expanded', 'false');
    this.openFor = null;
  }
}

function setAttributes(element: Element, attributes: [string, string][]): void {
  for (const name of element.getAttributeNames()) element.removeAttribute(name);
  for (const [name, value] of attributes) element.setAttribute(name, value);
}
