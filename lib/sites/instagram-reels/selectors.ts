/**
 * Instagram Reels selectors (www.instagram.com and instagram.com), desktop and the mobile layout served to phones on
 * the same hosts. Classes are hashed atomic names that change with every build, so only elements, `role`,
 * `aria-label` and hrefs are used. The mobile reels carry no `role="presentation"`: a reel there is told by structure
 * (the largest box around its video holding no other reel's video or audio link). Counts per fixture snapshot are
 * checked by tests/sites/selectors.test.ts.
 */
export const selectors = {
  /** The page content; the left nav (with its own "More") is outside it, so every query is scoped to it. */
  main: 'main',
  /** One per reel in the Reels tab's scroll container (the target of `closest()` from a reel's video). */
  reel: 'main div[role="presentation"]',
  /** Mounted only in the active reel and its neighbours (the list is virtualised); `blob:` src. */
  video: 'video',
  /** A link to a single reel or post, whose path carries the shortcode. */
  permalink: 'a[href*="/reel/"], a[href*="/p/"]',
  /** The reel's "More" button icon; a global match also finds the nav's "More", hence the scoping to a reel. */
  moreIcon: 'main div[role="presentation"] svg[aria-label="More"]',
  /** Each reel's audio attribution (/reels/audio/<id>/), mounted or not, in both layouts: one per reel. */
  audioLink: 'a[href*="/reels/audio/"]',
  /** Mobile: the bottom tab bar's Reels link (a public mobile userscript). */
  reelsTab: 'a[href="/reels/"]',
} as const;

export const selectorCounts: Record<string, Partial<Record<keyof typeof selectors, number>>> = {
  'reels-first': { main: 1, reel: 8, video: 2, permalink: 0, moreIcon: 8, audioLink: 8, reelsTab: 1 },
  'reels-fourth': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8, audioLink: 8, reelsTab: 1 },
  'reels-back': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8, audioLink: 8, reelsTab: 1 },
  'reel-single': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8, audioLink: 8, reelsTab: 1 },
  'reel-shared': { main: 1, reel: 8, video: 2, permalink: 0, moreIcon: 8, audioLink: 8, reelsTab: 1 },
  'reels-ad': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8, audioLink: 7, reelsTab: 1 },
  'reels-before-ad': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8, audioLink: 7, reelsTab: 1 },
  home: { main: 1, reel: 0, video: 1, permalink: 6, moreIcon: 0, audioLink: 0, reelsTab: 2 },
  post: { main: 1, reel: 0, video: 0, permalink: 1, moreIcon: 0, audioLink: 0, reelsTab: 1 },
  'profile-reels': { main: 1, reel: 0, video: 0, permalink: 12, moreIcon: 0, audioLink: 0, reelsTab: 1 },
  'mobile-reels-first': { main: 1, reel: 0, video: 2, permalink: 0, moreIcon: 0, audioLink: 8, reelsTab: 1 },
  'mobile-reels-third': { main: 1, reel: 0, video: 3, permalink: 0, moreIcon: 0, audioLink: 8, reelsTab: 1 },
  'mobile-reel-single': { main: 1, reel: 0, video: 3, permalink: 0, moreIcon: 0, audioLink: 8, reelsTab: 1 },
  'mobile-reels-ad': { main: 1, reel: 0, video: 3, permalink: 0, moreIcon: 0, audioLink: 9, reelsTab: 1 },
};
