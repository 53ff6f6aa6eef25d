import { nearestToViewportCentre, queryAll } from '../dom';
import type { FeedItem, SiteAdapter } from '../site';
import { selectors as S } from './selectors';
import { youtubeShortsUrls } from './urls';

const SHORT_PATH = /^\/shorts\/([A-Za-z0-9_-]{11})(?:\/|$)/;
/** A thumbnail URL: i.ytimg.com/vi/<id>/… (or vi_webp). */
const THUMBNAIL_ID = /\/vi(?:_webp)?\/([A-Za-z0-9_-]{11})\//;

/**
 * The active short's renderer: YouTube's own `is-active` marker, the same in both layouts. Only on a Shorts URL:
 * after leaving Shorts, `ytd-shorts` stays in the DOM (hidden) with `is-active` still on the last short.
 */
function activeRenderer(url: URL, root: ParentNode): Element | null {
  if (!youtubeShortsUrls.isFeedUrl(url)) return null;
  return root.querySelector(`${S.shorts} ${S.activeRenderer}`);
}

/** The video id shown by a thumbnail's background-image, if any. */
function idFromThumbnail(element: Element | null | undefined): string | null {
  const style = element?.getAttribute('style') ?? '';
  return THUMBNAIL_ID.exec(style)?.[1] ?? null;
}

/** The largest ancestor of `start` that holds at most one short's action bar (the short's own card). */
function shortAround(start: Element): Element {
  let card = start;
  while (card.parentElement && card.parentElement.tagName !== 'BODY') {
    if (card.parentElement.querySelectorAll(S.actionBar).length > 1) break;
    card = card.parentElement;
  }
  return card;
}

/**
 * Mobile (m.youtube.com): the short holding the one reused `#movie_player`; mid-swipe, when the player sits in no
 * short, the short across the middle of the screen. The id is the URL's: the site pushes /shorts/<id> for each.
 */
function mobileItem(url: URL, root: ParentNode): FeedItem | null {
  if (!youtubeShortsUrls.isFeedUrl(url)) return null;
  const app = root.querySelector(S.mobileApp);
  if (!app) return null;
  const player = root.querySelector(S.mobilePlayer);
  const video = player?.querySelector<HTMLVideoElement>(S.video) ?? null;
  let element = player ? shortAround(player) : null;
  if (!element?.querySelector(S.actionBar)) {
    const bar = nearestToViewportCentre(queryAll(app, S.actionBar));
    element = bar ? shortAround(bar) : null;
  }
  if (!element) return null;
  const id = SHORT_PATH.exec(url.pathname)?.[1] ?? null;
  return { element, video: element.contains(video) ? video : null, id, ad: element.querySelector(S.ad) !== null };
}

export const youtubeShortsAdapter: SiteAdapter = {
  activeItem(url, root): FeedItem | null {
    const renderer = activeRenderer(url, root);
    if (!renderer) return mobileItem(url, root);
    // The one reused <video> lives in the active renderer; mid-swipe it may still be in the shared player.
    const video =
      renderer.querySelector<HTMLVideoElement>(S.video) ??
      root.querySelector<HTMLVideoElement>(`${S.player} ${S.video}`) ??
      null;
    // /shorts/ before YouTube rewrites it: the active slot's thumbnail (new layout), or the renderer's own (legacy).
    const id =
      SHORT_PATH.exec(url.pathname)?.[1] ??
      idFromThumbnail(renderer.closest(S.slot)?.querySelector(S.thumbnail)) ??
      idFromThumbnail(renderer.querySelector(S.thumbnail));
    return { element: renderer, video, id, ad: renderer.querySelector(S.ad) !== null };
  },
};
