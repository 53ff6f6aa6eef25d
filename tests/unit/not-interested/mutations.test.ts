import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { NotInterestedResult, SiteNotInterested } from '../../../lib/not-interested/types';
import { facebookReelsAdapter } from '../../../lib/sites/facebook-reels/adapter';
import { facebookReelsNotInterested } from '../../../lib/sites/facebook-reels/not-interested';
import { instagramReelsAdapter } from '../../../lib/sites/instagram-reels/adapter';
import { instagramReelsNotInterested } from '../../../lib/sites/instagram-reels/not-interested';
import type { SiteAdapter } from '../../../lib/sites/site';
import { tiktokAdapter } from '../../../lib/sites/tiktok/adapter';
import { tiktokNotInterested } from '../../../lib/sites/tiktok/not-interested';
import type { SiteId } from '../../../lib/sites/types';
import { youtubeShortsAdapter } from '../../../lib/sites/youtube-shorts/adapter';
import { youtubeShortsNotInterested } from '../../../lib/sites/youtube-shorts/not-interested';
import { readSnapshots, type Snapshot } from '../../fixtures/snapshots';
import { MUTATION_CLASSES, type MutationClass, mutationsOf, type Scene } from './mutations';
import { captureMenu, type MenuSpec, SimulatedMenu } from './simulated-menu';

/**
 * Every site's real flow on mutated variants of its committed snapshots (tests/unit/not-interested/mutations.ts),
 * with the fixture's own menu markup opening on the page's own "More" (simulated-menu.ts). A variant passes when the
 * flow clicked the target row of the menu opened for the active video, or refused with nothing clicked but that
 * video's own "More" and the menu closed again. Any other click (the sidebar's "More", a neighbour's, a decoy's, a
 * row of their menus, any other element) fails it. The menu is the fixture's regular one on every snapshot (an ad's
 * menu, which has nothing to click, is the site tests' business): what varies here is the page around it.
 */

interface SiteCase {
  id: SiteId;
  /** Which layout: the mobile one's snapshots are `mobile-*`, browsed as a phone. */
  layout: 'desktop' | 'mobile';
  adapter: SiteAdapter;
  flows: SiteNotInterested;
  /** Test truth on the unmutated snapshot: the feed items, and each one's own "More" inside it. */
  items: string;
  more: string;
  /** Decoys go outside this. */
  feedRoot: string;
  /** The fixture's menu: which capture a snapshot uses (YouTube's legacy layout has its own menu). */
  menus: (snapshot: Snapshot) => MenuSpec;
  /**
   * The snapshots mutated, where a site has several of the same markup with another item active (parsing is most of
   * a variant's cost, and Instagram's and YouTube's pages are large): one per layout and feed position. Unset: all.
   */
  only?: readonly string[];
}

const TIKTOK_MENU: MenuSpec = {
  capture: {
    href: 'https://www.tiktok.com/foryou',
    open: '[data-scroll-index="0"] [data-e2e="more-menu-icon"]',
    menu: '.TUXPopover-popover',
  },
  mode: 'reused',
  place: '.TUXPopover-popover',
  rows: '[data-e2e^="more-menu-popover_"]',
  target: (row) => row.getAttribute('data-e2e') === 'more-menu-popover_not-interested',
  toggles: true,
};
const youtubeMenu = (layout: 'new' | 'legacy'): MenuSpec => ({
  capture: {
    href: `https://www.youtube.com/shorts/kJ3vQz8LpTw${layout === 'legacy' ? '?layout=legacy' : ''}`,
    open: `ytd-reel-video-renderer[is-active] ${layout === 'legacy' ? '#menu-button' : '#right-controls'} button`,
    menu: 'tp-yt-iron-dropdown',
  },
  mode: 'reused',
  place: 'tp-yt-iron-dropdown',
  rows: 'yt-list-item-view-model, ytd-menu-service-item-renderer',
  target: 'Not interested',
  toggles: true,
});
const YOUTUBE_MENUS = { new: youtubeMenu('new'), legacy: youtubeMenu('legacy') };
const INSTAGRAM_MENU: MenuSpec = {
  capture: {
    href: 'https://www.instagram.com/reels/',
    open: 'main [role="presentation"] svg[aria-label="More"]',
    menu: 'body > .xzkaem6 > div:last-child',
  },
  mode: 'created',
  place: 'body > .xzkaem6',
  rows: 'button',
  target: 'Not interested',
  toggles: false,
};
const FACEBOOK_MENU: MenuSpec = {
  capture: {
    href: 'https://www.facebook.com/reel/1020112310713480',
    open: '.fb-card:not([aria-hidden="true"]) [aria-label="More"]',
    menu: '.fb-menu-layer',
  },
  mode: 'created',
  place: '[data-layers]',
  rows: '[role="menuitem"]',
  target: 'Show less',
  toggles: true,
};

