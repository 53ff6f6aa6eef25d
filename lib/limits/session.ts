import { type Coverage, clusters } from '../tracking/intervals';
import { SESSION_GAP_MS } from '../tracking/rules';

export interface Session {
  /** Start of the current session (watching with no pause longer than 5 minutes). */
  startedAt: number;
  activeMs: number;
}

/** The current session in covered time: the last cluster, if it ended within the session gap. */
export function currentSession(coverage: Coverage, now: number): Session | null {
  const last = clusters(coverage, SESSION_GAP_MS).at(-1);
  if (!last || now - last.end > SESSION_GAP_MS) return null;
  const activeMs = coverage
    .filter((interval) => interval.start >= last.start && interval.end <= last.end)
    .reduce((sum, interval) => sum + interval.end - interval.start, 0);
  return { startedAt: last.start, activeMs };
}
