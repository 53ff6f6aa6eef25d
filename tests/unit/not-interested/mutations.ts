import type { SimulatedMenu } from './simulated-menu';

/**
 * Variants of a committed snapshot, derived mechanically from its structure: the markup changes sites make every
 * few weeks (wrappers added or removed, the action bar moved, classes renamed, menu rows given a description, the
 * menu in a portal, a second "More" elsewhere, controls reordered), applied to the page and to its menu. Each
 * mutation is named by its class and where it applied, so the same snapshot always yields the same list.
 */

/** What a variant is built on: the parsed snapshot, its active item as the adapter first found it, and its menu. */
export interface Scene {
  doc: Document;
  /** The active item's <video> and element before any change (identities: they move with the mutations). */
  video: HTMLVideoElement;
  item: Element;
  /** The active item's own "More" controls. */
  mores: Element[];
  /** The feed's root element (decoys go outside it). */
  feedRoot: Element;
  menu: SimulatedMenu;
}

export const MUTATION_CLASSES = [
  'baseline',
  'wrap-player',
  'unwrap-player',
  'move-action-bar',
  'rename-classes',
  'describe-rows',
  'portal-menu',
  'second-more',
  'reorder-controls',
  'unnamed-more',
  'no-own-more',
] as const;
export type MutationClass = (typeof MUTATION_CLASSES)[number];

export interface Mutation {
  kind: MutationClass;
  /** Unique within a snapshot, e.g. "move-action-bar: after level 2". */
  name: string;
  apply(scene: Scene): void;
}

/** What the list of mutations depends on (the menu and page are only needed to apply them). */
type Shape = Pick<Scene, 'video' | 'item' | 'mores'>;

/** The video's ancestors up to and including the item's element, nearest first. */
function playerChain(scene: Shape): Element[] {
  const chain: Element[] = [];
  for (let node = scene.video.parentElement; node; node = node.parentElement) {
    chain.push(node);
    if (node === scene.item) break;
  }
  return chain;
}

/** The "action bar": the largest ancestor of the active "More" that does not hold the video. */
function actionBar(scene: Shape): Element | null {
  const more = scene.mores[0];
  if (!more) return null;
  let bar: Element = more;
  while (bar.parentElement && !bar.parentElement.contains(scene.video)) bar = bar.parentElement;
  return bar.parentElement ? bar : null;
}

function div(doc: Document, text?: string): HTMLElement {
  const element = doc.createElement('div');
  if (text) element.textContent = text;
  return element;
}

function wrap(node: Element): Element {
  const wrapper = div(node.ownerDocument);
  node.replaceWith(wrapper);
  wrapper.append(node);
  return wrapper;
}

/** A class name as a deploy would hash it: deterministic, unrelated to the original. */
function hashed(name: string): string {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ (char.codePointAt(0) ?? 0), 16777619);
  return `x${(hash >>> 0).toString(36)}`;
}

function renameClasses(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('[class]'))]) {
    const names = element.getAttribute('class');
    if (names === null) continue;
    element.setAttribute('class', names.split(/\s+/).filter(Boolean).map(hashed).join(' '));
  }
}

/** The element holding a row's visible title (the deepest one whose text is the row's whole text). */
function titleOf(row: Element): Element {
  const text = row.textContent?.trim() ?? '';
  let holder = row;
  for (;;) {
    const child = Array.from(holder.children).find((candidate) => candidate.textContent?.trim() === text);
    if (!child) return holder;
    holder = child;
  }
}

const DESCRIPTION = 'You’ll see fewer videos like this one in your feed';

/** Adds a description line to every row of the menu, laid out by `place`. */
function describeRows(scene: Scene, place: (title: Element, line: Element) => void): void {
  for (const row of scene.menu.rows) {
    const line = scene.doc.createElement('span');
    line.textContent = DESCRIPTION;
    place(titleOf(row), line);
  }
}