const YOUTUBE_MOBILE_MENU: MenuSpec = {
  capture: {
    href: 'https://m.youtube.com/shorts/mQ4vT8nLp2s',
    open: '.reel-player[data-index="0"] .reel-more',
    menu: 'bottom-sheet-container > .bottom-sheet-layout',
    phone: true,
  },
  mode: 'created',
  place: 'ytm-app > bottom-sheet-container',
  rows: 'ytm-menu-item',
  target: 'Not interested',
  toggles: true,
};
const INSTAGRAM_MOBILE_MENU: MenuSpec = {
  capture: {
    href: 'https://www.instagram.com/reels/',
    open: 'main [data-index="0"] svg[aria-label="More"]',
    menu: 'body > .xzkaem6',
    phone: true,
  },
  mode: 'created',
  place: 'body',
  rows: 'button',
  target: 'Not interested',
  toggles: false,
};
const FACEBOOK_MOBILE_MENU: MenuSpec = {
  capture: {
    href: 'https://m.facebook.com/reel/1020112310713480',
    open: '.reel-unit:not([hidden]) [aria-label="More"]',
    menu: 'body > .bottom-sheet-layer',
    phone: true,
  },
  mode: 'created',
  place: 'body',
  rows: '[role="button"]',
  // Each row is an icon glyph and its label.
  target: (row) => row.textContent?.endsWith('Show less') ?? false,
  toggles: true,
};

const CASES: SiteCase[] = [
  {
    id: 'tiktok',
    layout: 'desktop',
    adapter: tiktokAdapter,
    flows: tiktokNotInterested,
    items: '[data-e2e="recommend-list-item-container"]',
    more: '[data-e2e="more-menu-icon"]',
    feedRoot: 'main',
    menus: () => TIKTOK_MENU,
  },
  {
    id: 'youtube-shorts',
    layout: 'desktop',
    adapter: youtubeShortsAdapter,
    flows: youtubeShortsNotInterested,
    items: 'ytd-reel-video-renderer',
    more: 'button[aria-label="More actions"]',
    feedRoot: 'ytd-shorts',
    menus: (snapshot) => (snapshot.name.startsWith('legacy') ? YOUTUBE_MENUS.legacy : YOUTUBE_MENUS.new),
    // First short (two renderers hydrated), a middle one (three), an ad, the legacy layout.
    only: ['shorts-first', 'shorts-fourth', 'shorts-ad', 'legacy-third'],
  },
  {
    id: 'instagram-reels',
    layout: 'desktop',
    adapter: instagramReelsAdapter,
    flows: instagramReelsNotInterested,
    items: 'main div[role="presentation"]',
    more: 'svg[aria-label="More"]',
    feedRoot: 'main',
    menus: () => INSTAGRAM_MENU,
    // The top of the feed (two videos mounted), the middle (three), an ad.
    only: ['reels-first', 'reels-fourth', 'reels-ad'],
  },
  {
    id: 'facebook-reels',
    layout: 'desktop',
    adapter: facebookReelsAdapter,
    flows: facebookReelsNotInterested,
    items: '.fb-card',
    more: '[aria-label="More"]',
    feedRoot: '[role="main"]',
    menus: () => FACEBOOK_MENU,
  },
  // The mobile layouts with a menu (TikTok's and RedNote's have none).
  {
    id: 'youtube-shorts',
    layout: 'mobile',
    adapter: youtubeShortsAdapter,
    flows: youtubeShortsNotInterested,
    items: 'ytm-reel-player-renderer',
    more: 'button[aria-label="More actions"]',
    feedRoot: '#app',
    menus: () => YOUTUBE_MOBILE_MENU,
    only: ['mobile-shorts-first', 'mobile-shorts-third'],
  },
  {
    id: 'instagram-reels',
    layout: 'mobile',
    adapter: instagramReelsAdapter,
    flows: instagramReelsNotInterested,
    items: 'main > div > div',
    more: 'svg[aria-label="More"]',
    feedRoot: 'main',
    menus: () => INSTAGRAM_MOBILE_MENU,
    only: ['mobile-reels-first', 'mobile-reels-third'],
  },
  {
    id: 'facebook-reels',
    layout: 'mobile',
    adapter: facebookReelsAdapter,
    flows: facebookReelsNotInterested,
    items: '[data-tracking-duration-id]',
    more: '[aria-label="More"]',
    feedRoot: '.reels-viewer',
    menus: () => FACEBOOK_MOBILE_MENU,
    only: ['mobile-reel-third', 'mobile-reel-back'],
  },
];

