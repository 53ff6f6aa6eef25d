import type { Interval } from './intervals';

/** What the page shows right now, as the content script sees it. */
export interface WatchSignals {
  /** The page is a feed of a tracked site. */
  onFeed: boolean;
  /** `document.visibilityState === 'visible'`. */
  visible: boolean;
  /** The window has focus (`document.hasFocus()`). */
  focused: boolean;
  /** The active video is playing. */
  playing: boolean;
}

/**
 * Decides, moment by moment, whether the person is watching, and keeps the watched time as closed segments.
 * Watching: a feed, visible and focused, the system not idle or locked, and a playing video or input within the
 * idle threshold. Pure: the caller passes the time and the signals.
 */
export class WatchMeter {
  private openSince: number | null = null;
  private lastUpdate: number | null = null;
  private lastInput = Number.NEGATIVE_INFINITY;
  private systemIdle = false;
  private wasPlaying = false;
  private closed: Interval[] = [];
  private closedTotal = 0;

  constructor(
    private idleThresholdMs: number,
    /** The most a gap between two updates may add (a sleeping machine, a frozen tab). */
    private readonly maxGapMs: number,
  ) {}

  get counting(): boolean {
    return this.openSince !== null;
  }

  setIdleThreshold(ms: number): void {
    this.idleThresholdMs = ms;
  }

  /** A trusted input from the person: they are here. */
  input(now: number): void {
    this.lastInput = now;
    this.systemIdle = false;
  }

  /** The system reports idle or locked: stop until the person gives input again. */
  markSystemIdle(now: number): void {
    this.systemIdle = true;
    this.close(now);
  }

  update(now: number, signals: WatchSignals): void {
    const last = this.lastUpdate;
    this.lastUpdate = now;
    if (last !== null && this.openSince !== null) {
      if (now < last) {
        // The clock went back: keep what was counted up to the last update and start again.
        this.close(last);
      } else if (now - last > this.maxGapMs) {
        // Asleep or frozen in between: count at most one gap's worth, never the whole gap.
        this.close(last + this.maxGapMs);
      }
    }
    const recentInput = now - this.lastInput < this.idleThresholdMs;
    const watching =
      signals.onFeed && signals.visible && signals.focused && !this.systemIdle && (signals.playing || recentInput);
    if (watching && this.openSince === null) {
      this.openSince = now;
    } else if (!watching && this.openSince !== null) {
      // Only input ran out: watching ended when the idle threshold passed, not at this later check
      // (unless the video was playing until now).
      const inputRanOut = signals.onFeed && signals.visible && signals.focused && !this.systemIdle;
      const end = inputRanOut && !this.wasPlaying ? Math.min(now, this.lastInput + this.idleThresholdMs) : now;
      this.close(Math.max(this.openSince, end));
    }
    this.wasPlaying = signals.playing;
  }

  /** All the time counted by this meter so far, including the open segment. */
  totalMs(now: number): number {
    return this.closedTotal + (this.openSince !== null && now > this.openSince ? now - this.openSince : 0);
  }

  /** Closes the open segment at `now` (reopening it if still watching) and hands over every closed segment. */
  drain(now: number): Interval[] {
    if (this.openSince !== null && now > this.openSince) {
      this.closed.push({ start: this.openSince, end: now });
      this.closedTotal += now - this.openSince;
      this.openSince = now;
    }
    const segments = this.closed;
    this.closed = [];
    return segments;
  }

  private close(at: number): void {
    if (this.openSince === null) return;
    if (at > this.openSince) {
      this.closed.push({ start: this.openSince, end: at });
      this.closedTotal += at - this.openSince;
    }
    this.openSince = null;
  }
}
