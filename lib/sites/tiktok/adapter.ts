import { nearestToViewportCentre, preferPlaying, queryAll } from '../dom';
import type { SiteAdapter } from '../site';
import { selectors as S } from './selectors';

const VIDEO_PATH = /\/(?:video|photo)\/(\d+)/;
const PLAYER_ID = /^xgwrapper-\d+-(\d+)$/;

/** The active feed item: the one playing, else the one with a mounted <video> (the feed is virtualised), else geometry. */
function activeItem(root: ParentNode): Element | null {
  const items = queryAll(root, S.feedItem);
  if (items.length === 0) return null;
  const videoOf = (item: Element) => item.querySelector<HTMLVideoElement>(S.video);
  return preferPlaying(items, videoOf) ?? items.find((item) => videoOf(item)) ?? nearestToViewportCentre(items);
}

export const tiktokAdapter: SiteAdapter = {
  findActiveVideo(_url, root) {
    return (
      root.querySelector<HTMLVideoElement>(`${S.browseVideo} ${S.video}`) ??
      activeItem(root)?.querySelector<HTMLVideoElement>(S.video) ??
      null
    );
  },

  getVideoId(url, root) {
    const fromUrl = VIDEO_PATH.exec(url.pathname)?.[1];
    if (fromUrl) return fromUrl;
    const item = activeItem(root);
    const playerId = item?.querySelector(S.player)?.id ?? '';
    const fromPlayer = PLAYER_ID.exec(playerId)?.[1];
    if (fromPlayer) return fromPlayer;
    const index = item?.getAttribute('data-scroll-index');
    return index ? `index:${index}` : null;
  },

  isAd(_url, root) {
    return activeItem(root)?.querySelector(S.adTag) != null;
  },
};
