/**
 * YouTube Shorts selectors (desktop www.youtube.com). Element names and the `is-active` attribute have been stable
 * for years; the slot wrappers churned (legacy `.reel-video-in-sequence` → 2025+ `.reel-video-in-sequence-new`), so
 * both layouts are listed. Counts per fixture snapshot are checked by tests/sites/selectors.test.ts.
 */
export const selectors = {
  /** The Shorts page; stays in the DOM (hidden) after leaving Shorts, so the URL must be checked too. */
  shorts: 'ytd-shorts',
  /** Every hydrated renderer: one per short in the legacy layout, only the active one and its neighbours in the new. */
  renderer: 'ytd-reel-video-renderer',
  /** The active short, in both layouts (YouTube's own marker; it stays on the last short after leaving Shorts). */
  activeRenderer: 'ytd-reel-video-renderer[is-active]',
  /** New (2025+) layout: one slot per short, which a recycled renderer hydrates; its id is the sequence index. */
  slot: '.reel-video-in-sequence-new',
  /** Legacy layout: each short is its own renderer in the sequence. */
  legacySlot: 'ytd-reel-video-renderer.reel-video-in-sequence',
  /** The thumbnail whose background-image is …/vi/<id>/…: on the new slot, or inside a legacy renderer. */
  thumbnail: '.reel-video-in-sequence-thumbnail, ytd-reel-video-renderer #thumbnail',
  /** The one Shorts player; its single <video> is moved into the active renderer and reused for every short. */
  player: 'ytd-shorts #shorts-player',
  video: 'video',
  /** Parts of an in-feed ad short (any one of them marks the renderer as an ad). */
  ad: 'ytd-ad-slot-renderer, reels-ad-metadata-view-model, ad-button-view-model',
} as const;

export const selectorCounts: Record<string, Partial<Record<keyof typeof selectors, number>>> = {
  'shorts-first': {
    shorts: 1,
    renderer: 2,
    activeRenderer: 1,
    slot: 12,
    legacySlot: 0,
    thumbnail: 12,
    player: 1,
    video: 1,
    ad: 0,
  },
  'shorts-fourth': {
    shorts: 1,
    renderer: 3,
    activeRenderer: 1,
    slot: 12,
    legacySlot: 0,
    thumbnail: 12,
    player: 1,
    video: 1,
    ad: 0,
  },
  'shorts-back': {
    shorts: 1,
    renderer: 3,
    activeRenderer: 1,
    slot: 12,
    legacySlot: 0,
    thumbnail: 12,
    player: 1,
    video: 1,
    ad: 0,
  },
  'shorts-ad': {
    shorts: 1,
    renderer: 3,
    activeRenderer: 1,
    slot: 13,
    legacySlot: 0,
    thumbnail: 13,
    player: 1,
    video: 1,
    ad: 3,
  },
  'shorts-before-ad': {
    shorts: 1,
    renderer: 3,
    activeRenderer: 1,
    slot: 13,
    legacySlot: 0,
    thumbnail: 13,
    player: 1,
    video: 1,
    ad: 3,
  },
  'legacy-third': {
    shorts: 1,
    renderer: 12,
    activeRenderer: 1,
    slot: 0,
    legacySlot: 12,
    thumbnail: 12,
    player: 1,
    video: 1,
    ad: 0,
  },
  'legacy-ad': {
    shorts: 1,
    renderer: 13,
    activeRenderer: 1,
    slot: 0,
    legacySlot: 13,
    thumbnail: 13,
    player: 1,
    video: 1,
    ad: 3,
  },
  home: { shorts: 0, renderer: 0, activeRenderer: 0, slot: 0, legacySlot: 0, thumbnail: 0, player: 0, video: 0, ad: 0 },
  watch: {
    shorts: 0,
    renderer: 0,
    activeRenderer: 0,
    slot: 0,
    legacySlot: 0,
    thumbnail: 0,
    player: 0,
    video: 1,
    ad: 0,
  },
  'left-shorts': {
    shorts: 1,
    renderer: 3,
    activeRenderer: 1,
    slot: 12,
    legacySlot: 0,
    thumbnail: 12,
    player: 1,
    video: 1,
    ad: 0,
  },
};