function reverseChildren(element: Element): void {
  element.append(...Array.from(element.children).reverse());
}

/** A copy of the active "More" (same hooks and labels), registered as a decoy that opens a menu of its own. */
function decoy(scene: Scene, name: string): Element {
  const original = scene.mores[0] as Element;
  const copy = original.cloneNode(true) as Element;
  scene.menu.owners.set(copy, `decoy:${name}`);
  return copy;
}

/** Every mutation that applies to this scene's structure. */
export function mutationsOf(scene: Shape): Mutation[] {
  const chain = playerChain(scene);
  const levels = [scene.video, ...chain];
  const inner = chain.filter((node) => node !== scene.item);
  const list: Mutation[] = [{ kind: 'baseline', name: 'baseline: the snapshot as committed', apply: () => {} }];

  levels.forEach((_node, level) => {
    list.push({
      kind: 'wrap-player',
      name: `wrap-player: a wrapper around level ${level}${level === levels.length - 1 ? ' (the item)' : ''}`,
      apply: (s) => void wrap([s.video, ...playerChain(s)][level] as Element),
    });
  });
  inner.forEach((_node, index) => {
    list.push({
      kind: 'unwrap-player',
      name: `unwrap-player: level ${index + 1} replaced by its children`,
      apply: (s) => {
        const node = playerChain(s)[index] as Element;
        node.replaceWith(...Array.from(node.childNodes));
      },
    });
  });

  if (actionBar(scene)) {
    levels.forEach((_node, level) => {
      list.push({
        kind: 'move-action-bar',
        name: `move-action-bar: after level ${level}${level === levels.length - 1 ? ' (out of the item)' : ''}`,
        apply: (s) => [s.video, ...playerChain(s)][level]?.after(actionBar(s) as Element),
      });
    });
    list.push({
      kind: 'move-action-bar',
      name: 'move-action-bar: before the item (out of it)',
      apply: (s) => s.item.before(actionBar(s) as Element),
    });
    list.push({
      kind: 'move-action-bar',
      name: 'move-action-bar: beside the item, both in a new wrapper',
      apply: (s) => {
        const bar = actionBar(s) as Element;
        wrap(s.item).append(bar);
      },
    });
  }

  list.push(
    {
      kind: 'rename-classes',
      name: 'rename-classes: every class hashed, page and menu',
      apply: (s) => {
        renameClasses(s.doc.documentElement);
        renameClasses(s.menu.template);
      },
    },
    {
      kind: 'rename-classes',
      name: 'rename-classes: every class removed, page and menu',
      apply: (s) => {
        const template = s.menu.template;
        for (const element of [
          template,
          ...template.querySelectorAll('[class]'),
          ...s.doc.querySelectorAll('[class]'),
        ]) {
          element.removeAttribute('class');
        }
      },
    },
    {
      kind: 'describe-rows',
      name: 'describe-rows: a line after each title',
      apply: (s) =>
        describeRows(s, (title, line) => (title === titleRow(s, title) ? title.append(line) : title.after(line))),
    },
    {
      kind: 'describe-rows',
      name: 'describe-rows: a block under each title',
      apply: (s) =>
        describeRows(s, (title, line) => {
          const block = div(s.doc, line.textContent ?? '');
          if (title === titleRow(s, title)) title.append(block);
          else title.parentElement?.append(block);
        }),
    },
    {
      kind: 'describe-rows',
      name: 'describe-rows: title and description in one block',
      apply: (s) =>
        describeRows(s, (title, line) => {
          const heading = s.doc.createElement('span');
          heading.textContent = title.textContent?.trim() ?? '';
          const block = div(s.doc);
          block.append(heading, line);
          title.replaceChildren(block);
        }),
    },
    {
      kind: 'describe-rows',
      name: 'describe-rows: a full stop after each title, then a line',
      apply: (s) =>
        describeRows(s, (title, line) => {
          title.append('.');
          if (title === titleRow(s, title)) title.append(line);
          else title.after(line);
        }),
    },
    {
      kind: 'portal-menu',
      name: 'portal-menu: created in a portal at the end of <body>',
      apply: (s) => {
        const portal = div(s.doc);
        s.doc.body.append(portal);
        s.menu.renderInto(portal);
      },
    },
    {
      kind: 'portal-menu',
      name: 'portal-menu: created in a portal at the start of <body>',
      apply: (s) => {
        const portal = div(s.doc);
        s.doc.body.prepend(portal);
        s.menu.renderInto(portal);
      },
    },
    {
      kind: 'portal-menu',
      name: 'portal-menu: created right beside the "More"',
      apply: (s) => {
        const portal = div(s.doc);
        (s.mores[0] as Element).after(portal);
        s.menu.renderInto(portal);
      },
    },
    {
      kind: 'second-more',
      name: 'second-more: a copy of the "More" just before the feed',
      apply: (s) => s.feedRoot.before(decoy(s, 'before-feed')),
    },
    {
      kind: 'second-more',
      name: 'second-more: a copy of the "More" just after the feed',
      apply: (s) => s.feedRoot.after(decoy(s, 'after-feed')),
    },
    {
      kind: 'second-more',
      name: 'second-more: a copy of the "More" at the end of <body>',
      apply: (s) => s.doc.body.append(decoy(s, 'end-of-body')),
    },
    {
      kind: 'second-more',
      name: 'second-more: a plain [role=button] "More" menu button first in <body>',
      apply: (s) => {
        const button = div(s.doc, '⋯');
        button.setAttribute('role', 'button');
        button.setAttribute('aria-label', 'More');
        button.setAttribute('aria-haspopup', 'menu');
        s.menu.owners.set(button, 'decoy:start-of-body');
        s.doc.body.prepend(button);
      },
    },
  );

  if (actionBar(scene)) {
    list.push(
      {
        kind: 'reorder-controls',
        name: 'reorder-controls: the action bar’s controls reversed',
        apply: (s) => reverseChildren(actionBar(s) as Element),
      },
      {
        kind: 'reorder-controls',
        name: 'reorder-controls: the "More" first in its bar',
        apply: (s) => {
          const bar = actionBar(s) as Element;
          let group = s.mores[0] as Element;
          while (group.parentElement && group.parentElement !== bar) group = group.parentElement;
          if (group !== bar) bar.prepend(group);
        },
      },
      {
        kind: 'reorder-controls',
        name: 'reorder-controls: every group in the item reversed',
        apply: (s) => {
          for (const element of [s.item, ...s.item.querySelectorAll('*')]) {
            if (element.children.length > 1) reverseChildren(element);
          }
        },
      },
    );
  }
  list.push(
    {
      kind: 'reorder-controls',
      name: 'reorder-controls: the menu’s rows reversed',
      apply: (s) => {
        for (const parent of new Set(s.menu.rows.map((row) => row.parentElement))) {
          if (parent) reverseChildren(parent);
        }
      },
    },
    {
      kind: 'unnamed-more',
      name: 'unnamed-more: the "More" has no aria-label, title or icon name',
      apply: (s) => {
        for (const more of s.mores) {
          for (const element of [more, ...more.querySelectorAll('*')]) {
            for (const name of ['aria-label', 'title', 'aria-labelledby']) element.removeAttribute(name);
          }
          for (const title of more.querySelectorAll('title')) title.remove();
        }
      },
    },
    {
      kind: 'no-own-more',
      name: 'no-own-more: the active item’s "More" removed (neighbours and the page keep theirs)',
      apply: (s) => {
        for (const more of s.mores) more.remove();
      },
    },
  );
  return list;
}

/** The row a title belongs to, if the title is the row itself (a bare text button). */
function titleRow(scene: Scene, title: Element): Element | undefined {
  return scene.menu.rows.find((row) => row === title);
}
