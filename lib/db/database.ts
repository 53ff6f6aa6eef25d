import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SiteId } from '../sites/types';
import type { Coverage } from '../tracking/intervals';

export const DB_NAME = 'mindful-feed';
/** v1: site health. v2: daily usage, all-sites totals, covered time and page sessions. */
export const DB_VERSION = 2;

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

export interface MindfulFeedDB extends DBSchema {
  health: { key: [SiteId, Capability]; value: SiteHealthRow };
  days: { key: [string, SiteId]; value: DayRow };
  totals: { key: string; value: TotalRow };
  coverage: { key: string; value: CoverageRow };
  pages: { key: string; value: PageRow; indexes: { lastSeenAt: number } };
}

export type Database = IDBPDatabase<MindfulFeedDB>;

/** Opens the database, upgrading it step by step from whatever version the profile holds. */
export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<MindfulFeedDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('health', { keyPath: ['site', 'capability'] });
      }
      if (oldVersion < 2) {
        db.createObjectStore('days', { keyPath: ['date', 'site'] });
        db.createObjectStore('totals', { keyPath: 'date' });
        db.createObjectStore('coverage', { keyPath: 'scope' });
        db.createObjectStore('pages', { keyPath: 'page' }).createIndex('lastSeenAt', 'lastSeenAt');
      }
    },
  });
}
