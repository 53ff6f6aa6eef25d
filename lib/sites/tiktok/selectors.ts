/**
 * TikTok selectors. `data-e2e` test hooks have been stable for years; hashed `css-…` classes change every few
 * weeks and are never used. Counts per fixture snapshot are checked by tests/sites/selectors.test.ts.
 */
export const selectors = {
  /** One per feed item (For You, Following, Friends). Older builds used a <div> with the same hook. */
  feedItem: '[data-e2e="recommend-list-item-container"]',
  /** The single-video player / browse modal. */
  browseVideo: '[data-e2e="browse-video"]',
  /** The player wrapper, whose id carries the video id: xgwrapper-<n>-<id>. */
  player: '[id^="xgwrapper-"]',
  video: 'video',
  /** Sponsored items carry an ad tag hook. */
  adTag: '[data-e2e$="ad-tag"]',
} as const;

export const selectorCounts: Record<string, Partial<Record<keyof typeof selectors, number>>> = {
  'foryou-first': { feedItem: 3, browseVideo: 0, video: 1 },
  'foryou-third': { feedItem: 4, browseVideo: 0, video: 1 },
  'root-with-ad': { feedItem: 4, adTag: 1, video: 1 },
  'video-player': { feedItem: 0, browseVideo: 1, player: 1, video: 1 },
  profile: { feedItem: 0, browseVideo: 0, video: 0 },
};
