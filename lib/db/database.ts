import { type DBSchema, type IDBPDatabase, openDB } from 'idb';
import type { SiteId } from '../sites/types';

export const DB_NAME = 'mindful-feed';
export const DB_VERSION = 1;

export interface SiteHealthRow {
  site: SiteId;
  capability: 'script' | 'tracking' | 'not-interested';
  status: 'ok' | 'degraded';
  detail: string;
  /** Epoch ms of the last report. */
  reportedAt: number;
}

export interface MindfulFeedDB extends DBSchema {
  health: { key: [SiteId, SiteHealthRow['capability']]; value: SiteHealthRow };
}

export type Database = IDBPDatabase<MindfulFeedDB>;

/** Opens the database, upgrading it step by step from whatever version the profile holds. */
export function openDatabase(name = DB_NAME): Promise<Database> {
  return openDB<MindfulFeedDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('health', { keyPath: ['site', 'capability'] });
      }
    },
  });
}
