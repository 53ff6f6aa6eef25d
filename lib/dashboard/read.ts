import { DB_NAME, openDatabase } from '../db/database';
import { readStorageFault } from '../db/storage-fault';
import { readPause } from '../settings/pause';
import { readSettings } from '../settings/store';
import { currentTimeZone } from '../tracking/local-time';
import { type Dashboard, loadDashboard } from './queries';

/**
 * The popup's figures, read from IndexedDB and extension storage directly: the popup never waits for the
 * service worker to wake up before it paints.
 */
export async function readDashboard({
  now = Date.now(),
  timeZone = currentTimeZone(),
  dbName = DB_NAME,
}: {
  now?: number;
  timeZone?: string;
  dbName?: string;
} = {}): Promise<Dashboard> {
  const [db, settings, pause, storageFault] = await Promise.all([
    openDatabase(dbName),
    readSettings(now),
    readPause(),
    readStorageFault(),
  ]);
  try {
    return await loadDashboard(db, { now, timeZone, settings, pause, storageFault });
  } finally {
    db.close();
  }
}
