/**
 * Counts videos watched: a video (by its id, never by the element, which some sites reuse) counts once it has
 * been the active one for the dwell time while watching. Ads never count. Each id counts once per page session.
 */
export class VideoCounter {
  private current: string | null = null;
  private dwellMs = 0;
  private lastSeen: number | null = null;
  private wasWatching = false;
  private currentIsAd = false;
  private readonly counted = new Set<string>();
  private pending: { id: string; at: number }[] = [];

  /** Videos counted so far in this page session. */
  get total(): number {
    return this.counted.size;
  }

  constructor(private readonly dwellThresholdMs: number) {}

  observe(now: number, id: string | null, watching: boolean, isAd: boolean): void {
    // The time since the last look belongs to the video that was active then (it may just have been swiped away).
    if (this.lastSeen !== null && this.wasWatching && now > this.lastSeen) this.dwellMs += now - this.lastSeen;
    this.countIfDue(now);
    if (id !== this.current) {
      this.current = id;
      this.currentIsAd = isAd;
      this.dwellMs = 0;
    }
    this.currentIsAd = isAd;
    this.lastSeen = now;
    this.wasWatching = watching;
    this.countIfDue(now);
  }

  private countIfDue(now: number): void {
    const id = this.current;
    if (id && !this.currentIsAd && !this.counted.has(id) && this.dwellMs >= this.dwellThresholdMs) {
      this.counted.add(id);
      this.pending.push({ id, at: now });
    }
  }

  /** What the person is on now: a video already counted, one not counted (yet: they just moved on), or none. */
  get activeVideo(): 'counted' | 'uncounted' | 'none' {
    if (this.current === null) return 'none';
    return this.counted.has(this.current) ? 'counted' : 'uncounted';
  }

  /** The ids counted in this page session, newest last (handed to the script that takes over after an update). */
  countedIds(max = 50): string[] {
    return [...this.counted].slice(-max);
  }

  /** Ids another script in this tab already counted today: they do not count again here. */
  markCounted(ids: readonly string[]): void {
    for (const id of ids) this.counted.add(id);
  }

  drain(): { id: string; at: number }[] {
    const videos = this.pending;
    this.pending = [];
    return videos;
  }
}