/** Short steps: a refusal waits for nothing that will come. */
const OPTIONS = { stepTimeoutMs: 50, lateMenuGraceMs: 0 };

/** The snapshots whose active video has its own "More" (TikTok's single-video player has none). */
function snapshotsOf(site: SiteCase): Snapshot[] {
  return readSnapshots(site.id).filter((snapshot) => {
    if (snapshot.name.startsWith('mobile-') !== (site.layout === 'mobile')) return false;
    if (snapshot.activeVideoId === null || (site.only && !site.only.includes(snapshot.name))) return false;
    const { doc } = parse(snapshot);
    const active = site.adapter.activeItem(new URL(snapshot.url), doc);
    return active?.video != null && active.element.querySelector(site.more) !== null;
  });
}

/** The inert parts no flow reads (templates, scripts, comments) are left out: parsing is most of a variant's cost. */
const INERT = /<template\b[\s\S]*?<\/template>|<script\b[\s\S]*?<\/script>|<!--[\s\S]*?-->/g;
const pages = new Map<Snapshot, string>();

function parse(snapshot: Snapshot) {
  let html = pages.get(snapshot);
  if (html === undefined) {
    html = snapshot.html.replace(INERT, '');
    pages.set(snapshot, html);
  }
  return { doc: new DOMParser().parseFromString(html, 'text/html') };
}

const controlOf = (element: Element) => element.closest('button, [role="button"]') ?? element;

interface Truth {
  doc: Document;
  video: HTMLVideoElement;
  item: Element;
  /** Every "More" of the page, by whose it is: 'item:<index>' or 'page:<index>' (the sidebar's). */
  owners: Map<Element, string>;
  activeOwner: string;
  mores: Element[];
}

/** The unmutated snapshot and the truth about its "More" controls, read with the fixture's own structure. */
function truthOf(site: SiteCase, snapshot: Snapshot): Truth {
  const { doc } = parse(snapshot);
  const active = site.adapter.activeItem(new URL(snapshot.url), doc);
  if (!active?.video) throw new Error(`${site.id}/${snapshot.name}: no active video`);
  const items = Array.from(doc.querySelectorAll(site.items));
  const owners = new Map<Element, string>();
  items.forEach((item, index) => {
    for (const more of item.querySelectorAll(site.more)) owners.set(controlOf(more), `item:${index}`);
  });
  let page = 0;
  for (const more of doc.querySelectorAll(site.more)) {
    const control = controlOf(more);
    if (!owners.has(control)) owners.set(control, `page:${page++}`);
  }
  const video = active.video;
  const activeOwner = `item:${items.findIndex((item) => item.contains(video))}`;
  const mores = [...owners].filter(([, owner]) => owner === activeOwner).map(([control]) => control);
  if (mores.length === 0) throw new Error(`${site.id}/${snapshot.name}: the active item has no "More"`);
  return { doc, video, item: active.element, owners, activeOwner, mores };
}

/** A fresh scene of `snapshot`, with the fixture's menu (its captured markup) ready to open. */
function sceneOf(site: SiteCase, snapshot: Snapshot, menuHtml: string): Scene & { activeOwner: string } {
  const truth = truthOf(site, snapshot);
  const feedRoot = truth.doc.querySelector(site.feedRoot);
  if (!feedRoot) throw new Error(`${site.id}/${snapshot.name}: no ${site.feedRoot}`);
  const menu = new SimulatedMenu(truth.doc, site.menus(snapshot), menuHtml, truth.owners);
  return { ...truth, feedRoot, menu };
}

type Outcome = { kind: 'clicked' } | { kind: 'refused'; reason: string } | { kind: 'wrong'; why: string };

