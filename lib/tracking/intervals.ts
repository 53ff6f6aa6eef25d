/** A span of wall-clock time, epoch milliseconds, start inclusive and end exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/** Disjoint, sorted, non-adjacent intervals (adjacent ones are merged). */
export type Coverage = Interval[];

export function length(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, interval) => sum + (interval.end - interval.start), 0);
}

/** The parts of `segment` that `coverage` does not already cover, in order. */
export function uncovered(segment: Interval, coverage: Coverage): Interval[] {
  const parts: Interval[] = [];
  let cursor = segment.start;
  for (const covered of coverage) {
    if (covered.end <= cursor) continue;
    if (covered.start >= segment.end) break;
    if (covered.start > cursor) parts.push({ start: cursor, end: covered.start });
    cursor = Math.max(cursor, covered.end);
    if (cursor >= segment.end) break;
  }
  if (cursor < segment.end) parts.push({ start: cursor, end: segment.end });
  return parts;
}

/** `coverage` with `segment` added: still sorted and disjoint, touching intervals merged. */
export function insert(coverage: Coverage, segment: Interval): Coverage {
  if (segment.end <= segment.start) return coverage;
  const result: Coverage = [];
  let merged = { ...segment };
  let placed = false;
  for (const interval of coverage) {
    if (interval.end < merged.start) {
      result.push(interval);
    } else if (interval.start > merged.end) {
      if (!placed) {
        result.push(merged);
        placed = true;
      }
      result.push(interval);
    } else {
      merged = { start: Math.min(merged.start, interval.start), end: Math.max(merged.end, interval.end) };
    }
  }
  if (!placed) result.push(merged);
  return result;
}

/** Drops intervals that ended before `before`; a longer one that reaches past it is kept whole. */
export function prune(coverage: Coverage, before: number): Coverage {
  return coverage.filter((interval) => interval.end >= before);
}

/** Groups coverage into clusters separated by gaps longer than `gapMs` (watching sessions). */
export function clusters(coverage: Coverage, gapMs: number): Interval[] {
  const result: Interval[] = [];
  for (const interval of coverage) {
    const last = result[result.length - 1];
    if (last && interval.start - last.end <= gapMs) last.end = Math.max(last.end, interval.end);
    else result.push({ ...interval });
  }
  return result;
}
