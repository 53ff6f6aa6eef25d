/**
 * A clip someone sent: a video opened directly (a permalink or share link opened from another site, an app, or a
 * new tab), not one reached by swiping inside the feed. Decided once per page load from signals the page cannot
 * make up after the fact: the first page the script sees, the link's kind (the site's own `isClipUrl`), the
 * referrer's origin, how the document was reached and how long the tab's history is.
 */

export interface ArrivalSignals {
  /** The page the script started on (SPA navigations after it are swipes inside the feed, never a shared clip). */
  url: URL;
  /** Whether that URL names one clip (the site's `isClipUrl`). */
  clipUrl: boolean;
  /** `document.referrer` at load: '' when there is none (typed, pasted, an app, a new tab, `noreferrer`). */
  referrer: string;
  /** The site's own hosts: a referrer on one of them means the user came from inside the site. */
  siteHosts: readonly string[];
  /** The navigation timing entry's `type`: a reload or a move through history is not a fresh open. */
  navigationType: string | undefined;
}

function hostOf(referrer: string): string | null {
  try {
    return new URL(referrer).hostname;
  } catch {
    return null;
  }
}

/** Whether the page load is a shared clip: a clip's own URL, opened fresh, from nowhere or from another site. */
export function isSharedClip(signals: ArrivalSignals): boolean {
  if (!signals.clipUrl) return false;
  if (signals.navigationType === 'reload' || signals.navigationType === 'back_forward') return false;
  if (signals.referrer === '') return true;
  const host = hostOf(signals.referrer);
  return host !== null && !signals.siteHosts.includes(host);
}

/** Where "Go back" takes the user: back through this tab's history to before the clip, or the tab it opened closed. */
export type GoBack = { kind: 'close-tab' } | { kind: 'history'; delta: number };

/**
 * `historyAtClip` is `history.length` when the clip loaded, `historyNow` its length now (the feed's swipes push
 * entries). A clip that is its tab's first entry opened the tab: closing it goes back where the user was.
 */
export function goBack(historyAtClip: number, historyNow: number): GoBack {
  if (historyAtClip <= 1) return { kind: 'close-tab' };
  return { kind: 'history', delta: -(Math.max(0, historyNow - historyAtClip) + 1) };
}
