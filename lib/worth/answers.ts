import type { WorthRow } from '../db/database';
import { type Coverage, clusters } from '../tracking/intervals';
import { SESSION_GAP_MS } from '../tracking/rules';

export type WorthAnswer = 'worth' | 'so-so' | 'not-really';
export const WORTH_ANSWERS: readonly WorthAnswer[] = ['worth', 'so-so', 'not-really'];

/** "Was that worth it?" is asked about sessions at least this long. */
export const WORTH_MIN_SESSION_MS = 5 * 60_000;
/** The share of sessions that felt worth it covers this many days. */
export const WORTH_WINDOW_DAYS = 30;

export interface EndedSession {
  start: number;
  end: number;
  activeMs: number;
}

/**
 * The session to ask about now: the latest one (all feeds together) that has ended — no watching for longer than
 * the session gap — lasted at least 5 minutes of watching, and was not asked about before. Only the latest: older
 * ones are let go rather than asked about in a row.
 */
export function sessionToAsk(coverage: Coverage, asked: ReadonlySet<number>, now: number): EndedSession | null {
  const ended = clusters(coverage, SESSION_GAP_MS).filter((cluster) => now - cluster.end > SESSION_GAP_MS);
  const last = ended.at(-1);
  if (!last || asked.has(last.start)) return null;
  const activeMs = coverage
    .filter((interval) => interval.start >= last.start && interval.end <= last.end)
    .reduce((sum, interval) => sum + interval.end - interval.start, 0);
  return activeMs >= WORTH_MIN_SESSION_MS ? { start: last.start, end: last.end, activeMs } : null;
}

export interface WorthShare {
  worth: number;
  soSo: number;
  notReally: number;
  answered: number;
  /** worth / answered; null before any answer. */
  share: number | null;
}

export function countAnswers(answers: readonly (WorthAnswer | null)[]): WorthShare {
  const count = (answer: WorthAnswer) => answers.filter((given) => given === answer).length;
  const worth = count('worth');
  const soSo = count('so-so');
  const notReally = count('not-really');
  const answered = worth + soSo + notReally;
  return { worth, soSo, notReally, answered, share: answered === 0 ? null : worth / answered };
}

/** The answers about sessions that started at or after `since`. */
export function worthShare(rows: readonly WorthRow[], since: number): WorthShare {
  return countAnswers(rows.filter((row) => row.sessionStart >= since).map((row) => row.answer));
}

export interface WorthState {
  /** The session to ask about; already marked as asked, so it is never asked again. */
  question: EndedSession | null;
  last30Days: WorthShare;
}

/** What a page needs to ask and record (lib/worth/store.ts on the extension's database; anything in tests). */
export interface WorthSource {
  take(): Promise<WorthState>;
  answer(sessionStart: number, answer: WorthAnswer): Promise<void>;
}
