import { waitFor } from './dom';

export type AdvanceOutcome =
  /** The site moved on by itself (many do after "Not interested"); nothing was pressed. */
  | 'moved-by-site'
  /** The active video stayed, so the site's own next control was pressed. */
  | 'advanced'
  /** The active video stayed and the site offers no next control to press. */
  | 'no-next-control'
  | 'aborted';

export interface AdvanceOptions {
  /** The video "Not interested" was clicked for (the result's `videoId`). */
  videoId: string;
  /** The active video id now, e.g. `() => site.getVideoId(new URL(location.href), document)`. */
  currentVideoId: () => string | null;
  /** The site's `goToNext` bound to the page, e.g. `() => flows.goToNext(document, new URL(location.href))`. */
  goToNext: () => boolean;
  /** How long the site gets to move on by itself. Default 1000 ms (the fixtures move within 50–300 ms). */
  waitMs?: number;
  signal?: AbortSignal;
}

/**
 * After a successful "Not interested": gives the site `waitMs` to advance on its own (watching the page, no polling),
 * and presses its next control only if the same video is still active, so one press never skips two videos.
 * An unknown id (null, the page mid-swap) is not taken for a move.
 */
export async function advanceUnlessMoved(root: Document, options: AdvanceOptions): Promise<AdvanceOutcome> {
  const { videoId, currentVideoId, goToNext, signal } = options;
  const moved = () => {
    const current = currentVideoId();
    return current !== null && current !== videoId ? true : null;
  };
  try {
    const result = await waitFor(root, root.documentElement, moved, options.waitMs ?? 1000, signal);
    if (result.status === 'aborted') return 'aborted';
    if (result.status === 'found') return 'moved-by-site';
    return goToNext() ? 'advanced' : 'no-next-control';
  } catch {
    return 'no-next-control';
  }
}
