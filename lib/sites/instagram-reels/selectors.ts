/**
 * Instagram Reels selectors (www.instagram.com). Classes are hashed atomic names that change with every build, so
 * only elements, `role` and `aria-label` are used. Counts per fixture snapshot are checked by
 * tests/sites/selectors.test.ts.
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
} as const;

export const selectorCounts: Record<string, Partial<Record<keyof typeof selectors, number>>> = {
  'reels-first': { main: 1, reel: 8, video: 2, permalink: 0, moreIcon: 8 },
  'reels-fourth': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8 },
  'reels-back': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8 },
  'reel-single': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8 },
  'reel-shared': { main: 1, reel: 8, video: 2, permalink: 0, moreIcon: 8 },
  'reels-ad': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8 },
  'reels-before-ad': { main: 1, reel: 8, video: 3, permalink: 0, moreIcon: 8 },
  home: { main: 1, reel: 0, video: 1, permalink: 6, moreIcon: 0 },
  post: { main: 1, reel: 0, video: 0, permalink: 1, moreIcon: 0 },
  'profile-reels': { main: 1, reel: 0, video: 0, permalink: 12, moreIcon: 0 },
};
