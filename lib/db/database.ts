import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { PromptState } from '../limits/decide';
import { emptyOutcomes, type PromptOutcomes } from '../limits/outcomes';
import type { SiteId } from '../sites/types';
import type { Coverage } from '../tracking/intervals';
import type { WorthAnswer } from '../worth/answers';

export const DB_NAME = 'mindful-feed';
/**
 * v1: site health. v2: daily usage, all-sites totals, covered time and page sessions.
 * v3: prompt outcomes on each day row, and the prompt state of each day and site.
 * Since then the prompt state of the all-feeds limits is a row of its own, [date, 'all'], in the same store: the
 * keyPath did not change, so there was no version bump, and v3 rows still read as their site's state.
 * v4: the "Was that worth it?" answers, one row per watching session asked about.
 */
export const DB_VERSION = 4;

export type Capability = 'script' | 'tracking' | 'not-interested';

export interface SiteHealthRow {
  site: SiteId;
  capability: Capability;
  status: 'ok' | 'degraded';
  detail: string;
  /** Epoch ms of the last report. */
  reportedAt: number;
}

/** One site's usage on one local date. */
export interface DayRow {
  /** Local date, YYYY-MM-DD. */
  date: string;
  site: SiteId;
  activeMs: number;
  /** Active milliseconds in each local hour, 24 entries. */
  hourlyMs: number[];
  videos: number;
  sessions: number;
  notInterested: number;
  /** What the prompts did that day: the product's own measure of whether interrupting helps. */
  prompts: PromptOutcomes;
}

export { emptyOutcomes, type PromptOutcomes };

/** The prompt state of one day: one row per site, and one ('all') for the all-feeds limits. */
export interface PromptStateRow extends PromptState {
  date: string;
  /** The scope: a site, or 'all' (the field keeps its v3 name, which the store's keyPath uses). */
  site: SiteId | 'all';
}

/** All sites together on one local date: time counted once even when two sites played at the same moment. */
export interface TotalRow {
  date: string;
  activeMs: number;
  hourlyMs: number[];
}

/** Time already counted recently, per site and for all sites ('all'), to merge tabs and replays. */
export interface CoverageRow {
  scope: SiteId | 'all';
  intervals: Coverage;
}

/** One tab's page session: which of its heartbeats have been applied. */
export interface PageRow {
  page: string;
  site: SiteId;
  appliedSeq: number;
  appliedAbove: number[];
  lastSeenAt: number;
}

/** A watching session (all feeds together) that was asked about: once asked, never again, answered or not. */
export interface WorthRow {
  /** Epoch ms the session started: the session's key. */
  sessionStart: number;
  sessionEnd: number;
  activeMs: number;
  askedAt: number;
  /** Null while the question was shown and not answered (it is optional). */
  answer: WorthAnswer | null;
  answeredAt: number | null;
}

export interface MindfulFeedDB extends DBSchema {
  health: { key: [SiteId, Capability]; value: SiteHealthRow };
  days: { key: [string, SiteId]; value: DayRow };
  totals: { key: string; value: TotalRow };
  coverage: { key: string; value: CoverageRow };
  pages: { key: string; value: PageRow; indexes: { lastSeenAt: number } };
  promptState: { key: [string, SiteId | 'all']; value: PromptStateRow };
  worthIt: { key: number; value: WorthRow };
}

export type Database = IDBPDatabase<MindfulFeedDB>;

/** Opens the database, upgrading it step by step from whatever version the profile holds. */
export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<MindfulFeedDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        db.createObjectStore('health', { keyPath: ['site', 'capability'] });
      }
      if (oldVersion < 2) {
        db.createObjectStore('days', { keyPath: ['date', 'site'] });
        db.createObjectStore('totals', { keyPath: 'date' });
        db.createObjectStore('coverage', { keyPath: 'scope' });
        db.createObjectStore('pages', { keyPath: 'page' }).createIndex('lastSeenAt', 'lastSeenAt');
      }
      if (oldVersion < 3) {
        db.createObjectStore('promptState', { keyPath: ['date', 'site'] });
        // Existing days gain empty prompt outcomes; their usage stays as it was.
        void tx
          .objectStore('days')
          .openCursor()
          .then(async function addOutcomes(cursor): Promise<void> {
            if (!cursor) return;
            await cursor.update({ ...cursor.value, prompts: cursor.value.prompts ?? emptyOutcomes() });
            return addOutcomes(await cursor.continue());
          });
      }
      if (oldVersion < 4) {
        db.createObjectStore('worthIt', { keyPath: 'sessionStart' });
      }
    },
  });
}