function judge(result: NotInterestedResult, scene: Scene & { activeOwner: string }, activeId: string | null): Outcome {
  const { clicks } = scene.menu;
  const describe = (element: Element) => `<${element.localName}> ${element.outerHTML.slice(0, 120)}`;
  for (const click of clicks) {
    if (click.kind === 'other') return { kind: 'wrong', why: `clicked ${describe(click.element)}` };
    if (click.owner !== scene.activeOwner) return { kind: 'wrong', why: `clicked ${click.kind} of ${click.owner}` };
  }
  const rows = clicks.filter((click) => click.kind === 'row');
  if (scene.menu.isOpen()) return { kind: 'wrong', why: `left the menu open (${JSON.stringify(result)})` };
  if (result.ok) {
    const right = rows.length === 1 && rows[0]?.kind === 'row' && rows[0].row === scene.menu.target;
    if (!right) return { kind: 'wrong', why: `ok, but clicked rows: ${rows.length}` };
    if (result.videoId !== activeId) return { kind: 'wrong', why: `ok for ${result.videoId}, active ${activeId}` };
    return { kind: 'clicked' };
  }
  if (rows.length > 0) return { kind: 'wrong', why: `refused (${result.reason}) after clicking a row` };
  return { kind: 'refused', reason: result.reason };
}

/** Classes whose variants keep everything the flow relies on: each must click, not merely refuse. */
const MUST_CLICK = new Set<MutationClass>([
  'baseline',
  'wrap-player',
  'rename-classes',
  'describe-rows',
  'portal-menu',
  'second-more',
  'reorder-controls',
]);

type Tally = Record<MutationClass, { produced: number; clicked: number; refused: number }>;
const tallies = new Map<string, Tally>();

for (const site of CASES) {
  const snapshots = snapshotsOf(site);
  const variants = snapshots.flatMap((snapshot) =>
    mutationsOf(truthOf(site, snapshot)).map(
      (mutation) => [`${snapshot.name} · ${mutation.name}`, snapshot, mutation.name, mutation.kind] as const,
    ),
  );
  const tally = Object.fromEntries(
    MUTATION_CLASSES.map((kind) => [kind, { produced: 0, clicked: 0, refused: 0 }]),
  ) as Tally;
  const label = site.layout === 'mobile' ? `${site.id} (mobile)` : site.id;
  tallies.set(label, tally);

  describe(`${label}: ${variants.length} variants of ${snapshots.length} snapshots`, () => {
    const html = new Map<MenuSpec, string>();
    beforeAll(async () => {
      for (const snapshot of snapshots) {
        const spec = site.menus(snapshot);
        if (!html.has(spec)) html.set(spec, await captureMenu(site.id, spec));
      }
    });

    test.each(variants)('%s', async (_name, snapshot, mutationName, kind) => {
      const scene = sceneOf(site, snapshot, html.get(site.menus(snapshot)) as string);
      const mutation = mutationsOf(scene).find((candidate) => candidate.name === mutationName);
      if (!mutation) throw new Error(`${mutationName} no longer applies`);
      mutation.apply(scene);
      const url = new URL(snapshot.url);
      const item = site.adapter.activeItem(url, scene.doc);
      const result = await site.flows.notInterested(scene.doc, item, OPTIONS);
      const outcome = judge(result, scene, item?.id ?? null);
      // happy-dom holds a parsed document until its next macrotask: let it go before the next variant.
      await new Promise((resolve) => setTimeout(resolve, 0));
      tally[kind].produced += 1;
      if (outcome.kind === 'clicked') tally[kind].clicked += 1;
      if (outcome.kind === 'refused') tally[kind].refused += 1;
      expect(outcome.kind === 'wrong' ? outcome.why : 'survived').toBe('survived');
      if (MUST_CLICK.has(kind)) expect(outcome).toEqual({ kind: 'clicked' });
      if (kind === 'no-own-more') expect(outcome.kind).toBe('refused');
    });
  });
}

afterAll(() => {
  for (const [id, tally] of tallies) {
    const parts = MUTATION_CLASSES.filter((kind) => tally[kind].produced > 0).map(
      (kind) => `${kind} ${tally[kind].produced} (${tally[kind].clicked} clicked, ${tally[kind].refused} refused)`,
    );
    const sum = (key: 'produced' | 'clicked' | 'refused') =>
      Object.values(tally).reduce((total, entry) => total + entry[key], 0);
    if (sum('produced') === 0) continue;
    console.info(
      `mutations ${id}: ${sum('produced')} variants, ${sum('clicked')} clicked right, ${sum('refused')} refused — ${parts.join('; ')}`,
    );
  }
});
