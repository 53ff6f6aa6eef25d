/** The fixed rules of honest counting. */

/**
 * How often a counting tab reports while it stays visible (it reports at once when it hides, leaves or reaches a
 * prompt's trigger). Each report costs the page a message and its reply, so not more often than this.
 */
export const HEARTBEAT_MS = 10_000;
/** The most a gap between two looks (a sleeping machine, a frozen or stalled tab) can add to watching time. */
export const MAX_GAP_MS = 5_000;
/** The content script re-checks what is on screen this often. */
export const TICK_MS = 1_000;
/** Without a playing video, watching counts this long after the last input (the default idle threshold). */
export const DEFAULT_IDLE_THRESHOLD_S = 60;
/** A new video counts once it has been the active one, in a counting tab, this long. */
export const VIDEO_DWELL_MS = 1_000;
/** A pause in watching longer than this starts a new session. */
export const SESSION_GAP_MS = 5 * 60_000;
/** One reported segment is never longer than this (a tab closes its segment at every heartbeat). */
export const MAX_SEGMENT_MS = 60_000;
/** Heartbeats older than this are too late to merge honestly and are dropped. */
export const MAX_SEGMENT_AGE_MS = 24 * 3_600_000;
/** The background remembers covered time this long, to merge tabs and replays. */
export const COVERAGE_KEEP_MS = 26 * 3_600_000;
/** Tolerance for a segment that ends slightly in the future (clock read at different moments). */
export const FUTURE_TOLERANCE_MS = 10_000;
