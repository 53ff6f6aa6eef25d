import type { Beat } from './apply';

/** A tab's heartbeats not yet acknowledged by the background: kept and resent, so a restarting worker loses none. */
export class Outbox {
  private beats: Beat[] = [];
  private nextSeq = 1;

  constructor(
    /** Beyond this many (hours of a worker that never answers), the oldest are dropped. */
    private readonly capacity = 720,
  ) {}

  /** Queues a heartbeat unless it carries nothing. */
  add(segments: Beat['segments'], videos: Beat['videos']): void {
    if (segments.length === 0 && videos.length === 0) return;
    this.beats.push({ seq: this.nextSeq++, segments, videos });
    if (this.beats.length > this.capacity) this.beats.splice(0, this.beats.length - this.capacity);
  }

  /** The oldest unacknowledged heartbeats, in order. */
  pending(max = 120): Beat[] {
    return this.beats.slice(0, max);
  }

  ack(seqs: readonly number[]): void {
    const done = new Set(seqs);
    this.beats = this.beats.filter((beat) => !done.has(beat.seq));
  }

  get size(): number {
    return this.beats.length;
  }
}
