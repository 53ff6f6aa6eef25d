import { type Coverage, clusters, type Interval, insert, prune, uncovered } from './intervals';
import { localDate, splitByLocalHour } from './local-time';
import { COVERAGE_KEEP_MS, FUTURE_TOLERANCE_MS, MAX_SEGMENT_AGE_MS, SESSION_GAP_MS } from './rules';

/** What one tab reports for one heartbeat period. */
export interface Beat {
  /** Sequence number within the tab's page session, from 1. */
  seq: number;
  /** Time counted as watching, closed at the heartbeat. */
  segments: Interval[];
  /** Videos that became watched in this period. */
  videos: { id: string; at: number }[];
}

export interface UsageCounts {
  activeMs: number;
  hourlyMs: number[];
  videos: number;
  sessions: number;
}

export interface TrackingState {
  /** Every heartbeat of this page session up to this sequence number has been applied. */
  appliedSeq: number;
  /** Heartbeats above `appliedSeq` applied out of order, ascending. */
  appliedAbove: number[];
  /** Time already counted for the site (any tab). */
  siteCoverage: Coverage;
  /** Time already counted for any site. */
  allCoverage: Coverage;
}

export interface ApplyResult {
  state: TrackingState;
  /** Additions to the site's daily rows, by local date. */
  site: Map<string, UsageCounts>;
  /** Additions to the all-sites daily totals, by local date. */
  all: Map<string, UsageCounts>;
}

/** Out-of-order beats remembered per page (a tab sends its unacknowledged beats in order, so few ever are). */
const MAX_OUT_OF_ORDER = 256;

export function emptyCounts(): UsageCounts {
  return { activeMs: 0, hourlyMs: new Array(24).fill(0), videos: 0, sessions: 0 };
}

function countsFor(map: Map<string, UsageCounts>, date: string): UsageCounts {
  let counts = map.get(date);
  if (!counts) {
    counts = emptyCounts();
    map.set(date, counts);
  }
  return counts;
}

function addTime(map: Map<string, UsageCounts>, part: Interval, timeZone: string): void {
  for (const share of splitByLocalHour(part.start, part.end, timeZone)) {
    const counts = countsFor(map, share.date);
    counts.activeMs += share.ms;
    counts.hourlyMs[share.hour] = (counts.hourlyMs[share.hour] ?? 0) + share.ms;
  }
}

/** Sessions starting on each local date, among clusters that touch [from, to]. */
function sessionStarts(coverage: Coverage, from: number, to: number, timeZone: string): Map<string, number> {
  const starts = new Map<string, number>();
  for (const cluster of clusters(coverage, SESSION_GAP_MS)) {
    if (cluster.end + SESSION_GAP_MS < from || cluster.start - SESSION_GAP_MS > to) continue;
    const date = localDate(cluster.start, timeZone);
    starts.set(date, (starts.get(date) ?? 0) + 1);
  }
  return starts;
}

/**
 * Applies a tab's heartbeats to the tracking state, idempotently: beats already applied change nothing, and time
 * already covered (by another tab, or by a replay) is not counted again. Time is split at local hours and dates.
 */
export function applyBeats(
  state: TrackingState,
  beats: readonly Beat[],
  context: { now: number; timeZone: string },
): ApplyResult {
  const { now, timeZone } = context;
  const site = new Map<string, UsageCounts>();
  const all = new Map<string, UsageCounts>();
  let { appliedSeq, siteCoverage, allCoverage } = state;
  const appliedAbove = new Set(state.appliedAbove);
  const oldest = now - MAX_SEGMENT_AGE_MS;
  const latest = now + FUTURE_TOLERANCE_MS;

  for (const beat of [...beats].sort((a, b) => a.seq - b.seq)) {
    if (beat.seq <= appliedSeq || appliedAbove.has(beat.seq)) continue;
    appliedAbove.add(beat.seq);
    while (appliedAbove.delete(appliedSeq + 1)) appliedSeq += 1;
    for (const raw of beat.segments) {
      const segment = { start: Math.max(raw.start, oldest), end: Math.min(raw.end, latest) };
      if (segment.end <= segment.start) continue;
      const fresh = uncovered(segment, siteCoverage);
      if (fresh.length === 0) continue;
      const before = sessionStarts(siteCoverage, segment.start, segment.end, timeZone);
      for (const part of fresh) {
        addTime(site, part, timeZone);
        siteCoverage = insert(siteCoverage, part);
        for (const allPart of uncovered(part, allCoverage)) {
          addTime(all, allPart, timeZone);
          allCoverage = insert(allCoverage, allPart);
        }
      }
      const after = sessionStarts(siteCoverage, segment.start, segment.end, timeZone);
      for (const date of new Set([...before.keys(), ...after.keys()])) {
        const change = (after.get(date) ?? 0) - (before.get(date) ?? 0);
        if (change !== 0) countsFor(site, date).sessions += change;
      }
    }
    for (const video of beat.videos) {
      if (video.at < oldest || video.at > latest) continue;
      countsFor(site, localDate(video.at, timeZone)).videos += 1;
    }
  }
  const keepFrom = now - COVERAGE_KEEP_MS;
  return {
    state: {
      appliedSeq,
      appliedAbove: [...appliedAbove].sort((a, b) => a - b).slice(-MAX_OUT_OF_ORDER),
      siteCoverage: prune(siteCoverage, keepFrom),
      allCoverage: prune(allCoverage, keepFrom),
    },
    site,
    all,
  };
}
