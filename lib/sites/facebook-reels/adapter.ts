import { nearestToViewportCentre, preferPlaying, queryAll } from '../dom';
import type { FeedItem, SiteAdapter } from '../site';
import { selectors as S } from './selectors';

const REEL_PATH = /^\/reel\/(\d+)/;
const REELS_TAB = /^\/reels\/?$/;
/** The "Sponsored" label as Facebook words it in a few languages (en, fr, es, pt, de, it, nl, vi). */
const SPONSORED = new Set([
  'sponsored',
  'sponsorisé',
  'sponsorisée',
  'publicidad',
  'patrocinado',
  'gesponsert',
  'sponsorizzato',
  'gesponsord',
  'được tài trợ',
]);

function reelIdFromUrl(url: URL): string | null {
  return REEL_PATH.exec(url.pathname)?.[1] ?? null;
}

/** The Reels player: only on /reel/<id> and /reels/ (the News Feed on / has its own <video>s, never counted). */
function playerRoot(url: URL, root: ParentNode): Element | null {
  if (!reelIdFromUrl(url) && !REELS_TAB.test(url.pathname)) return null;
  const main = root.querySelector(S.main);
  return main?.querySelector(S.reelsPagelet) ?? main;
}

/** Whether an element is inside a card the player has moved out of view. */
function isHidden(element: Element, scope: Element): boolean {
  const hidden = element.closest(S.hiddenCard);
  return hidden !== null && scope.contains(hidden);
}

/** The `[data-video-id]` box of the active reel: the one for the id in the URL, else the last visible one. */
function activeVideoBox(url: URL, scope: Element): Element | null {
  const id = reelIdFromUrl(url);
  const boxes = queryAll(scope, S.videoBox);
  if (id) return boxes.find((box) => box.getAttribute('data-video-id') === id) ?? null;
  return boxes.filter((box) => !isHidden(box, scope)).at(-1) ?? null;
}

/** The <video> of a reel's box: inside it, else beside it (the nearest ancestor holding exactly one <video>). */
function videoOfBox(box: Element, scope: Element): HTMLVideoElement | null {
  for (let node: Element | null = box; node && scope.contains(node); node = node.parentElement) {
    const videos = node.querySelectorAll<HTMLVideoElement>(S.video);
    if (videos.length > 0) return videos.length === 1 ? (videos[0] ?? null) : null;
    if (node === scope) break;
  }
  return null;
}

/** The active reel's <video>: the one of the box for the URL's id, else the last one in view (it is appended last). */
function activeVideo(url: URL, scope: Element): HTMLVideoElement | null {
  const box = activeVideoBox(url, scope);
  const video = box ? videoOfBox(box, scope) : null;
  if (video) return video;
  return (
    queryAll<HTMLVideoElement>(scope, S.video)
      .filter((video) => !isHidden(video, scope))
      .at(-1) ?? null
  );
}

/** The active reel's card: the largest ancestor of its <video> that holds no other reel. */
function cardOf(video: Element, scope: Element): Element {
  let card: Element = video;
  while (card.parentElement && card !== scope && card.parentElement !== scope) {
    const parent: Element = card.parentElement;
    if (parent.querySelectorAll(S.videoBox).length > 1 || parent.querySelectorAll(S.video).length > 1) break;
    card = parent;
  }
  return card;
}

function isSponsoredLabel(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return text.length > 0 && text.length < 24 && SPONSORED.has(text);
}

function isAdCard(card: Element): boolean {
  return card.querySelector(S.adLink) !== null || queryAll(card, S.labelText).some(isSponsoredLabel);
}

/**
 * The mobile site (m., mobile.): no main landmark and no video boxes. The reel on screen is the unit
 * (`[data-tracking-duration-id]`) whose video plays, else the shown unit nearest the middle, else the last shown one;
 * the id is the URL's (the viewer pushes /reel/<id> for each).
 */
function mobileReel(url: URL, root: ParentNode): FeedItem | null {
  if (!reelIdFromUrl(url) && !REELS_TAB.test(url.pathname)) return null;
  const units = queryAll(root, S.mobileUnit).filter(
    (unit) => unit.querySelector(S.video) !== null && !unit.parentElement?.closest(S.mobileUnit),
  );
  const shown = units.filter((unit) => !unit.closest(S.mobileHidden));
  const videoOf = (unit: Element) => unit.querySelector<HTMLVideoElement>(S.video);
  const unit = preferPlaying(shown, videoOf) ?? nearestToViewportCentre(shown) ?? shown.at(-1);
  if (!unit) return null;
  return { element: unit, video: videoOf(unit), id: reelIdFromUrl(url), ad: isAdCard(unit) };
}

export const facebookReelsAdapter: SiteAdapter = {
  activeItem(url, root): FeedItem | null {
    const scope = playerRoot(url, root);
    if (!scope) return mobileReel(url, root);
    const video = activeVideo(url, scope);
    if (!video) return null;
    const card = cardOf(video, scope);
    // /reels/ before the player rewrites the URL: the id of the active card's box.
    const fromBox = reelIdFromUrl(url) ? null : activeVideoBox(url, scope)?.getAttribute('data-video-id');
    const id = reelIdFromUrl(url) ?? (fromBox && /^\d+$/.test(fromBox) ? fromBox : null);
    return { element: card, video, id, ad: isAdCard(card) };
  },
};
